package org.hazwatch.platform.registry.rules;

import java.util.List;
import java.util.Optional;

/** A small catalogue for rule tests, with the values of GB 18218-2018 tables 1 and 3 for its entries. */
final class CatalogueFixture implements ChemicalCatalogue {

    private static final List<CatalogueChemical> CHEMICALS = List.of(
            table1(1, "氨", List.of("液氨"), List.of("7664-41-7"), 10, List.of("W2", "J3"), 2.0),
            table1(2, "二氟化氧", List.of(), List.of("7783-41-7"), 1, List.of("W4", "J1"), null),
            table1(6, "碳酰氯", List.of("光气"), List.of("75-44-5"), 0.3, List.of("J3"), 20.0),
            table1(10, "硫化氢", List.of(), List.of("7783-06-4"), 5, List.of("W2", "J3"), 5.0),
            table1(12, "氯", List.of("液氯", "氯气"), List.of("7782-50-5"), 5, List.of("W4", "J3"), 4.0),
            table1(13, "煤气(CO、CO和H2、CH4的混合物等)", List.of("煤气"), List.of(), 20, List.of("W2", "J3"), null),
            table1(26, "三氧化硫", List.of("硫酸酐"), List.of("7446-11-9"), 75, List.of(), null),
            table1(37, "硝化纤维素[干的或含水(或乙醇)<25%]", List.of("硝化棉"), List.of("9004-70-0"), 1,
                    List.of("W1.1"), null),
            table1(40, "硝化纤维素(含氮≤12.6%)", List.of("硝化棉"), List.of("9004-70-0"), 50, List.of("W10"), null),
            table1(49, "甲烷,天然气", List.of("甲烷", "天然气"), List.of("74-82-8", "8006-14-2"), 50, List.of("W2"), null),
            table1(51, "氢", List.of("氢气"), List.of("1333-74-0"), 5, List.of("W2"), null),
            table1(65, "甲醇", List.of("木醇"), List.of("67-56-1"), 500, List.of("W5.3"), null),
            table1(66, "汽油(乙醇汽油、甲醇汽油)", List.of("汽油"), List.of("86290-81-5"), 200, List.of("W5.3"), null),
            table1(68, "乙醚", List.of(), List.of("60-29-7"), 10, List.of("W5.1"), null),
            new CatalogueChemical(null, "一氧化碳", List.of("CO"), List.of("630-08-0"), null, List.of("W2", "J3"), 2.0,
                    "表3"),
            new CatalogueChemical(null, "某有毒易燃气体", List.of(), List.of("999-99-1"), null, List.of("W2", "J1"), null,
                    "用户添加"),
            new CatalogueChemical(null, "未分类物质", List.of(), List.of("999-99-2"), null, List.of(), null, "用户添加"),
            new CatalogueChemical(null, "错误类别物质", List.of(), List.of("999-99-3"), null, List.of("X9"), null, "用户添加"));

    @Override
    public Optional<CatalogueChemical> byCas(String cas) {
        return allByCas(cas).stream().findFirst();
    }

    @Override
    public List<CatalogueChemical> all() {
        return CHEMICALS;
    }

    private static CatalogueChemical table1(int seq, String name, List<String> aliases, List<String> cas, double q,
                                            List<String> classes, Double table3Beta) {
        return new CatalogueChemical(seq, name, aliases, cas, q, classes, table3Beta, "测试");
    }
}
