#!/usr/bin/env python3
"""Writes the demo jurisdiction's enterprises as registry import documents.

The enterprises are fictional but shaped like the real ones of 晋城市 (Jincheng, Shanxi): coal chemicals,
synthetic ammonia, chlor-alkali, LPG and oil depots. Run from the repository root:
    python3 scripts/demo-enterprises.py
It rewrites hazwatch-demo/src/main/resources/demo/enterprises/<code>.json (the TE plant, 14052500099,
comes from hazwatch-sim and is not touched here).
"""
import json
import os

OUT = "hazwatch-demo/src/main/resources/demo/enterprises"

CHEMICALS = {
    "氯": "7782-50-5", "氨": "7664-41-7", "甲醇": "67-56-1", "液化石油气": "68476-85-7",
    "苯": "71-43-2", "甲苯": "108-88-3", "氢": "1333-74-0", "甲烷,天然气": "74-82-8",
    "汽油": "86290-81-5", "氯乙烯": "75-01-4", "硫化氢": "7783-06-4",
}

# Toxic-gas detector limits: first alarm at 100 % and second at 200 % of the occupational exposure limit
# (GB/T 50493-2019 §5.3), in ppm: Cl2 1 mg/m3 ≈ 0.33 ppm → 1/2 ppm on 0–10 ppm; NH3 30 mg/m3 ≈ 40 ppm; H2S 10 mg/m3 ≈ 7 ppm.
TOXIC = {"氯": (10, 1, 2), "氨": (100, 40, 80), "硫化氢": (50, 7, 14), "氯乙烯": (100, 4, 8)}


# Custody (包保) persons per hazard source: main, technical and operations responsible (应急厅〔2021〕12号).
CUSTODY = {'14052200001001': [('main', '王建国', '13900000100', '总经理'),
                    ('technical', '李春生', '13900000101', '安全总监'),
                    ('operations', '张海燕', '13900000102', '车间主任')],
 '14052200002001': [('main', '刘建军', '13900000200', '总经理'),
                    ('technical', '陈丽娟', '13900000201', '安全总监'),
                    ('operations', '杨立新', '13900000202', '车间主任')],
 '14052200003001': [('main', '赵卫东', '13900000300', '总经理'),
                    ('technical', '黄志强', '13900000301', '安全总监'),
                    ('operations', '周秀英', '13900000302', '车间主任')],
 '14052500001001': [('main', '吴国华', '13900000100', '总经理'),
                    ('technical', '徐红梅', '13900000101', '安全总监'),
                    ('operations', '孙晓明', '13900000102', '车间主任')],
 '14052500001002': [('main', '胡建国', '13900000110', '总经理'),
                    ('technical', '朱春生', '13900000111', '安全总监'),
                    ('operations', '高海燕', '13900000112', '车间主任')],
 '14052500002001': [('main', '林建军', '13900000200', '总经理'),
                    ('technical', '何丽娟', '13900000201', '安全总监'),
                    ('operations', '郭立新', '13900000202', '车间主任')],
 '14052500002002': [('main', '马卫东', '13900000210', '总经理'),
                    ('technical', '罗志强', '13900000211', '安全总监'),
                    ('operations', '王秀英', '13900000212', '车间主任')],
 '14052500003001': [('main', '李国华', '13900000300', '总经理'),
                    ('technical', '张红梅', '13900000301', '安全总监'),
                    ('operations', '刘晓明', '13900000302', '车间主任')],
 '14052500004001': [('main', '陈建国', '13900000400', '总经理'),
                    ('technical', '杨春生', '13900000401', '安全总监'),
                    ('operations', '赵海燕', '13900000402', '车间主任')],
 '14052500005001': [('main', '黄建军', '13900000500', '总经理'),
                    ('technical', '周丽娟', '13900000501', '安全总监'),
                    ('operations', '吴立新', '13900000502', '车间主任')],
 '14058100001001': [('main', '朱国华', '13900000100', '总经理'),
                    ('technical', '高红梅', '13900000101', '安全总监'),
                    ('operations', '林晓明', '13900000102', '车间主任')],
 '14058100001002': [('main', '何建国', '13900000110', '总经理'),
                    ('technical', '郭春生', '13900000111', '安全总监'),
                    ('operations', '马海燕', '13900000112', '车间主任')],
 '14058100002001': [('main', '罗建军', '13900000200', '总经理'),
                    ('technical', '王丽娟', '13900000201', '安全总监'),
                    ('operations', '李立新', '13900000202', '车间主任')],
 '14058100003001': [('main', '张卫东', '13900000300', '总经理'),
                    ('technical', '刘志强', '13900000301', '安全总监'),
                    ('operations', '陈秀英', '13900000302', '车间主任')]}


def tank(code, name, medium, level_m, pressure_mpa=None, temp=(-20, 60), volume=None):
    """A tank with level and temperature points, and pressure for pressurised storage."""
    h = round(level_m * 0.85, 2)
    pts = [point(code, "YW", 1, "液位", "m", 0, level_m, ll=round(level_m * 0.05, 2),
                 l=round(level_m * 0.1, 2), h=h, hh=round(level_m * 0.9, 2)),
           point(code, "WD", 1, "温度", "°C", temp[0], temp[1], h=round(temp[1] * 0.67, 1),
                 hh=round(temp[1] * 0.83, 1))]
    if pressure_mpa:
        pts.append(point(code, "YL", 1, "压力", "MPa", 0, round(pressure_mpa * 1.6, 2),
                         l=round(pressure_mpa * 0.1, 2), h=round(pressure_mpa * 0.9, 2), hh=pressure_mpa))
    eq = {"code": code, "type": "G0", "name": name, "medium": CHEMICALS[medium], "points": pts}
    if volume:
        eq["volumeM3"] = volume
    if pressure_mpa:
        eq["designPressureMpa"] = pressure_mpa
    return eq


def detectors(code, name, gases):
    """A gas-detector group: combustible gas in %LEL (25/50, GB/T 50493-2019) or toxic gas in ppm."""
    pts = []
    for i, gas in enumerate(gases, start=1):
        if gas in TOXIC:
            hi, first, second = TOXIC[gas]
            pts.append(point(code, "YD", i, f"{gas}气体浓度{i}#", "ppm", 0, hi, h=first, hh=second))
        else:
            pts.append(point(code, "KR", i, f"可燃气体浓度{i}#", "%LEL", 0, 100, h=25, hh=50))
    return {"code": code, "type": "Q0", "name": name, "points": pts}


def point(equipment, kind, n, name, unit, low, high, **limits):
    p = {"code": f"{equipment}{kind}{n:03d}", "name": name, "kind": kind, "unit": unit,
         "rangeLow": low, "rangeHigh": high}
    p.update({k: v for k, v in limits.items() if v is not None})
    return p


def hazard(ent, n, name, people, chemicals, equipment):
    code = f"{ent}{n:03d}"
    return {"code": code, "name": name, "exposedPeople": people,
            "chemicals": [{"cas": CHEMICALS[c], "name": c, "quantityTonnes": q} for c, q in chemicals],
            "custodyPersons": [{"role": role, "name": person, "phone": phone, "position": position}
                               for role, person, phone, position in CUSTODY[code]],
            "equipment": equipment}


def tanks(ent, hz, medium, count, label, level_m, pressure=None, volume=None):
    base = f"{ent}{hz:03d}"
    return [tank(f"{base}G0{i:03d}", f"{i}#{label}", medium, level_m, pressure, volume=volume)
            for i in range(1, count + 1)]


def enterprise(code, name, jurisdiction, address, lon, lat, hazards, credit):
    # the main responsible person (主要负责人) and the safety manager are the first hazard source's main and
    # technical custody persons, so escalations and notifications reach someone in the demo
    persons = {p["role"]: p for p in hazards[0]["custodyPersons"]}
    contacts = {"principal": persons["main"]["name"], "principalPhone": persons["main"]["phone"],
                "safetyManager": persons["technical"]["name"], "safetyManagerPhone": persons["technical"]["phone"]}
    return {"enterprise": {"code": code, "name": name, "jurisdiction": jurisdiction, "address": address,
                           "lon": lon, "lat": lat, "creditCode": credit, "contacts": contacts,
                           "dutyPhone": "0356-" + code[-7:]},
            "hazardSources": hazards,
            "gateways": [{"code": code + "01", "name": name[:8] + "数据采集网关"}],
            "cameras": cameras(code, hazards)}


def cameras(code, hazards):
    """Two cameras an enterprise: the duty room's (值班室, patrol item ③ watches it) and its first hazard source's."""
    return [{"code": code + "V001", "name": "值班室摄像头"},
            {"code": code + "V002", "name": hazards[0]["name"] + "摄像头", "hazardSource": hazards[0]["code"]}]


def build():
    docs = []
    e = "14052500001"
    docs.append(enterprise(e, "晋城市恒泰氯碱化工有限公司", "140525P01", "泽州县巴公镇化工园区纬三路8号",
                           112.862, 35.612, [
        hazard(e, 1, "液氯储罐区", 40, [("氯", 40)],
               tanks(e, 1, "氯", 2, "液氯储罐", 3.2, 1.6, 25) + [detectors(f"{e}001Q0001", "液氯罐区有毒气体探测器", ["氯", "氯"])]),
        hazard(e, 2, "氯乙烯单体储罐区", 120, [("氯乙烯", 180)],
               tanks(e, 2, "氯乙烯", 2, "氯乙烯球罐", 10.5, 0.8, 400) + [detectors(f"{e}002Q0001", "氯乙烯罐区气体探测器", ["氯乙烯", "液化石油气"])]),
    ], "91140525MA0HT00001"))
    e = "14052500002"
    docs.append(enterprise(e, "山西晋丰煤化工有限责任公司", "140525P01", "泽州县巴公镇化工园区经二路16号",
                           112.871, 35.620, [
        hazard(e, 1, "液氨储罐区", 150, [("氨", 600)],
               tanks(e, 1, "氨", 3, "液氨球罐", 12.0, 2.0, 400) + [detectors(f"{e}001Q0001", "液氨罐区有毒气体探测器", ["氨", "氨", "氨"])]),
        hazard(e, 2, "甲醇储罐区", 60, [("甲醇", 6000)],
               tanks(e, 2, "甲醇", 2, "甲醇内浮顶储罐", 15.0, None, 5000) + [detectors(f"{e}002Q0001", "甲醇罐区可燃气体探测器", ["甲醇", "甲醇"])]),
    ], "91140525MA0HT00002"))
    e = "14052500003"
    docs.append(enterprise(e, "泽州县金源液化气储配有限公司", "140525107", "泽州县高都镇208国道东侧",
                           112.905, 35.402, [
        hazard(e, 1, "液化石油气储罐区", 35, [("液化石油气", 150)],
               tanks(e, 1, "液化石油气", 3, "液化石油气卧罐", 3.0, 1.77, 100) + [detectors(f"{e}001Q0001", "罐区可燃气体探测器", ["液化石油气"] * 3)]),
    ], "91140525MA0HT00003"))
    e = "14052500004"
    docs.append(enterprise(e, "晋城市华阳新材料科技有限公司", "140525P01", "泽州县巴公镇化工园区纬一路3号",
                           112.855, 35.605, [
        hazard(e, 1, "苯储罐区", 20, [("苯", 300), ("甲苯", 800)],
               tanks(e, 1, "苯", 2, "苯储罐", 12.0, None, 500) + [detectors(f"{e}001Q0001", "苯罐区可燃气体探测器", ["苯", "苯"])]),
    ], "91140525MA0HT00004"))
    e = "14052500005"
    docs.append(enterprise(e, "泽州县天泽化肥有限公司", "140525109", "泽州县大阳镇工业园区",
                           112.78, 35.46, [
        hazard(e, 1, "合成氨液氨储罐区", 0, [("氨", 50)],
               tanks(e, 1, "氨", 2, "液氨卧罐", 2.8, 2.16, 50) + [detectors(f"{e}001Q0001", "液氨罐区有毒气体探测器", ["氨", "氨"])]),
    ], "91140525MA0HT00005"))
    e = "14058100001"
    docs.append(enterprise(e, "高平市兴高化工有限公司", "140581106", "高平市河西镇工业集聚区",
                           112.872, 35.781, [
        hazard(e, 1, "甲醇罐区", 25, [("甲醇", 1500)],
               tanks(e, 1, "甲醇", 2, "甲醇储罐", 14.0, None, 2000) + [detectors(f"{e}001Q0001", "甲醇罐区可燃气体探测器", ["甲醇", "甲醇"])]),
        hazard(e, 2, "液氨罐区", 25, [("氨", 30)],
               tanks(e, 2, "氨", 1, "液氨卧罐", 2.8, 2.16, 50)),
    ], "91140581MA0HT00001"))
    e = "14058100002"
    docs.append(enterprise(e, "高平市泫氏燃气有限公司", "140581101", "高平市米山镇泫氏街",
                           112.93, 35.80, [
        hazard(e, 1, "LNG储罐区", 210, [("甲烷,天然气", 120)],
               tanks(e, 1, "甲烷,天然气", 2, "LNG低温储罐", 14.0, 0.8, 150) + [detectors(f"{e}001Q0001", "LNG罐区可燃气体探测器", ["甲烷", "甲烷"])]),
    ], "91140581MA0HT00002"))
    e = "14058100003"
    docs.append(enterprise(e, "山西高平科兴化工有限公司", "140581104", "高平市陈区镇化工集中区",
                           112.99, 35.74, [
        hazard(e, 1, "液氯汽化工段", 8, [("氯", 8)],
               tanks(e, 1, "氯", 1, "液氯储罐", 2.6, 1.6, 10) + [detectors(f"{e}001Q0001", "汽化间有毒气体探测器", ["氯", "氯"])]),
    ], "91140581MA0HT00003"))
    e = "14052200001"
    docs.append(enterprise(e, "阳城县阳泰化工有限公司", "140522101", "阳城县北留镇工业园区",
                           112.50, 35.53, [
        hazard(e, 1, "硫化氢及氢气工段", 55, [("硫化氢", 6), ("氢", 4)],
               [detectors(f"{e}001Q0001", "工段有毒可燃气体探测器", ["硫化氢", "硫化氢", "氢"])]),
    ], "91140522MA0HT00001"))
    e = "14052200002"
    docs.append(enterprise(e, "阳城县皇城石化仓储有限公司", "140522102", "阳城县润城镇皇城村南",
                           112.53, 35.50, [
        hazard(e, 1, "汽油储罐区", 90, [("汽油", 2600)],
               tanks(e, 1, "汽油", 3, "汽油内浮顶储罐", 16.0, None, 3000) + [detectors(f"{e}001Q0001", "油罐区可燃气体探测器", ["汽油"] * 3)]),
    ], "91140522MA0HT00002"))
    e = "14052200003"
    docs.append(enterprise(e, "阳城县润城气体有限公司", "140522100", "阳城县凤城镇东关工业区",
                           112.42, 35.49, [
        hazard(e, 1, "氢气充装站", 12, [("氢", 6)],
               [tank(f"{e}001G0001", "氢气球罐", "氢", 10.0, 1.6, volume=200),
                detectors(f"{e}001Q0001", "充装间可燃气体探测器", ["氢", "氢"])]),
    ], "91140522MA0HT00003"))
    return docs


def main():
    os.makedirs(OUT, exist_ok=True)
    for doc in build():
        path = os.path.join(OUT, doc["enterprise"]["code"] + ".json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(path)


if __name__ == "__main__":
    main()
