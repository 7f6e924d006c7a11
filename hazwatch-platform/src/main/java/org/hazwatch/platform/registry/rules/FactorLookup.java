package org.hazwatch.platform.registry.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds Q and β for a chemical by the rules of GB 18218-2018: Q from table 1 if the chemical is named there, else
 * the lowest Q of its hazard classes (table 2); β from table 3 for the named toxic gases, else the largest β of its
 * hazard classes (table 4). A stated hazard class replaces the catalogue's classes.
 */
final class FactorLookup {

    private final ChemicalCatalogue catalogue;

    FactorLookup(ChemicalCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    Factors.Outcome factors(ChemicalAmount chemical) {
        List<String> problems = new ArrayList<>();
        List<HazardClass> stated = classes(symbols(chemical.hazardClass()), problems, "申报的危险性类别");
        if (!problems.isEmpty()) {
            return Factors.Outcome.failed(problems);
        }
        Optional<Match> match = find(chemical);
        if (match.isEmpty()) {
            if (stated.isEmpty()) {
                return Factors.Outcome.failed(List.of(notInCatalogue(chemical)));
            }
            ClassChoice choice = ClassChoice.of(stated, "申报类别");
            return Factors.Outcome.of(new Factors(chemical.name(), choice.criticalTonnes(), choice.beta(),
                    choice.qBasis() + "；" + choice.betaBasis()));
        }
        return fromCatalogue(match.get(), stated);
    }

    private Factors.Outcome fromCatalogue(Match match, List<HazardClass> stated) {
        CatalogueChemical entry = match.entry();
        List<String> problems = new ArrayList<>();
        List<HazardClass> classes = stated.isEmpty()
                ? classes(entry.hazardClasses(), problems, "目录中「" + entry.name() + "」的危险性类别")
                : stated;
        if (!entry.namedInTable1() && classes.isEmpty()) {
            problems.add("「" + entry.name() + "」不在表1中，且未登记危险性类别，无法确定临界量；请指定危险性类别（表2）");
        }
        if (!problems.isEmpty()) {
            return Factors.Outcome.failed(problems);
        }
        ClassChoice byClass = classes.isEmpty() ? null : ClassChoice.of(classes, stated.isEmpty() ? "目录类别" : "申报类别");
        double q = entry.namedInTable1() ? entry.criticalTonnes() : byClass.criticalTonnes();
        String qBasis = entry.namedInTable1()
                ? "Q 取表1第" + entry.table1Seq() + "项「" + entry.name() + "」" + number(q) + " t"
                : byClass.qBasis();
        double beta;
        String betaBasis;
        if (entry.table3Beta() != null) {
            beta = entry.table3Beta();
            betaBasis = "β 取表3 毒性气体「" + entry.name() + "」" + number(beta)
                    + (stated.isEmpty() ? "" : "（表3 优先于申报类别）");
        } else if (byClass != null) {
            beta = byClass.beta();
            betaBasis = byClass.betaBasis();
        } else {
            // Table 1 names it but none of its hazards is a class of table 4 (三氧化硫: corrosive only); β 1, as
            // GB 18218-2009 table 3 gave "其他类危险化学品".
            beta = 1;
            betaBasis = "β 取 1：表3 未列，且其危险性不属表4 所列类别";
        }
        return Factors.Outcome.of(new Factors(entry.name(), q, beta, match.note() + qBasis + "；" + betaBasis));
    }

    /**
     * The catalogue entry meant: by CAS if one is given, else by name or alias. Where several entries qualify
     * (table 1 lists 硝化纤维素 six times under one CAS), the stated name picks one; failing that, the entry with the
     * lowest Q, the conservative choice, and the basis says so.
     */
    private Optional<Match> find(ChemicalAmount chemical) {
        boolean byCas = chemical.cas() != null && !chemical.cas().isBlank();
        List<CatalogueChemical> entries = byCas
                ? catalogue.allByCas(chemical.cas().trim())
                : catalogue.all().stream().filter(e -> e.knownAs(chemical.name())).toList();
        if (entries.size() <= 1) {
            return entries.stream().findFirst().map(entry -> new Match(entry, ""));
        }
        String name = chemical.name() == null ? "" : chemical.name().trim();
        List<CatalogueChemical> named = entries.stream().filter(e -> e.name().equals(name)).toList();
        if (named.isEmpty()) {
            named = entries.stream().filter(e -> e.knownAs(name)).toList();
        }
        if (named.size() == 1) {
            return Optional.of(new Match(named.get(0), ""));
        }
        List<CatalogueChemical> candidates = named.isEmpty() ? entries : named;
        CatalogueChemical strictest = candidates.stream()
                .min(Comparator.comparing(CatalogueChemical::criticalTonnes,
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .orElseThrow();
        String key = byCas ? "CAS " + chemical.cas().trim() : "名称「" + name + "」";
        return Optional.of(new Match(strictest, key + " 对应目录中" + candidates.size() + "项，未能区分，取临界量最小的「"
                + strictest.name() + "」；"));
    }

    private List<HazardClass> classes(List<String> symbols, List<String> problems, String what) {
        List<HazardClass> classes = new ArrayList<>();
        for (String symbol : symbols) {
            catalogue.hazardClass(symbol).ifPresentOrElse(classes::add,
                    () -> problems.add(what + "「" + symbol + "」不是 GB 18218-2018 表2 的类别"));
        }
        return classes;
    }

    private static List<String> symbols(String hazardClass) {
        if (hazardClass == null || hazardClass.isBlank()) {
            return List.of();
        }
        return Arrays.stream(hazardClass.split("[;,；，、\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    private static String notInCatalogue(ChemicalAmount chemical) {
        if (chemical.cas() == null || chemical.cas().isBlank()) {
            return "未给出 CAS 号，名称「" + chemical.name() + "」也不在化学品目录中；请给出 CAS 号或指定危险性类别（表2）";
        }
        return "CAS " + chemical.cas().trim() + " 不在化学品目录中；请指定危险性类别（表2）";
    }

    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private record Match(CatalogueChemical entry, String note) {
    }
}
