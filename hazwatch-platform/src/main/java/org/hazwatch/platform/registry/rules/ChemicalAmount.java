package org.hazwatch.platform.registry.rules;

/**
 * One chemical present in a unit, as stated for grading (存在量).
 *
 * @param cas            CAS number; may be blank for table-1 entries that have none (煤气, 烷基铝), then {@code name} finds it
 * @param name           the chemical's name as stated; also picks the entry where several table-1 entries share a CAS
 * @param hazardClass    optional override of the hazard class(es), GB 18218-2018 table 2 symbols such as {@code "W2"}
 *                       or {@code "W5.1;J3"}; null or blank to use the catalogue's classes
 * @param quantityTonnes actual quantity q in tonnes, at least 0
 */
public record ChemicalAmount(String cas, String name, String hazardClass, double quantityTonnes) {
}
