package org.hazwatch.platform.registry;

import java.util.List;
import java.util.Locale;
import org.hazwatch.platform.registry.rules.CatalogueChemical;
import org.hazwatch.platform.registry.rules.ChemicalAmount;
import org.hazwatch.platform.registry.rules.Gb18218Grading;
import org.hazwatch.platform.registry.rules.GradingTerm;
import org.hazwatch.platform.registry.rules.HazardClass;
import org.hazwatch.platform.support.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The chemicals catalogue and the hazard classes of GB 18218-2018, readable by every logged-in user. */
@RestController
@RequestMapping("/api/v1/registry")
class ChemicalController {

    private final JdbcChemicalCatalogue catalogue;
    private final Gb18218Grading grading;

    ChemicalController(JdbcChemicalCatalogue catalogue, Gb18218Grading grading) {
        this.catalogue = catalogue;
        this.grading = grading;
    }

    /** Every chemical, or those whose name, alias or CAS number contains {@code q} (ignoring case). */
    @GetMapping("/chemicals")
    List<ChemicalView> chemicals(@RequestParam(required = false) String q) {
        String wanted = q == null ? "" : q.trim().toLowerCase(Locale.ROOT);
        return catalogue.all().stream().filter(c -> wanted.isEmpty() || matches(c, wanted)).map(this::view).toList();
    }

    /** The chemical with this CAS number; where table 1 lists it several times, the entry with the lowest Q. */
    @GetMapping("/chemicals/{cas}")
    ChemicalView chemical(@PathVariable String cas) {
        return catalogue.byCas(cas).map(this::view).orElseThrow(() -> new NotFoundException("chemical", cas));
    }

    @GetMapping("/hazard-classes")
    List<HazardClass> hazardClasses() {
        return catalogue.hazardClasses();
    }

    private static boolean matches(CatalogueChemical chemical, String wanted) {
        return chemical.name().toLowerCase(Locale.ROOT).contains(wanted)
                || chemical.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(wanted))
                || chemical.casNumbers().stream().anyMatch(cas -> cas.contains(wanted));
    }

    /** The entry with the Q and β the grading takes for it, worked out as for 0 t of it. */
    private ChemicalView view(CatalogueChemical chemical) {
        ChemicalAmount probe = new ChemicalAmount(chemical.casNumbers().stream().findFirst().orElse(null),
                chemical.name(), null, 0);
        List<String> problems = grading.check(probe);
        GradingTerm term = problems.isEmpty() ? grading.grade(List.of(probe), 0).terms().get(0) : null;
        return new ChemicalView(chemical.table1Seq(), chemical.name(), chemical.aliases(), chemical.casNumbers(),
                term == null ? null : term.criticalQ(), term == null ? null : term.beta(),
                chemical.hazardClasses(), chemical.table3Beta(), chemical.classBasis(),
                term == null ? String.join("；", problems) : term.basis());
    }

    /**
     * A catalogue entry as the API shows it.
     *
     * @param criticalTonnes Q the grading takes (table 1, else the lowest of its classes); null if it cannot be graded
     * @param beta           β the grading takes (table 3, else the largest of its classes)
     * @param basis          zh-CN: where Q and β come from, or why they cannot be found
     */
    record ChemicalView(Integer table1Seq, String name, List<String> aliases, List<String> casNumbers,
                        Double criticalTonnes, Double beta, List<String> hazardClasses, Double table3Beta,
                        String classBasis, String basis) {
    }
}
