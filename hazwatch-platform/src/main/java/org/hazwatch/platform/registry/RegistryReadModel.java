package org.hazwatch.platform.registry;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hazwatch.platform.support.CommittedCache;
import org.hazwatch.protocol.GatewayCode;
import org.hazwatch.protocol.PointCode;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The registry's one read model: each enterprise's registration (with its points and cameras), and its gateways'
 * credentials, loaded on first use
 * and kept until a {@link RegistryChanged} for it commits. There is no expiry: every write of the registry publishes
 * that event, so nothing else can make an entry stale. Unknown enterprises are remembered as unknown, so a flood of
 * requests from an unregistered gateway does not reach the database.
 */
@Component
class RegistryReadModel {

    /**
     * A registration with its gateways, whose secrets stay inside this feature, and its custody persons (read by the
     * warning model at every assessment, issue 17).
     */
    private record Entry(EnterpriseRegistration registration, Map<String, GatewayCredentials> gateways,
                         List<CustodyAssignment> custodyPersons) {
    }

    private static final int MAX_ENTERPRISES = 100_000;

    private final RegistryQueries queries;
    private final LoadingCache<String, Optional<Entry>> enterprises;
    /** One key: the list changes with any enterprise's points. */
    private final LoadingCache<Boolean, List<String>> withPoints;
    /**
     * Every enterprise, by code (one key): the regulators' province-wide pages filter it by scope in memory instead
     * of paging through the table (issue 17). A load that raced a change is answered but not kept.
     */
    private final CommittedCache<Boolean, List<RegisteredEnterprise>> all = new CommittedCache<>(1);

    RegistryReadModel(RegistryQueries queries) {
        this.queries = queries;
        this.enterprises = Caffeine.newBuilder().maximumSize(MAX_ENTERPRISES).build(this::load);
        this.withPoints = Caffeine.newBuilder().build(all -> queries.enterprisesWithPoints());
    }

    Optional<EnterpriseRegistration> registration(String enterpriseCode) {
        return entry(enterpriseCode).map(Entry::registration);
    }

    Optional<PointDefinition> point(String pointCode) {
        return PointCode.parse(pointCode).flatMap(p -> registration(p.enterprise().code()))
                .flatMap(r -> r.point(pointCode));
    }

    Optional<GatewayCredentials> gateway(String gatewayCode) {
        return GatewayCode.parse(gatewayCode).flatMap(g -> entry(g.enterprise().code()))
                .map(e -> e.gateways().get(gatewayCode));
    }

    List<CustodyAssignment> custodyPersons(String enterpriseCode) {
        return entry(enterpriseCode).map(Entry::custodyPersons).orElse(List.of());
    }

    List<String> enterprisesWithPoints() {
        return withPoints.get(true);
    }

    List<RegisteredEnterprise> allEnterprises() {
        return all.get(true, k -> List.copyOf(queries.allEnterprises()));
    }

    /** Runs first among the listeners of the commit, so that they read the new registration. */
    @Order(Ordered.HIGHEST_PRECEDENCE)
    @TransactionalEventListener(fallbackExecution = true)
    void changed(RegistryChanged change) {
        forget(change.enterpriseCode().code());
    }

    /** A look-up inside the failed transaction may have loaded what it wrote. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_ROLLBACK)
    void rolledBack(RegistryChanged change) {
        forget(change.enterpriseCode().code());
    }

    private void forget(String enterpriseCode) {
        enterprises.invalidate(enterpriseCode);
        withPoints.invalidateAll();
        all.forgetAll();
    }

    private Optional<Entry> entry(String enterpriseCode) {
        return enterpriseCode == null ? Optional.empty() : enterprises.get(enterpriseCode);
    }

    private Optional<Entry> load(String code) {
        return queries.enterprise(code).map(e -> new Entry(
                new EnterpriseRegistration(e, queries.hazardSources(code), queries.pointsOf(code).stream()
                        .collect(Collectors.toMap(PointDefinition::code, Function.identity(), (a, b) -> a,
                                LinkedHashMap::new)), queries.camerasOf(code)),
                queries.gatewaysOf(code).stream()
                        .collect(Collectors.toUnmodifiableMap(GatewayCredentials::gatewayCode, Function.identity())),
                List.copyOf(queries.custodyPersons(code))));
    }
}
