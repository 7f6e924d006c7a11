package org.hazwatch.platform.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.hazwatch.platform.registry.PointDefinition;

/**
 * Plausible live values for a demo point (演示数据): a slow wave around the middle of its normal band (from its
 * lowest to its highest alarm limit, the measuring range standing in for a side without limits), a little noise,
 * and now and then an excursion that ramps a third of the way past the H limit (under L for points with only low
 * limits) and back over a few minutes, so the demo's alarms have something to raise. Values stay inside the
 * measuring range.
 */
final class DemoSignals {

    /** Mean time between two excursions of one point. */
    static final Duration EXCURSION_EVERY = Duration.ofHours(6);
    static final Duration EXCURSION_LENGTH = Duration.ofMinutes(4);

    private final Random random;
    private final double excursionChancePerSecond = 1.0 / EXCURSION_EVERY.toSeconds();

    DemoSignals(long seed) {
        this.random = new Random(seed);
    }

    /** The shape of one point's signal, fixed at start. */
    final class Signal {
        private final PointDefinition point;
        private final double bottom;
        private final double top;
        private final double phase = random.nextDouble() * 2 * Math.PI;
        private final double periodSeconds = 300 + random.nextDouble() * 900;
        private Instant excursionStart;
        private Instant lastAt;

        Signal(PointDefinition point) {
            this.point = point;
            this.bottom = point.l() != null ? point.l() : point.ll() != null ? point.ll() : point.rangeLow();
            this.top = point.h() != null ? point.h() : point.hh() != null ? point.hh() : point.rangeHigh();
        }

        String pointCode() {
            return point.code();
        }

        /** The value at {@code at}; calls come in time order. */
        double valueAt(Instant at) {
            maybeStartExcursion(at);
            double middle = (bottom + top) / 2;
            double halfBand = (top - bottom) / 2;
            double seconds = at.toEpochMilli() / 1000.0;
            double value = middle + halfBand * (0.4 * Math.sin(2 * Math.PI * seconds / periodSeconds + phase)
                    + 0.03 * random.nextGaussian());
            value += excursion(at, halfBand);
            return Math.max(point.rangeLow(), Math.min(point.rangeHigh(), value));
        }

        private void maybeStartExcursion(Instant at) {
            double seconds = lastAt == null ? 0 : Duration.between(lastAt, at).toMillis() / 1000.0;
            lastAt = at;
            if (excursionStart == null && random.nextDouble() < seconds * excursionChancePerSecond) {
                excursionStart = at;
            }
        }

        /** A triangle that peaks half-way, a third of the half band past the limit. */
        private double excursion(Instant at, double halfBand) {
            if (excursionStart == null) {
                return 0;
            }
            double progress = Duration.between(excursionStart, at).toMillis() / (double) EXCURSION_LENGTH.toMillis();
            if (progress >= 1) {
                excursionStart = null;
                return 0;
            }
            double height = 1.33 * halfBand * (1 - Math.abs(2 * progress - 1));
            boolean onlyLowLimits = point.h() == null && point.hh() == null && (point.l() != null || point.ll() != null);
            return onlyLowLimits ? -height : height;
        }
    }

    Signal signal(PointDefinition point) {
        return new Signal(point);
    }
}
