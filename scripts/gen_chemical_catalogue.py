#!/usr/bin/env python3
"""Generates V4__chemical_catalogue.sql (tables hazard_class and chemical with their seed rows) from
GB 18218-2018 tables 1, 2 and 4 (gb18218/*.csv) and the hazard classes assigned below.

Run once from the repository root:  python3 scripts/gen_chemical_catalogue.py
The generated SQL is the committed artifact; this script documents how it was made.

Hazard classes of table-1 chemicals: GB 18218-2018 names the chemicals but not their classes, which the grading
needs for beta (table 4). They are taken from each chemical's GHS classification in
  目录指南 = 《危险化学品目录（2015版）实施指南（试行）》(安监总厅管三〔2015〕80号) 危险性类别, or where noted
  CLP = EU Regulation 1272/2008 Annex VI harmonised classification, or UN = UN Model Regulations entry,
and mapped to table 2: flammable liquids category 1 -> W5.1, category 2 -> W5.3, category 3 -> W5.4 (W5.1/W5.2
for categories 2 and 3 depend on process conditions; an import can state them per chemical); acute toxicity by
category, route and physical state -> J1..J5; explosives by division -> W1.x; and so on.
"""
import csv
import pathlib
import re

HERE = pathlib.Path(__file__).parent
OUT = HERE.parent / "hazwatch-platform/src/main/resources/db/migration/V4__chemical_catalogue.sql"

# GB 18218-2018 table 3: beta of the named toxic gases, by table-1 item.
TABLE3_BETA = {1: 2, 4: 2, 7: 2, 11: 3, 17: 3, 12: 4, 10: 5, 20: 5, 3: 10, 25: 10, 6: 20, 9: 20, 30: 20}

FL1 = "易燃液体类别1"
FL2 = "易燃液体类别2"
FL3 = "易燃液体类别3"
GAS = "易燃气体类别1"

# table-1 item -> (classes, GHS classification they come from, source)
CLASSES = {
    1: (["W2", "J3"], "易燃气体类别2；急性毒性-吸入类别3（气体）", "目录指南"),
    2: (["W4", "J1"], "氧化性气体类别1；急性毒性-吸入类别1（气体）", "目录指南"),
    3: (["W4", "J3"], "氧化性气体类别1；急性毒性-吸入类别2（气体）", "目录指南"),
    4: (["J3"], "急性毒性-吸入类别3（气体）", "目录指南"),
    5: (["W4", "J3"], "氧化性气体类别1；急性毒性-吸入类别2（气体）", "CLP"),
    6: (["J3"], "急性毒性-吸入类别2（气体）", "CLP"),
    7: (["W2", "J3"], GAS + "；急性毒性-吸入类别3（气体）", "目录指南"),
    8: (["W2", "J3"], GAS + "；急性毒性-吸入类别3（气体；含量>90%按气态甲醛）", "目录指南"),
    9: (["W2", "J3"], GAS + "（自燃）；急性毒性-吸入类别2（气体）", "CLP"),
    10: (["W2", "J3"], GAS + "；急性毒性-吸入类别2（气体）", "目录指南"),
    11: (["J3"], "急性毒性-吸入类别3（气体）", "目录指南"),
    12: (["W4", "J3"], "氧化性气体类别1；急性毒性-吸入类别2（气体）", "目录指南"),
    13: (["W2", "J3"], GAS + "；急性毒性-吸入类别3（含一氧化碳的气体）", "按主要成分 CO、H2、CH4 的分类"),
    14: (["W2", "J3"], GAS + "；急性毒性-吸入类别2（气体）", "目录指南"),
    15: (["W2", "J3"], GAS + "；急性毒性-吸入类别2（气体）", "目录指南"),
    16: (["W2", "J3"], GAS + "；急性毒性-吸入类别2（气体）", "目录指南"),
    17: (["J3"], "急性毒性-吸入类别3（气体）", "CLP"),
    18: (["J2"], "急性毒性-经皮类别1（液体）；经口、吸入类别2", "目录指南"),
    19: (["W5.3", "J5"], FL2 + "；急性毒性-吸入类别2（液体，沸点53℃）", "CLP"),
    20: (["J1"], "急性毒性-经皮类别1；经口、吸入类别2（气体，沸点19.5℃）", "CLP"),
    21: (["W5.4"], FL3 + "；急性毒性类别3（液体，不属J类）", "CLP"),
    22: (["W5.4"], FL3 + "；急性毒性类别3（液体，不属J类）", "目录指南"),
    23: (["J5"], "急性毒性-吸入类别2（液体，沸点251℃）", "CLP"),
    24: (["J5"], "急性毒性-吸入类别2（液体，沸点138℃）", "目录指南"),
    25: (["W5.1", "J4"], FL1 + "；急性毒性-吸入类别2（液体，沸点26℃≤35℃）", "目录指南"),
    26: ([], "皮肤腐蚀类别1A；严重眼损伤类别1；特异性靶器官毒性-一次接触类别3：无表2类别", "目录指南"),
    27: (["W5.3"], FL2 + "；急性毒性类别3（液体，沸点53℃，不属J类）", "CLP"),
    28: (["J5"], "急性毒性-吸入类别2（液体，沸点59℃）", "CLP"),
    29: (["W5.3", "J2"], FL2 + "；急性毒性-经皮类别1（液体）", "CLP"),
    30: (["W5.3", "J5"], FL2 + "；急性毒性-吸入类别2（液体，沸点39℃）", "CLP"),
    31: (["W1.1"], "爆炸物1.1项（干的或含水<50%）", "目录指南"),
    32: (["W1.1"], "爆炸物1.1项", "目录指南"),
    33: (["W1.1"], "爆炸物1.1项", "目录指南"),
    34: (["W1.1"], "爆炸物1.1项", "目录指南"),
    35: (["W1.1"], "爆炸物1.1项", "目录指南"),
    36: (["W1.1"], "不稳定爆炸物/爆炸物1.1项", "目录指南"),
    37: (["W1.1"], "爆炸物1.1项（UN 0340）", "UN"),
    38: (["W1.1"], "爆炸物1.1项（UN 0341）", "UN"),
    39: (["W1.2"], "爆炸物1.3项（UN 0342）", "UN"),
    40: (["W10"], "易燃固体类别1（UN 2557）", "UN"),
    41: (["W10"], "易燃固体类别1（UN 2555）", "UN"),
    42: (["W5.3"], FL2 + "（UN 2059）", "UN"),
    43: (["W1.1"], "爆炸物1.1项（UN 0222）", "UN"),
    44: (["W9.2"], "氧化性固体类别3（UN 1942）", "目录指南"),
    45: (["W9.2"], "氧化性固体类别3（UN 2067）", "UN"),
    46: (["W9.2"], "氧化性固体类别3", "目录指南"),
    47: (["W2"], GAS, "GB 18218-2018 资料说明（易燃气体）"),
    48: (["W2"], GAS, "GB 18218-2018 资料说明（易燃气体）"),
    49: (["W2"], GAS, "GB 18218-2018 资料说明（易燃气体）"),
    50: (["W2"], GAS, "GB 18218-2018 资料说明（易燃气体）"),
    51: (["W2"], GAS, "GB 18218-2018 资料说明（易燃气体）"),
    52: (["W2"], GAS, "GB 18218-2018 资料说明（易燃气体）"),
    53: (["W2"], GAS, "GB 18218-2018 资料说明（易燃气体）"),
    54: (["W2"], GAS, "GB 18218-2018 资料说明（易燃气体）"),
    55: (["W2"], GAS, "GB 18218-2018 资料说明（易燃气体）"),
    56: (["W4"], "氧化性气体类别1", "目录指南"),
    57: (["W5.3"], FL2, "目录指南"),
    58: (["W5.4"], FL3, "目录指南"),
    59: (["W5.3"], FL2, "目录指南"),
    60: (["W5.3"], FL2 + "；急性毒性类别3（液体，不属J类）", "目录指南"),
    61: (["W5.3"], FL2, "目录指南"),
    62: (["W5.3"], FL2, "目录指南"),
    63: (["W5.1"], FL1, "目录指南"),
    64: (["W5.3"], FL2, "目录指南"),
    65: (["W5.3"], FL2 + "；急性毒性类别3（液体，不属J类）", "目录指南"),
    66: (["W5.3"], FL2, "目录指南（类别2*）"),
    67: (["W5.3"], FL2, "目录指南"),
    68: (["W5.1"], FL1, "目录指南"),
    69: (["W5.3"], FL2, "目录指南"),
    70: (["W5.3"], FL2, "目录指南"),
    71: (["W7.2", "W5.4"], "有机过氧化物D型；" + FL3, "目录指南"),
    72: (["W7.1"], "有机过氧化物B型（UN 3101）", "UN"),
    73: (["W8", "J5"], "自燃固体类别1；急性毒性-经口、吸入类别2（固体）", "目录指南"),
    74: (["W8", "W11"], "自燃液体类别1；遇水放出易燃气体类别1", "目录指南"),
    75: (["W8", "J2"], "自燃液体类别1；急性毒性-吸入类别1（液体）", "目录指南"),
    76: (["W9.1"], "氧化性固体类别1", "目录指南"),
    77: (["W9.1"], "氧化性固体类别1", "目录指南"),
    78: (["W9.1"], "氧化性固体类别1", "目录指南"),
    79: (["W9.1"], "氧化性固体类别1", "目录指南"),
    80: (["W9.1"], "氧化性液体类别1", "目录指南"),
    81: (["W9.2"], "氧化性液体类别3", "目录指南"),
    82: (["W9.2"], "氧化性固体类别3", "目录指南"),
    83: (["W11"], "遇水放出易燃气体类别1", "目录指南"),
    84: (["W11"], "遇水放出易燃气体类别1", "目录指南"),
    85: (["W11"], "遇水放出易燃气体类别1", "目录指南"),
}

# Named in table 3 but not in table 1: Q from its classes (lowest), beta from table 3.
EXTRA = [
    dict(name="一氧化碳", aliases=["CO"], cas=["630-08-0"], classes=["W2", "J3"], beta=2,
         basis="GHS：" + GAS + "；急性毒性-吸入类别3（气体）（目录指南）；β 见表3"),
]


def sql_text(value):
    return "NULL" if value is None else "'" + value.replace("'", "''") + "'"


def sql_array(values):
    return "ARRAY[" + ", ".join(sql_text(v) for v in values) + "]::text[]" if values else "'{}'::text[]"


def split(cell):
    return [part.strip() for part in cell.split(";") if part.strip()]


def aliases(chemical):
    """Table 1's aliases, plus the bare name where table 1 qualifies it ("煤气(CO、…)" is also "煤气"), so a
    chemical stated without CAS is found by the name people use."""
    names = split(chemical["alias"])
    bare = re.split(r"[(\[（]", chemical["name"])[0]
    for name in bare.split(",") if chemical["seq"] == "49" else [bare]:
        if name != chemical["name"] and name not in names:
            names.append(name)
    return names


def main():
    classes = list(csv.DictReader(open(HERE / "gb18218/table2-classes.csv", encoding="utf-8")))
    chemicals = list(csv.DictReader(open(HERE / "gb18218/table1-named-chemicals.csv", encoding="utf-8")))
    assert len(chemicals) == 85 and set(CLASSES) == set(range(1, 86))
    symbols = {c["symbol"] for c in classes}
    out = [
        "-- GB 18218-2018 chemicals catalogue (危险化学品目录) and hazard classes.",
        "-- GENERATED by scripts/gen_chemical_catalogue.py from tables 1, 2 and 4 of the standard; the class of each",
        "-- table-1 chemical and its source are in chemical.class_basis (目录指南 = 《危险化学品目录（2015版）实施指南》,",
        "-- CLP = EU 1272/2008 Annex VI, UN = UN Model Regulations entry). Users may add chemicals later.",
        "",
        "CREATE TABLE hazard_class (",
        "    symbol          text PRIMARY KEY,",
        "    position        integer NOT NULL UNIQUE,",
        "    hazard          text NOT NULL,",
        "    scope           text NOT NULL,",
        "    critical_tonnes numeric NOT NULL CHECK (critical_tonnes > 0),",
        "    beta            numeric NOT NULL CHECK (beta > 0)",
        ");",
        "COMMENT ON TABLE hazard_class IS 'GB 18218-2018 table 2 (critical quantity by hazard class) with table 4 (beta)';",
        "COMMENT ON COLUMN hazard_class.critical_tonnes IS 'Q in tonnes; W3 aerosols: net weight';",
        "",
        "CREATE TABLE chemical (",
        "    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,",
        "    table1_seq      integer UNIQUE CHECK (table1_seq BETWEEN 1 AND 85),",
        "    name            text NOT NULL UNIQUE,",
        "    aliases         text[] NOT NULL DEFAULT '{}',",
        "    cas_numbers     text[] NOT NULL DEFAULT '{}',",
        "    critical_tonnes numeric CHECK (critical_tonnes > 0),",
        "    hazard_classes  text[] NOT NULL DEFAULT '{}',",
        "    table3_beta     numeric CHECK (table3_beta > 0),",
        "    class_basis     text NOT NULL,",
        "    created_at      timestamptz NOT NULL DEFAULT now(),",
        "    CHECK ((table1_seq IS NULL) = (critical_tonnes IS NULL)),",
        "    CHECK (critical_tonnes IS NOT NULL OR cardinality(hazard_classes) > 0)",
        ");",
        "CREATE INDEX chemical_cas_numbers ON chemical USING gin (cas_numbers);",
        "COMMENT ON TABLE chemical IS 'Chemicals catalogue: the 85 chemicals of GB 18218-2018 table 1 and others known by hazard class';",
        "COMMENT ON COLUMN chemical.critical_tonnes IS 'Q from table 1; NULL when not named there (Q from hazard_classes, table 2)';",
        "COMMENT ON COLUMN chemical.hazard_classes IS 'hazard_class symbols: beta from table 4 (largest), Q outside table 1 (lowest)';",
        "COMMENT ON COLUMN chemical.table3_beta IS 'beta of table 3 for the named toxic gases';",
        "COMMENT ON COLUMN chemical.class_basis IS 'GHS classification the hazard classes were assigned from, and its source';",
        "",
        "INSERT INTO hazard_class (symbol, position, hazard, scope, critical_tonnes, beta) VALUES",
    ]
    rows = []
    for position, c in enumerate(classes, start=1):
        tonnes = c["critical_tonnes"].split("(")[0]
        rows.append(f"    ({sql_text(c['symbol'])}, {position}, {sql_text(c['hazard'])}, {sql_text(c['scope'])}, "
                     f"{tonnes}, {c['beta']})")
    out.append(",\n".join(rows) + ";")
    out += ["", "INSERT INTO chemical (table1_seq, name, aliases, cas_numbers, critical_tonnes, hazard_classes, "
                "table3_beta, class_basis) VALUES"]
    rows = []
    for c in chemicals:
        seq = int(c["seq"])
        assigned, ghs, source = CLASSES[seq]
        assert set(assigned) <= symbols, (seq, assigned)
        beta = TABLE3_BETA.get(seq)
        basis = f"GHS：{ghs}（{source}）" + ("；β 见表3" if beta else "")
        rows.append(f"    ({seq}, {sql_text(c['name'])}, {sql_array(aliases(c))}, {sql_array(split(c['cas']))}, "
                    f"{c['critical_tonnes']}, {sql_array(assigned)}, {beta if beta else 'NULL'}, {sql_text(basis)})")
    for e in EXTRA:
        assert set(e["classes"]) <= symbols
        rows.append(f"    (NULL, {sql_text(e['name'])}, {sql_array(e['aliases'])}, {sql_array(e['cas'])}, NULL, "
                    f"{sql_array(e['classes'])}, {e['beta']}, {sql_text(e['basis'])})")
    out.append(",\n".join(rows) + ";")
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(chemicals) + len(EXTRA)} chemicals, {len(classes)} hazard classes)")


if __name__ == "__main__":
    main()
