package org.hazwatch.platform.quality;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hazwatch.platform.org.JurisdictionScope;

/**
 * Data-quality days another platform (a city) computed and forwarded to this one (cascade, SPEC §12), kept by the
 * cascade feature. The city's figures are the authority for its enterprises (it has their filings and cameras): an
 * enterprise's day answers them, marked with the origin, and a jurisdiction's means count them in place of any
 * figures this platform made from the forwarded readings.
 */
public interface ForwardedQuality {

    /** The forwarded day of the enterprise, as the city shows it, with {@code origin}. */
    Optional<EnterpriseQualityView> day(String enterpriseCode, LocalDate day);

    /** The forwarded days of the enterprises within the scope. */
    List<EnterpriseDayQuality> days(JurisdictionScope scope, LocalDate day);
}
