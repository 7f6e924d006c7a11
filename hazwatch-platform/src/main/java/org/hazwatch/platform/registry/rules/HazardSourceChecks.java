package org.hazwatch.platform.registry.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.hazwatch.platform.registry.rules.BaseDataDocument.Chemical;
import org.hazwatch.platform.registry.rules.BaseDataDocument.CustodyPerson;
import org.hazwatch.platform.registry.rules.BaseDataDocument.Equipment;
import org.hazwatch.platform.registry.rules.BaseDataDocument.HazardSource;
import org.hazwatch.platform.registry.rules.BaseDataDocument.StorageMedium;
import org.hazwatch.protocol.Codes;
import org.hazwatch.protocol.EquipmentType;

/** The checks of one hazard source and everything beneath it. */
final class HazardSourceChecks {

    static final Set<String> CUSTODY_ROLES = Set.of("main", "technical", "operations");
    static final Set<String> MEDIUM_FORMS = Set.of("gas", "liquid", "solid");

    private final Checks checks;
    private final Map<String, String> codes;
    private final Function<ChemicalAmount, List<String>> gradable;

    HazardSourceChecks(Checks checks, Map<String, String> codes, Function<ChemicalAmount, List<String>> gradable) {
        this.checks = checks;
        this.codes = codes;
        this.gradable = gradable;
    }

    void check(String path, HazardSource source, String enterpriseCode) {
        boolean codeOk = code(path, Codes.checkHazardSource(source.code(), enterpriseCode).orElse(null),
                source.code());
        checks.required(path + ".name", source.name());
        checks.required(path + ".exposedPeople", source.exposedPeople());
        if (source.exposedPeople() != null && source.exposedPeople() < 0) {
            checks.add(path + ".exposedPeople", "must not be negative, not " + source.exposedPeople());
        }
        if (source.chemicals().isEmpty()) {
            checks.add(path + ".chemicals", "a hazard source needs at least one chemical to be graded (GB 18218-2018)");
        }
        Set<String> cas = new HashSet<>();
        for (int i = 0; i < source.chemicals().size(); i++) {
            chemical(path + ".chemicals[" + i + "]", source.chemicals().get(i), cas);
        }
        Set<String> roles = new HashSet<>();
        for (int i = 0; i < source.custodyPersons().size(); i++) {
            custody(path + ".custodyPersons[" + i + "]", source.custodyPersons().get(i), roles);
        }
        for (int i = 0; i < source.equipment().size(); i++) {
            equipment(path + ".equipment[" + i + "]", source.equipment().get(i), codeOk ? source.code() : null);
        }
    }

    private boolean code(String path, String reason, String code) {
        if (reason != null) {
            checks.add(path + ".code", reason);
            return false;
        }
        BaseDataValidator.unique(checks, codes, path, code);
        return true;
    }

    private void chemical(String path, Chemical chemical, Set<String> seen) {
        int before = checks.problems().size();
        if (chemical.cas() != null) {
            checks.cas(path + ".cas", chemical.cas());
        }
        checks.required(path + ".name", chemical.name());
        checks.required(path + ".quantityTonnes", chemical.quantityTonnes());
        checks.positive(path + ".quantityTonnes", chemical.quantityTonnes());
        if (chemical.key() != null && !seen.add(chemical.key())) {
            checks.add(path + (chemical.cas() != null ? ".cas" : ".name"), "chemical " + chemical.key()
                    + " is listed twice in this hazard source");
        }
        if (checks.problems().size() == before) {
            gradable.apply(BaseDataValidator.amount(chemical)).forEach(reason -> checks.add(path, reason));
        }
    }

    private void custody(String path, CustodyPerson person, Set<String> seen) {
        if (person.role() == null || !CUSTODY_ROLES.contains(person.role())) {
            checks.add(path + ".role", "role must be main, technical or operations, not " + person.role());
        } else if (!seen.add(person.role())) {
            checks.add(path + ".role", "one " + person.role() + " person per hazard source (应急厅〔2021〕12号)");
        }
        checks.required(path + ".name", person.name());
        checks.phone(path + ".phone", person.phone());
    }

    private void equipment(String path, Equipment equipment, String hazardCode) {
        boolean codeOk = code(path, Codes.checkEquipment(equipment.code(), hazardCode).orElse(null),
                equipment.code());
        checks.required(path + ".name", equipment.name());
        EquipmentType type = null;
        if (equipment.type() == null) {
            checks.add(path + ".type", "is missing");
        } else {
            type = EquipmentType.of(equipment.type()).orElse(null);
            if (type == null) {
                checks.add(path + ".type", "type " + equipment.type() + " is not one of G0 Q0 S0 C0 ZX");
            } else if (codeOk && !equipment.code().substring(14, 16).equals(equipment.type())) {
                checks.add(path + ".type", "type " + equipment.type() + " does not match the code's type letters "
                        + equipment.code().substring(14, 16));
            }
        }
        if (equipment.medium() != null) {
            checks.cas(path + ".medium", equipment.medium());
        }
        typeSpecific(path, equipment, type);
        Set<String> media = new HashSet<>();
        for (int i = 0; i < equipment.storageMedia().size(); i++) {
            medium(path + ".storageMedia[" + i + "]", equipment.storageMedia().get(i), media);
        }
        for (int i = 0; i < equipment.points().size(); i++) {
            String pointPath = path + ".points[" + i + "]";
            var point = equipment.points().get(i);
            PointChecks.check(checks, pointPath, point, codeOk ? equipment.code() : null);
            if (Codes.checkPoint(point.code(), codeOk ? equipment.code() : null).isEmpty()) {
                BaseDataValidator.unique(checks, codes, pointPath, point.code());
            }
        }
    }

    /**
     * Volume and design conditions belong to tanks (and design conditions to process units); area and stock to
     * warehouses (仓库, C0); loading arms and loading rate to loading platforms (装卸台, ZX).
     */
    private void typeSpecific(String path, Equipment equipment, EquipmentType type) {
        checks.positive(path + ".volumeM3", equipment.volumeM3());
        checks.positive(path + ".areaM2", equipment.areaM2());
        checks.notNegative(path + ".maxStockTonnes", equipment.maxStockTonnes());
        checks.positive(path + ".loadingRateM3h", equipment.loadingRateM3h());
        if (equipment.loadingArms() != null && (equipment.loadingArms() < 1 || equipment.loadingArms() > 200)) {
            checks.add(path + ".loadingArms", "must be between 1 and 200, not " + equipment.loadingArms());
        }
        if (equipment.designPressureMpa() != null && equipment.designPressureMpa() < -0.1) {
            checks.add(path + ".designPressureMpa", "below full vacuum (-0.1 MPa gauge)");
        }
        if (type == null) {
            return;
        }
        onlyFor(path + ".volumeM3", equipment.volumeM3(), type, EquipmentType.G0);
        onlyFor(path + ".designPressureMpa", equipment.designPressureMpa(), type, EquipmentType.G0, EquipmentType.S0);
        onlyFor(path + ".designTemperatureC", equipment.designTemperatureC(), type, EquipmentType.G0, EquipmentType.S0);
        onlyFor(path + ".areaM2", equipment.areaM2(), type, EquipmentType.C0);
        onlyFor(path + ".maxStockTonnes", equipment.maxStockTonnes(), type, EquipmentType.C0);
        onlyFor(path + ".loadingArms", equipment.loadingArms() == null ? null : equipment.loadingArms().doubleValue(),
                type, EquipmentType.ZX);
        onlyFor(path + ".loadingRateM3h", equipment.loadingRateM3h(), type, EquipmentType.ZX);
    }

    private void onlyFor(String path, Double value, EquipmentType type, EquipmentType... types) {
        if (value != null && !List.of(types).contains(type)) {
            checks.add(path, "does not apply to " + type.zh() + " (" + type + "); only to "
                    + List.of(types).stream().map(t -> t.zh() + " (" + t + ")").toList());
        }
    }

    private void medium(String path, StorageMedium medium, Set<String> seen) {
        checks.cas(path + ".cas", medium.cas());
        checks.required(path + ".name", medium.name());
        if (medium.form() == null || !MEDIUM_FORMS.contains(medium.form())) {
            checks.add(path + ".form", "form must be gas, liquid or solid, not " + medium.form());
        }
        checks.notNegative(path + ".maxQuantityTonnes", medium.maxQuantityTonnes());
        if (medium.cas() != null && !seen.add(medium.cas())) {
            checks.add(path + ".cas", "medium " + medium.cas() + " is listed twice for this equipment");
        }
    }
}
