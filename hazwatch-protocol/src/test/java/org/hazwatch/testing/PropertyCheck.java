package org.hazwatch.testing;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Checks a property on generated cases, seeded so that a failure replays: the failure names its seed, and
 * {@code -Dhazwatch.seed=<seed>} makes every property draw the same cases again. A failing case is shrunk before it
 * is reported — by deleting and lowering the choices it was drawn from while the property still fails — so the
 * report shows a small case as well as the one first found.
 */
public final class PropertyCheck {

    /** As many cases as a property tried before (jqwik's default). */
    public static final int TRIES = 1000;
    public static final String SEED = "hazwatch.seed";
    private static final int SHRINK_RUNS = 5000;

    private PropertyCheck() {
    }

    public static <T> void forAll(Gen<T> cases, Consumer<T> property) {
        forAll(TRIES, cases, property);
    }

    public static <T> void forAll(int tries, Gen<T> cases, Consumer<T> property) {
        String given = System.getProperty(SEED);
        long seed = given == null || given.isBlank() ? new SplittableRandom().nextLong() : Long.parseLong(given);
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 1; i <= tries; i++) {
            Choices choices = Choices.fresh(random.split());
            T value = cases.draw(choices);
            Throwable failure = failure(property, value);
            if (failure != null) {
                Run shrunk = new Shrinker<>(cases, property, new Run(choices.made(), failure)).shrink();
                throw new AssertionError("""
                        Property failed on try %d of %d; seed %d (replay: -D%s=%d)
                          shrunk case:  %s
                          first failure: %s""".formatted(i, tries, seed, SEED, seed,
                        show(cases.draw(Choices.replay(shrunk.choices))), show(value)), shrunk.failure);
            }
        }
    }

    static <T> Throwable failure(Consumer<T> property, T value) {
        try {
            property.accept(value);
            return null;
        } catch (Throwable t) {
            return t;
        }
    }

    private static String show(Object value) {
        return value instanceof byte[] bytes ? Arrays.toString(bytes) : String.valueOf(value);
    }

    record Run(long[] choices, Throwable failure) {
    }

    /**
     * Deletes blocks of choices, lowers single choices, and moves value from a choice to a later one (so that, say,
     * three numbers with a large sum become two), keeping each change that still fails the same way.
     */
    private static final class Shrinker<T> {

        private final Gen<T> cases;
        private final Consumer<T> property;
        private Run best;
        private int runs;

        Shrinker(Gen<T> cases, Consumer<T> property, Run first) {
            this.cases = cases;
            this.property = property;
            this.best = first;
        }

        Run shrink() {
            boolean smaller = true;
            while (smaller && runs < SHRINK_RUNS) {
                smaller = deleteBlocks() | lowerChoices() | moveValueRight();
            }
            return best;
        }

        private boolean deleteBlocks() {
            boolean smaller = false;
            for (int size = 8; size >= 1; size /= 2) {
                for (int at = best.choices.length - size; at >= 0 && runs < SHRINK_RUNS; at--) {
                    long[] c = best.choices;
                    long[] without = new long[c.length - size];
                    System.arraycopy(c, 0, without, 0, at);
                    System.arraycopy(c, at + size, without, at, c.length - at - size);
                    smaller |= keepIfFailing(without);
                    at = Math.min(at, best.choices.length - size + 1);
                }
            }
            return smaller;
        }

        private boolean lowerChoices() {
            boolean smaller = false;
            for (int i = 0; i < best.choices.length && runs < SHRINK_RUNS; i++) {
                long passing = -1;
                long failing = best.choices[i];
                while (failing - passing > 1 && i < best.choices.length && runs < SHRINK_RUNS) {
                    long tried = passing + (failing - passing) / 2;
                    long[] lower = best.choices.clone();
                    lower[i] = tried;
                    if (keepIfFailing(lower)) {
                        smaller = true;
                        failing = i < best.choices.length ? best.choices[i] : 0;
                    } else {
                        passing = tried;
                    }
                }
            }
            return smaller;
        }

        private boolean moveValueRight() {
            boolean smaller = false;
            for (int i = 0; i < best.choices.length && runs < SHRINK_RUNS; i++) {
                for (int j = i + 1; j < Math.min(best.choices.length, i + 9) && runs < SHRINK_RUNS; j++) {
                    long[] base = best.choices.clone();
                    long passing = -1;
                    long failing = base[i];
                    while (failing - passing > 1 && runs < SHRINK_RUNS) {
                        long tried = passing + (failing - passing) / 2;
                        long[] shifted = base.clone();
                        shifted[i] = tried;
                        long moved = base[i] - tried;
                        shifted[j] = base[j] > Long.MAX_VALUE - moved ? Long.MAX_VALUE : base[j] + moved;
                        if (keepIfFailing(shifted)) {
                            smaller = true;
                            failing = tried;
                        } else {
                            passing = tried;
                        }
                    }
                }
            }
            return smaller;
        }

        private boolean keepIfFailing(long[] candidate) {
            runs++;
            Choices choices = Choices.replay(candidate);
            T value;
            try {
                value = cases.draw(choices);
            } catch (RuntimeException e) {
                return false;
            }
            Throwable failure = failure(property, value);
            long[] made = choices.made();
            if (failure == null || failure.getClass() != best.failure.getClass() || !simpler(made, best.choices)) {
                return false;
            }
            best = new Run(made, failure);
            return true;
        }

        /** Fewer choices, or as many and the first that differs is lower. */
        private static boolean simpler(long[] a, long[] b) {
            return a.length != b.length ? a.length < b.length : Arrays.compare(a, b) < 0;
        }
    }
}
