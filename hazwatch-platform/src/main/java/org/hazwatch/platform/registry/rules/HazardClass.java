package org.hazwatch.platform.registry.rules;

import java.util.List;
import java.util.Optional;

/**
 * A hazard class (危险性类别) of GB 18218-2018 table 2 with its critical quantity, joined with its correction
 * coefficient β from table 4.
 *
 * @param symbol         {@code J1}..{@code J5}, {@code W1.1}..{@code W11}
 * @param hazard         the hazard (危险性), e.g. 易燃气体
 * @param scope          the categories the class covers (类别), as the standard words them
 * @param criticalTonnes Q in tonnes (W3 aerosols: net weight)
 * @param beta           β of table 4
 */
public record HazardClass(String symbol, String hazard, String scope, double criticalTonnes, double beta) {

    /** Tables 2 and 4 of GB 18218-2018, in the standard's order. */
    public static final List<HazardClass> GB18218 = List.of(
            new HazardClass("J1", "急性毒性", "类别1 所有暴露途径 气体", 5, 4),
            new HazardClass("J2", "急性毒性", "类别1 所有暴露途径 固体、液体", 50, 1),
            new HazardClass("J3", "急性毒性", "类别2、类别3 所有暴露途径 气体", 50, 2),
            new HazardClass("J4", "急性毒性", "类别2、类别3 吸入途径 液体(沸点≤35℃)", 50, 2),
            new HazardClass("J5", "急性毒性", "类别2 所有暴露途径 液体(除J4外)、固体", 500, 1),
            new HazardClass("W1.1", "爆炸物", "不稳定爆炸物;1.1项爆炸物", 1, 2),
            new HazardClass("W1.2", "爆炸物", "1.2、1.3、1.5、1.6项爆炸物", 10, 2),
            new HazardClass("W1.3", "爆炸物", "1.4项爆炸物", 50, 2),
            new HazardClass("W2", "易燃气体", "类别1和类别2", 10, 1.5),
            new HazardClass("W3", "气溶胶", "类别1和类别2", 150, 1),
            new HazardClass("W4", "氧化性气体", "类别1", 50, 1),
            new HazardClass("W5.1", "易燃液体", "类别1;类别2和3且工作温度高于沸点", 10, 1.5),
            new HazardClass("W5.2", "易燃液体", "类别2和3 且有引发重大事故的特殊工艺条件"
                    + "(危险化工工艺、爆炸极限范围或附近操作、操作压力大于1.6MPa等)", 50, 1),
            new HazardClass("W5.3", "易燃液体", "不属于W5.1或W5.2的其他类别2", 1000, 1),
            new HazardClass("W5.4", "易燃液体", "不属于W5.1或W5.2的其他类别3", 5000, 1),
            new HazardClass("W6.1", "自反应物质和混合物", "A型和B型", 10, 1.5),
            new HazardClass("W6.2", "自反应物质和混合物", "C型、D型、E型", 50, 1),
            new HazardClass("W7.1", "有机过氧化物", "A型和B型", 10, 1.5),
            new HazardClass("W7.2", "有机过氧化物", "C型、D型、E型、F型", 50, 1),
            new HazardClass("W8", "自燃液体和自燃固体", "类别1自燃液体;类别1自燃固体", 50, 1),
            new HazardClass("W9.1", "氧化性固体和液体", "类别1", 50, 1),
            new HazardClass("W9.2", "氧化性固体和液体", "类别2、类别3", 200, 1),
            new HazardClass("W10", "易燃固体", "类别1易燃固体", 200, 1),
            new HazardClass("W11", "遇水放出易燃气体的物质和混合物", "类别1和类别2", 200, 1));

    public static Optional<HazardClass> standard(String symbol) {
        return GB18218.stream().filter(c -> c.symbol.equalsIgnoreCase(symbol == null ? "" : symbol.trim())).findFirst();
    }
}
