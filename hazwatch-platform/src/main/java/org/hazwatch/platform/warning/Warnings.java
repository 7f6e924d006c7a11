package org.hazwatch.platform.warning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.JurisdictionScope;
import org.hazwatch.platform.org.Jurisdictions;
import org.hazwatch.platform.registry.Page;
import org.hazwatch.platform.support.EntryClass;
import org.hazwatch.platform.support.InvalidInputException;
import org.hazwatch.platform.support.NotFoundException;
import org.hazwatch.platform.warning.rules.WarningLevel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Warnings (预警) for other features and the web console: lists, one warning with its factors and history, the
 * standing warnings of an enterprise, counts by level. Scoped: a regulator sees its jurisdiction's subtree, an
 * enterprise user its enterprise; anything else is not found.
 */
@Service
@EntryClass
public class Warnings {

    private static final Comparator<WarningView> MOST_SEVERE_NEWEST_FIRST = Comparator.comparing(WarningView::level)
            .thenComparing(WarningView::raisedAt, Comparator.reverseOrder());

    private final WarningQueries queries;
    private final Jurisdictions jurisdictions;

    private final ObjectProvider<ForwardedWarnings> forwarded;

    Warnings(WarningQueries queries, Jurisdictions jurisdictions, ObjectProvider<ForwardedWarnings> forwarded) {
        this.forwarded = forwarded;
        this.queries = queries;
        this.jurisdictions = jurisdictions;
    }

    public Page<WarningView> list(Actor actor, WarningView.Filter filter) {
        if (filter.page() < 0) {
            throw InvalidInputException.of("page", "from 0");
        }
        if (filter.size() < 1 || filter.size() > 500) {
            throw InvalidInputException.of("size", "1 to 500");
        }
        if (filter.status() != null && !filter.status().equals("STANDING") && !filter.status().equals("LIFTED")) {
            throw InvalidInputException.of("status", "STANDING or LIFTED");
        }
        JurisdictionScope scope = jurisdictions.scope(actor, filter.jurisdictionCode());
        ForwardedWarnings cascade = forwarded.getIfAvailable();
        List<WarningView> others = cascade == null ? List.of() : cascade.list(scope, filter);
        if (others.isEmpty()) {
            return new Page<>(queries.list(scope, filter), filter.page(), filter.size(), queries.count(scope, filter));
        }
        // cascade (SPEC §12): the forwarded warnings follow this platform's own, on the pages after them
        long own = queries.count(scope, filter);
        List<WarningView> items = new ArrayList<>(queries.list(scope, filter));
        long first = (long) filter.page() * filter.size();
        long from = Math.max(0, first + items.size() - own);
        others.stream().skip(from).limit(filter.size() - items.size()).forEach(items::add);
        return new Page<>(items, filter.page(), filter.size(), own + others.size());
    }

    /** The warnings the cities forwarded that the actor sees, standing or (with {@code all}) not, newest first. */
    public List<WarningView> forwarded(Actor actor, boolean all, int limit) {
        ForwardedWarnings cascade = forwarded.getIfAvailable();
        return cascade == null ? List.of() : cascade.list(actor.scope(), new WarningView.Filter(null,
                all ? null : "STANDING", null, null, null, null, 0, limit)).stream().limit(limit).toList();
    }

    /** The warning with its factors, if the actor sees it. */
    public WarningView one(Actor actor, UUID id) {
        // cascade (SPEC §12): a warning a city forwarded, with its origin, if not this platform's own
        ForwardedWarnings cascade = forwarded.getIfAvailable();
        return queries.one(actor, id).or(() -> cascade == null ? Optional.empty() : cascade.warning(actor, id))
                .orElseThrow(() -> new NotFoundException("warning", id.toString()));
    }

    /** Every change of the warning, oldest first, each with a zh-CN description. */
    public List<WarningView.HistoryEntry> history(Actor actor, UUID id) {
        one(actor, id);
        return queries.history(id);
    }

    /** The standing warnings of an enterprise, most severe first (not scoped: callers check the actor). */
    public List<WarningView> standing(String enterpriseCode) {
        return queries.standing(enterpriseCode);
    }

    /**
     * The most severe standing level of each enterprise the actor sees (enterprises without one absent), forwarded
     * warnings included; not capped like a page of {@link #list} (issue 17: the map of a province).
     */
    public Map<String, WarningLevel> worstLevels(Actor actor) {
        JurisdictionScope scope = jurisdictions.scope(actor, null);
        Map<String, WarningLevel> worst = new HashMap<>();
        queries.standingLevels(scope).forEach(e -> worst.merge(e.getKey(), e.getValue(), Warnings::worse));
        ForwardedWarnings cascade = forwarded.getIfAvailable();
        if (cascade != null) {
            cascade.list(scope, new WarningView.Filter(null, "STANDING", null, null, null, null, 0, 1))
                    .forEach(w -> worst.merge(w.enterpriseCode(), w.level(), Warnings::worse));
        }
        return worst;
    }

    /**
     * The standing warnings the actor sees, most severe first and newest first within a level, forwarded ones
     * included, at most {@code limit} (the overview's live list).
     */
    public List<WarningView> mostSevereStanding(Actor actor, int limit) {
        JurisdictionScope scope = jurisdictions.scope(actor, null);
        List<WarningView> own = queries.mostSevereStanding(scope, limit);
        ForwardedWarnings cascade = forwarded.getIfAvailable();
        List<WarningView> others = cascade == null ? List.of()
                : cascade.list(scope, new WarningView.Filter(null, "STANDING", null, null, null, null, 0, limit));
        if (others.isEmpty()) {
            return own;
        }
        List<WarningView> all = new ArrayList<>(own);
        all.addAll(others);
        all.sort(MOST_SEVERE_NEWEST_FIRST);
        return List.copyOf(all.subList(0, Math.min(limit, all.size())));
    }

    private static WarningLevel worse(WarningLevel a, WarningLevel b) {
        return a.above(b) ? a : b;
    }

    /** The standing warnings the actor sees, counted by level (every level present, 0 when none). */
    public Map<WarningLevel, Long> countsByLevel(Actor actor) {
        return queries.standingCounts(actor);
    }
}
