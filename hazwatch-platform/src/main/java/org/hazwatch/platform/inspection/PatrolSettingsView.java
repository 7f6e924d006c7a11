package org.hazwatch.platform.inspection;

import java.time.LocalTime;
import java.util.Objects;
import org.hazwatch.platform.org.JurisdictionLevel;

/**
 * The patrol numbers in force for a jurisdiction, for the pages that use them (SPEC §9: the page says which value is
 * in force): a county's or park's rounds' deadlines, a city's or province's spot-check share, each with who set it.
 *
 * @param share the spot-check share of a city or province (0–1), null for a county or park
 */
public record PatrolSettingsView(String jurisdiction, JurisdictionLevel level, LocalTime morningUntil,
                                 Source morningSetBy, LocalTime afternoonUntil, Source afternoonSetBy, Double share,
                                 Source shareSetBy) {

    /**
     * Who set a value: {@code own} when the jurisdiction itself, else a node above it ({@code name}); the default
     * when no node sets it ({@code code} null).
     */
    public record Source(String code, String name, boolean own) {

        public boolean isDefault() {
            return code == null;
        }
    }

    /** Whether both deadlines come from the same place (the page then says it once). */
    public boolean deadlinesFromOnePlace() {
        return Objects.equals(morningSetBy, afternoonSetBy);
    }
}
