package dev.paperdigest;

import java.util.function.IntFunction;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Time linear in the input, checked without a wall-clock budget: 8 times the input must take under
 * 12 times the time of 1 times, best of nine, both sizes warmed up and measured in turn (a floor of
 * 2 ms keeps timer noise out of tiny times).
 */
public final class Linear {
    private Linear() {
    }

    /** {@code work} on {@code shape(n)} and {@code shape(8n)}. */
    public static void assertLinear(String what, IntFunction<String> shape, int n, java.util.function.Consumer<String> work) {
        String small = shape.apply(n);
        String large = shape.apply(8 * n);
        best(large, work);
        best(small, work);
        long t1 = Long.MAX_VALUE;
        long t8 = Long.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            t1 = Math.min(t1, best(small, work));
            t8 = Math.min(t8, best(large, work));
        }
        assertTrue(t8 < 12 * Math.max(t1, 2_000_000), what + ": " + t1 / 1000 + " us for 1x, " + t8 / 1000 + " us for 8x");
    }

    private static long best(String s, java.util.function.Consumer<String> work) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            work.accept(s);
            best = Math.min(best, System.nanoTime() - t0);
        }
        return best;
    }
}
