package org.hazwatch.platform.registry;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Optional;
import java.util.function.Function;
import org.hazwatch.protocol.PointCode;

/**
 * What a feature derives from each enterprise's registration (telemetry's point specs, the alarm engine's
 * settings), kept beside the registration it was derived from. A changed registration is a new object, so the
 * value is derived afresh on the next look-up: a projection follows the read model with no refresh of its own.
 */
public final class RegistryProjection<V> {

    private final Function<String, Optional<EnterpriseRegistration>> registrations;
    private final Function<EnterpriseRegistration, V> derive;
    /** Weak keys compare by identity and go with the registration the read model let go of. */
    private final Cache<EnterpriseRegistration, V> derived = Caffeine.newBuilder().weakKeys().build();

    RegistryProjection(Function<String, Optional<EnterpriseRegistration>> registrations,
                       Function<EnterpriseRegistration, V> derive) {
        this.registrations = registrations;
        this.derive = derive;
    }

    /** Empty when the enterprise is not registered. */
    public Optional<V> of(String enterpriseCode) {
        return registrations.apply(enterpriseCode).map(r -> derived.get(r, derive));
    }

    /** The value of the enterprise a point code belongs to; empty for a code that is not a point's. */
    public Optional<V> ofPoint(String pointCode) {
        return PointCode.parse(pointCode).flatMap(p -> of(p.enterprise().code()));
    }

    /** Derives the enterprise's value again: for a change of the feature's own data that the value holds. */
    public void forget(String enterpriseCode) {
        registrations.apply(enterpriseCode).ifPresent(derived::invalidate);
    }
}
