package dev.paperdigest.analysis;

import java.util.Arrays;

/** An immutable sparse vector: term ids in ascending order with their weights. */
public final class SparseVector {
    public static final SparseVector EMPTY = new SparseVector(new int[0], new double[0]);

    private final int[] ids;
    private final double[] weights;

    private SparseVector(int[] ids, double[] weights) {
        this.ids = ids;
        this.weights = weights;
    }

    /** A vector of length 1 in the direction of ({@code ids}, {@code weights}); ids must be ascending. */
    public static SparseVector normalised(int[] ids, double[] weights) {
        double norm = 0;
        for (double w : weights) norm += w * w;
        norm = Math.sqrt(norm);
        if (norm == 0) return EMPTY;
        double[] w = new double[weights.length];
        for (int i = 0; i < w.length; i++) w[i] = weights[i] / norm;
        return new SparseVector(ids.clone(), w);
    }

    public int size() {
        return ids.length;
    }

    public int id(int i) {
        return ids[i];
    }

    public double weight(int i) {
        return weights[i];
    }

    /** The dot product (the cosine, for two normalised vectors). */
    public double dot(SparseVector o) {
        double s = 0;
        int i = 0;
        int j = 0;
        while (i < ids.length && j < o.ids.length) {
            if (ids[i] == o.ids[j]) s += weights[i++] * o.weights[j++];
            else if (ids[i] < o.ids[j]) i++;
            else j++;
        }
        return s;
    }

    /** The weight of term {@code id}, 0 when absent. */
    public double get(int id) {
        int k = Arrays.binarySearch(ids, id);
        return k >= 0 ? weights[k] : 0;
    }

    /** Positions of this vector's entries by weight, largest first (ties by term id). */
    /**
     * Positions of the {@code k} largest entries, largest first (ties: lower term id first); the
     * first {@code k} of {@link #byWeight()} without sorting the whole vector.
     */
    public int[] strongest(int k) {
        int[] best = new int[Math.min(k, ids.length)];
        int kept = 0;
        for (int i = 0; i < ids.length; i++) {
            double w = weights[i];
            // positions come in id order, so an equal weight seen later ranks after the ones kept
            if (kept == best.length && w <= weights[best[kept - 1]]) continue;
            int at = kept < best.length ? kept++ : best.length - 1;
            while (at > 0 && w > weights[best[at - 1]]) {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = i;
        }
        return best;
    }

    public int[] byWeight() {
        Integer[] order = new Integer[ids.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> weights[a] != weights[b] ? Double.compare(weights[b], weights[a])
                : Integer.compare(ids[a], ids[b]));
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }
}
