package org.hazwatch.platform.registry.rules;

import java.util.List;
import java.util.Optional;

/** The chemicals catalogue (危险化学品目录) the grading looks chemicals up in. */
public interface ChemicalCatalogue {

    /**
     * The entry for a CAS number. Where several table-1 entries share one CAS (硝化纤维素, 硝酸铵), the one
     * with the lowest critical quantity, the conservative choice; {@link #allByCas} gives them all.
     */
    Optional<CatalogueChemical> byCas(String cas);

    List<CatalogueChemical> all();

    /** Every entry listing this CAS number. */
    default List<CatalogueChemical> allByCas(String cas) {
        return all().stream().filter(c -> c.hasCas(cas)).toList();
    }

    /** The entry whose name or one of whose aliases is exactly {@code name} (after trimming). */
    default Optional<CatalogueChemical> byName(String name) {
        return all().stream().filter(c -> c.knownAs(name)).findFirst();
    }

    /** A hazard class of GB 18218-2018 table 2 / table 4 by symbol ({@code W5.3}). */
    default Optional<HazardClass> hazardClass(String symbol) {
        return HazardClass.standard(symbol);
    }
}
