package org.hazwatch.platform.registry.rules;

import static org.hazwatch.platform.registry.rules.Checks.show;

import org.hazwatch.platform.registry.rules.BaseDataDocument.Point;
import org.hazwatch.protocol.Codes;
import org.hazwatch.protocol.PointCode;
import org.hazwatch.protocol.PointKind;

/** The checks of one monitoring point: its code, kind, measuring range, alarm limits and chatter control. */
final class PointChecks {

    /** The longest on- or off-delay accepted: an hour is far beyond any alarm-system practice (SPEC §5). */
    static final int MAX_DELAY_SECONDS = 3600;

    private static final String ORDER = "limits must be ordered ll ≤ l ≤ h ≤ hh within the range";

    private PointChecks() {
    }

    static void check(Checks checks, String path, Point point, String equipmentCode) {
        boolean codeOk = Codes.checkPoint(point.code(), equipmentCode).map(r -> {
            checks.add(path + ".code", r);
            return false;
        }).orElse(true);
        checks.required(path + ".name", point.name());
        if (point.kind() == null) {
            checks.add(path + ".kind", "is missing");
        } else if (PointKind.of(point.kind()).isEmpty()) {
            checks.add(path + ".kind", "kind " + point.kind() + " is not one of WD YL YW LL KR YD YQ");
        } else if (codeOk && PointCode.parse(point.code()).map(PointCode::kind)
                .filter(coded -> !coded.name().equals(point.kind())).isPresent()) {
            checks.add(path + ".kind", "kind " + point.kind() + " does not match the code's kind letters "
                    + PointCode.of(point.code()).kind().name());
        }
        if (point.unit() != null && point.unit().isBlank()) {
            checks.add(path + ".unit", "must not be blank; leave it out for the kind's usual unit");
        }
        range(checks, path, point);
        checks.notNegative(path + ".deadband", point.deadband());
        delay(checks, path + ".onDelaySeconds", point.onDelaySeconds());
        delay(checks, path + ".offDelaySeconds", point.offDelaySeconds());
    }

    private static void range(Checks checks, String path, Point point) {
        checks.required(path + ".rangeLow", point.rangeLow());
        checks.required(path + ".rangeHigh", point.rangeHigh());
        if (point.rangeLow() == null || point.rangeHigh() == null) {
            return;
        }
        double low = point.rangeLow();
        double high = point.rangeHigh();
        if (!(low < high)) {
            checks.add(path + ".rangeHigh", "range high " + show(high) + " must be above range low " + show(low));
            return;
        }
        String[] names = {"ll", "l", "h", "hh"};
        Double[] limits = {point.ll(), point.l(), point.h(), point.hh()};
        String previous = null;
        double previousValue = low;
        for (int i = 0; i < limits.length; i++) {
            if (limits[i] == null) {
                continue;
            }
            double value = limits[i];
            if (value < low || value > high) {
                checks.add(path + "." + names[i], names[i] + " " + show(value) + " lies outside the range "
                        + show(low) + " … " + show(high) + "; " + ORDER);
            } else if (previous != null && value < previousValue) {
                checks.add(path + "." + names[i], names[i] + " " + show(value) + " must be ≥ " + previous + " "
                        + show(previousValue) + "; " + ORDER);
            }
            previous = names[i];
            previousValue = value;
        }
        if (point.deadband() != null && point.deadband() >= high - low) {
            checks.add(path + ".deadband", "deadband " + show(point.deadband()) + " must be smaller than the span "
                    + show(high - low));
        }
    }

    private static void delay(Checks checks, String path, Integer seconds) {
        if (seconds != null && (seconds < 0 || seconds > MAX_DELAY_SECONDS)) {
            checks.add(path, "must be between 0 and " + MAX_DELAY_SECONDS + " s, not " + seconds);
        }
    }
}
