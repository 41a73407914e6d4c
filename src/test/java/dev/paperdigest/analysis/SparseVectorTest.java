package dev.paperdigest.analysis;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class SparseVectorTest {
    @Test
    void strongestIsTheHeadOfTheFullOrderTiesIncluded() {
        Random random = new Random(7);
        for (int round = 0; round < 2000; round++) {
            int n = random.nextInt(40);
            int[] ids = random.ints(n, 0, 1000).distinct().sorted().toArray();
            double[] w = new double[ids.length];
            // few distinct weights, so ties are common
            for (int i = 0; i < w.length; i++) w[i] = 1 + random.nextInt(5);
            SparseVector v = SparseVector.normalised(ids, w);
            for (int k : new int[]{1, 3, 16, 50}) {
                int[] all = v.byWeight();
                assertArrayEquals(Arrays.copyOf(all, Math.min(k, all.length)), v.strongest(k), "round " + round + " k " + k);
            }
        }
    }
}
