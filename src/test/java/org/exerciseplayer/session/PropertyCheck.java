package org.exerciseplayer.session;

import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A small property-based test runner: makes cases from seeded randomness, runs a check on each and, when one fails,
 * shrinks it to a smallest case that still fails (trying the smaller cases {@code shrink} offers, greedily, until none
 * fails), then reports that case with the seed that made the original. Seeds are derived from one base seed, fixed by
 * default so that every run of the suite checks the same cases, and given with {@code -D<name>.seed=N} (and the
 * number of cases with {@code -D<name>.tries=N}) to explore further.
 *
 * <p>Why not a library: jqwik, the usual choice on the JUnit platform, asks since 1.10 that AI coding agents not use
 * it, and this code is written with one; QuickTheories has had no release since 2019. What is needed here is small:
 * random cases and shrinking by removal, which the test knows best how to do for its own cases.
 */
final class PropertyCheck<T> {

    /** A check that fails by throwing (an assertion error, or anything else). */
    @FunctionalInterface
    interface Check<T> {
        void run(T sample) throws Exception;
    }

    private final String name;
    private final Function<Random, T> generate;
    private final Function<T, Stream<T>> shrink;

    /**
     * @param name     names the property in reports and in the system properties that set its seed and tries
     * @param generate makes one case from a source of randomness
     * @param shrink   smaller cases than a given one, most promising first; none for a case that cannot shrink
     */
    PropertyCheck(String name, Function<Random, T> generate, Function<T, Stream<T>> shrink) {
        this.name = name;
        this.generate = generate;
        this.shrink = shrink;
    }

    /** Runs {@code check} on {@code defaultTries} cases (or as many as asked for); throws for the first that fails. */
    void forAll(int defaultTries, long defaultSeed, Check<T> check) {
        long base = Long.getLong(name + ".seed", defaultSeed);
        int tries = Integer.getInteger(name + ".tries", defaultTries);
        for (int i = 0; i < tries; i++) {
            long seed = base + i;
            T sample = generate.apply(new Random(seed));
            Throwable failure = failure(check, sample);
            if (failure != null) {
                T smallest = shrunk(check, sample);
                AssertionError error = new AssertionError(name + " fails for case " + (i + 1) + " of " + tries
                        + " (-D" + name + ".seed=" + seed + " -D" + name + ".tries=1 makes it again)."
                        + "\nShrunk to: " + smallest + "\nbecause: " + failure(check, smallest)
                        + "\nOriginal: " + sample);
                error.addSuppressed(failure);
                throw error;
            }
        }
    }

    /** The smallest failing case reachable from {@code sample} by taking a smaller failing case while there is one. */
    private T shrunk(Check<T> check, T sample) {
        T smallest = sample;
        boolean smaller = true;
        for (int rounds = 0; smaller && rounds < 10_000; rounds++) {
            T current = smallest;
            smaller = false;
            for (T candidate : (Iterable<T>) shrink.apply(current)::iterator) {
                if (failure(check, candidate) != null) {
                    smallest = candidate;
                    smaller = true;
                    break;
                }
            }
        }
        return smallest;
    }

    private static <T> Throwable failure(Check<T> check, T sample) {
        try {
            check.run(sample);
            return null;
        } catch (Exception | AssertionError e) {
            return e;
        }
    }
}
