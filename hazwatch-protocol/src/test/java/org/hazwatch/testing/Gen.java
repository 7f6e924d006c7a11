package org.hazwatch.testing;

/**
 * A generator of test cases: draws a value from the choices it is given. Since every value is built from those
 * choices, a failing case shrinks by shrinking the choices (see {@link PropertyCheck}), through any composition of
 * generators — a generator never needs a shrinker of its own.
 */
@FunctionalInterface
public interface Gen<T> {

    T draw(Choices choices);
}
