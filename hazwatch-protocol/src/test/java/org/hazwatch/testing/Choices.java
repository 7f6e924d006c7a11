package org.hazwatch.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The choices one test case is built from: each draw is a number in [0, range] that is either fresh from a seeded
 * random source or replayed from a recorded sequence (past its end, 0). Every draw maps 0 to the simplest value —
 * the minimum, the first option, a list that stops — so smaller choices mean a simpler case.
 */
public final class Choices {

    private static final long DOUBLE_STEPS = 1L << 53;
    private static final String ANY_TEXT = "azAZ09 -_.:/%\\'\"\t\n中文危险化学品é€😀\u0000";

    private final SplittableRandom random;
    private final long[] replayed;
    private final List<Long> made = new ArrayList<>();

    private Choices(SplittableRandom random, long[] replayed) {
        this.random = random;
        this.replayed = replayed;
    }

    static Choices fresh(SplittableRandom random) {
        return new Choices(random, null);
    }

    static Choices replay(long[] choices) {
        return new Choices(null, choices);
    }

    long[] made() {
        return made.stream().mapToLong(Long::longValue).toArray();
    }

    /** A number in [min, max], now and then exactly one of the two ends. */
    public long between(long min, long max) {
        return min + draw(Math.subtractExact(max, min), true);
    }

    /** Any long, negative as often as not. */
    public long anyLong() {
        long magnitude = draw(Long.MAX_VALUE, true);
        return oneIn(2) ? ~magnitude : magnitude;
    }

    public int between(int min, int max) {
        return (int) between((long) min, (long) max);
    }

    /** A number in [min, max], both included. */
    public double between(double min, double max) {
        return Math.min(max, min + (max - min) * draw(DOUBLE_STEPS, true) / DOUBLE_STEPS);
    }

    /** True about once in {@code n} draws. */
    public boolean oneIn(int n) {
        return draw(n - 1, false) == n - 1;
    }

    @SafeVarargs
    public final <T> T oneOf(T... options) {
        return options[between(0, options.length - 1)];
    }

    public <E extends Enum<E>> E oneOf(Class<E> type) {
        return oneOf(type.getEnumConstants());
    }

    /** A value of one of the generators, chosen evenly. */
    @SafeVarargs
    public final <T> T anyOf(Gen<? extends T>... generators) {
        return oneOf(generators).draw(this);
    }

    /** {@code min} to {@code max} elements, about halfway on average, fewer more often than more. */
    public <T> List<T> list(int min, int max, Gen<T> element) {
        long more = Math.max(1, (min + max) / 2 - min);
        List<T> list = new ArrayList<>();
        while (list.size() < max && (list.size() < min || draw(more, false) != 0)) {
            list.add(element.draw(this));
        }
        return list;
    }

    public byte[] bytes(int min, int max) {
        List<Byte> list = list(min, max, c -> (byte) c.between(Byte.MIN_VALUE, Byte.MAX_VALUE));
        byte[] bytes = new byte[list.size()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = list.get(i);
        }
        return bytes;
    }

    /** A string of {@code min} to {@code max} characters of the alphabet (code points). */
    public String string(int min, int max, String alphabet) {
        int[] points = alphabet.codePoints().toArray();
        StringBuilder text = new StringBuilder();
        list(min, max, c -> points[c.between(0, points.length - 1)]).forEach(text::appendCodePoint);
        return text.toString();
    }

    /** Any text: ASCII, CJK, quotes, control characters, an astral code point, or any code point below the surrogates. */
    public String text(int min, int max) {
        int[] points = ANY_TEXT.codePoints().toArray();
        StringBuilder text = new StringBuilder();
        list(min, max, c -> c.oneIn(4) ? c.between(0, 0xD7FF) : points[c.between(0, points.length - 1)])
                .forEach(text::appendCodePoint);
        return text.toString();
    }

    private long draw(long range, boolean ends) {
        long choice;
        if (replayed != null) {
            choice = made.size() < replayed.length ? Math.min(replayed[made.size()], range) : 0;
        } else {
            int end = ends ? random.nextInt(32) : 2;
            choice = end == 0 ? 0 : end == 1 ? range
                    : range == Long.MAX_VALUE ? random.nextLong() >>> 1 : random.nextLong(range + 1);
        }
        made.add(choice);
        return choice;
    }
}
