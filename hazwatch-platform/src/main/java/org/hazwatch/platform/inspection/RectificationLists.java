package org.hazwatch.platform.inspection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The ledger's orders with those the cities forwarded (cascade, SPEC §12): the forwarded ones narrowed by the same
 * filter, and a forwarded order replacing this platform's copy of the same id — an order the province issued and
 * sent down comes back with the city's handling, which is then its state.
 */
final class RectificationLists {

    /** How many forwarded orders a list looks at (a city's ledger of years is a few thousand). */
    static final int FORWARDED_AT_MOST = 5000;

    static List<RectificationView> merged(List<RectificationView> own, List<RectificationView> forwarded,
                                          RectificationFilter filter, RectificationStore.Period period, int limit) {
        Map<UUID, RectificationView> byId = new LinkedHashMap<>();
        own.forEach(o -> byId.put(o.id(), o));
        forwarded.stream().filter(f -> matches(f, filter, period)).forEach(f -> byId.put(f.id(), f));
        List<RectificationView> all = new ArrayList<>(byId.values());
        all.sort(Comparator.comparing(RectificationView::issuedAt).reversed());
        return all.size() > limit ? all.subList(0, limit) : all;
    }

    private static boolean matches(RectificationView v, RectificationFilter filter, RectificationStore.Period period) {
        return (filter.state() == null || filter.state() == v.state())
                && (filter.overdue() == null || filter.overdue() == v.overdue())
                && (filter.item() == null || filter.item() == v.item())
                && (period.from() == null || !v.issuedAt().isBefore(period.from()))
                && (period.to() == null || v.issuedAt().isBefore(period.to()));
    }

    private RectificationLists() {
    }
}
