package org.hazwatch.platform.registry.rules;

import java.util.List;

/**
 * An entry of the chemicals catalogue (危险化学品目录): a chemical named in GB 18218-2018 table 1, or one
 * known only by its hazard classes.
 *
 * @param table1Seq      its item number in table 1; null when not named there
 * @param name           the name as table 1 words it
 * @param aliases        other names (别名)
 * @param casNumbers     CAS numbers; table 1 lists several for some entries (甲烷/天然气, 液化石油气), none for a few
 *                       (煤气, 硝酸铵肥料, 烷基铝)
 * @param criticalTonnes Q from table 1; null when not named there, then Q comes from its hazard classes (table 2)
 * @param hazardClasses  table-2 symbols of its hazards, for β (table 4) and, outside table 1, for Q
 * @param table3Beta     β of table 3 for the named toxic gases; null otherwise
 * @param classBasis     where the hazard classes were taken from (GHS classification and its source)
 */
public record CatalogueChemical(Integer table1Seq, String name, List<String> aliases, List<String> casNumbers,
                                Double criticalTonnes, List<String> hazardClasses, Double table3Beta,
                                String classBasis) {

    public CatalogueChemical {
        aliases = List.copyOf(aliases);
        casNumbers = List.copyOf(casNumbers);
        hazardClasses = List.copyOf(hazardClasses);
    }

    public boolean namedInTable1() {
        return criticalTonnes != null;
    }

    public boolean hasCas(String cas) {
        return cas != null && casNumbers.contains(cas.trim());
    }

    public boolean knownAs(String someName) {
        if (someName == null || someName.isBlank()) {
            return false;
        }
        String wanted = someName.trim();
        return name.equals(wanted) || aliases.contains(wanted);
    }
}
