package org.hazwatch.platform.telemetry;

import java.util.Arrays;

/**
 * The readings of one write group by their identity (point and time in microseconds), to find repeats inside the
 * group: open addressing with linear probing over a code array and a time array kept at most half full, so a
 * reading costs no key object, no boxed time and no record hash (issue 17: the group's {@code HashSet} of keys was
 * 2 % of the writer's time at 50,000 readings/s, for repeats that hardly ever come). One per writer thread; its
 * arrays are kept between groups.
 */
final class ReadingKeys {

    private String[] codes = new String[0];
    private long[] times = new long[0];
    private int mask;

    /** Forgets every key and makes room for a group of {@code readings}. */
    ReadingKeys clear(int readings) {
        int size = Integer.highestOneBit(Math.max(1, readings) * 2) * 2;
        if (size > codes.length) {
            codes = new String[size];
            times = new long[size];
        } else {
            Arrays.fill(codes, null);
        }
        mask = codes.length - 1;
        return this;
    }

    /** True when the point had no reading of this time in the group yet; the key is then added. */
    boolean add(String pointCode, long timeMicros) {
        int slot = spread(31 * pointCode.hashCode() + Long.hashCode(timeMicros)) & mask;
        for (String held; (held = codes[slot]) != null; slot = (slot + 1) & mask) {
            if (times[slot] == timeMicros && held.equals(pointCode)) {
                return false;
            }
        }
        codes[slot] = pointCode;
        times[slot] = timeMicros;
        return true;
    }

    /** Spreads neighbouring hashes (codes that differ in their last characters) over the table. */
    private static int spread(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        return h;
    }
}
