package org.hazwatch.platform.bulletin;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hazwatch.platform.org.JurisdictionScope;

/**
 * Bulletins another platform (a city) issued and forwarded to this one as files (cascade, SPEC §12), kept by the
 * cascade feature: the archive lists them beside this platform's own, marked with their origin, with their PDF and
 * workbook as the city issued them. Issued bulletins never change; a correction comes as its own bulletin.
 */
public interface ForwardedBulletins {

    /** The forwarded bulletins of nodes within the scope, newest first. */
    List<BulletinView> list(JurisdictionScope scope, int limit);

    Optional<BulletinView> one(JurisdictionScope scope, UUID id);

    /** The forwarded bulletin's {@code pdf} or {@code xlsx} bytes. */
    Optional<byte[]> document(JurisdictionScope scope, UUID id, String kind);
}
