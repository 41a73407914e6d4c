package dev.paperdigest.related;

import dev.paperdigest.analysis.DocVectors;
import dev.paperdigest.analysis.SparseVector;
import dev.paperdigest.model.ClassifiedPaper;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Related papers without comparing every pair. Each paper is looked up by its strongest terms (at
 * least {@value #QUERY_TERMS}, more while their postings stay within {@value #QUERY_TERMS} full
 * lists) in an inverted index that keeps, per term, only the {@value #POSTINGS_PER_TERM}
 * papers where that term weighs most; candidates are scored by the dot product over those terms,
 * and the best {@value #CANDIDATES} of them again by their full cosine, which ranks them.
 * Cost: papers x (query terms x postings + candidates x terms), linear in the number of papers. Scores are compared at
 * {@value #SCORE_DIGITS} decimals, so near-ties go to the paper sharing more topics, then by slug.
 */
public final class RelatedPapers {
    public static final int MAX_RELATED = 5;
    static final int QUERY_TERMS = 16;
    static final int POSTINGS_PER_TERM = 160;
    static final int SCORE_DIGITS = 2;
    static final double MIN_SCORE = 0.02;
    /** The most terms a paper is looked up by, however short their postings. */
    static final int MAX_QUERY_TERMS = 32;
    /** Postings a paper's lookup may read: {@value #QUERY_TERMS} full postings lists' worth. */
    static final long WORK_PER_PAPER = (long) QUERY_TERMS * POSTINGS_PER_TERM;
    /** How many candidates of the postings' partial score are scored again by their full cosine. */
    static final int CANDIDATES = 50;

    private RelatedPapers() {
    }

    /** For each paper (same order as {@code papers} and {@code vectors}), the indexes of its related papers, best first. */
    public static List<List<Integer>> compute(DocVectors vectors, List<ClassifiedPaper> papers) {
        int n = papers.size();
        Postings postings = index(vectors);
        // each paper's topics as bits, so shared topics are one AND
        Map<String, Integer> bit = new HashMap<>();
        long[] topics = new long[n];
        for (int d = 0; d < n; d++) {
            for (String t : papers.get(d).topics().topicIds()) {
                int b = bit.computeIfAbsent(t, x -> bit.size());
                if (b < 64) topics[d] |= 1L << b;
            }
        }
        ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(() -> new Scratch(n, vectors.vocabularySize()));
        return IntStream.range(0, n).parallel()
                .mapToObj(d -> related(d, vectors, postings, papers, topics, scratch.get())).toList();
    }

    /** Per term, the papers where it weighs most (at most {@value #POSTINGS_PER_TERM}) and their weights. */
    record Postings(int[][] docs, float[][] weights) {
    }

    /** A dense score array reused across the papers one thread handles, with the list of entries touched. */
    private static final class Scratch {
        final double[] score;
        final int[] touched;
        final double[] query;
        int count;

        Scratch(int n, int vocabulary) {
            score = new double[n];
            touched = new int[n];
            query = new double[vocabulary];
        }
    }

    static Postings index(DocVectors vectors) {
        int v = vectors.vocabularySize();
        int[] count = new int[v];
        for (int d = 0; d < vectors.size(); d++) {
            SparseVector x = vectors.vector(d);
            for (int i = 0; i < x.size(); i++) count[x.id(i)]++;
        }
        int[][] docs = new int[v][];
        float[][] weights = new float[v][];
        for (int t = 0; t < v; t++) {
            docs[t] = new int[count[t]];
            weights[t] = new float[count[t]];
        }
        int[] fill = new int[v];
        for (int d = 0; d < vectors.size(); d++) {
            SparseVector x = vectors.vector(d);
            for (int i = 0; i < x.size(); i++) {
                int t = x.id(i);
                docs[t][fill[t]] = d;
                weights[t][fill[t]++] = (float) x.weight(i);
            }
        }
        IntStream.range(0, v).parallel().forEach(t -> {
            if (docs[t].length <= POSTINGS_PER_TERM) return;
            // heaviest first, ties by paper: weights are positive, so their bits order like them
            long[] order = new long[docs[t].length];
            for (int i = 0; i < order.length; i++) {
                order[i] = (long) (Integer.MAX_VALUE - Float.floatToIntBits(weights[t][i])) << 32 | docs[t][i];
            }
            Arrays.sort(order);
            int[] keepDocs = new int[POSTINGS_PER_TERM];
            float[] keepWeights = new float[POSTINGS_PER_TERM];
            for (int i = 0; i < POSTINGS_PER_TERM; i++) {
                keepDocs[i] = (int) order[i];
                keepWeights[i] = Float.intBitsToFloat(Integer.MAX_VALUE - (int) (order[i] >>> 32));
            }
            docs[t] = keepDocs;
            weights[t] = keepWeights;
        });
        return new Postings(docs, weights);
    }

    private static List<Integer> related(int d, DocVectors vectors, Postings postings, List<ClassifiedPaper> papers,
                                         long[] topics, Scratch s) {
        SparseVector x = vectors.vector(d);
        // the strongest terms first, at least QUERY_TERMS of them, more while their postings fit the
        // budget: rare terms (short postings) cost little and find what the common ones miss
        int[] strongest = x.strongest(MAX_QUERY_TERMS);
        s.count = 0;
        long work = 0;
        for (int q = 0; q < strongest.length; q++) {
            int term = x.id(strongest[q]);
            double w = x.weight(strongest[q]);
            int[] docs = postings.docs()[term];
            work += docs.length;
            if (q >= QUERY_TERMS && work > WORK_PER_PAPER) break;
            float[] ws = postings.weights()[term];
            for (int k = 0; k < docs.length; k++) {
                int other = docs[k];
                if (other == d) continue;
                if (s.score[other] == 0) s.touched[s.count++] = other;
                s.score[other] += w * ws[k];
            }
        }
        // the strongest candidates by that partial score are scored again by their full cosine,
        // which decides: the partial score only sees the query terms and each term's heaviest papers
        int[] shortlist = shortlist(s, CANDIDATES);
        // the query's weights spread into a dense array, so each candidate's cosine is one pass over it
        for (int i = 0; i < x.size(); i++) s.query[x.id(i)] = x.weight(i);
        Candidate[] best = new Candidate[MAX_RELATED];
        int kept = 0;
        double scale = Math.pow(10, SCORE_DIGITS);
        for (int other : shortlist) {
            SparseVector y = vectors.vector(other);
            double sc = 0;
            for (int i = 0; i < y.size(); i++) sc += s.query[y.id(i)] * y.weight(i);
            if (sc < MIN_SCORE) continue;
            long rounded = Math.round(sc * scale);
            if (kept == MAX_RELATED && rounded < best[MAX_RELATED - 1].score) continue;
            int shared = Long.bitCount(topics[d] & topics[other]);
            Candidate c = new Candidate(other, rounded, shared, papers.get(other).paper().slug());
            if (kept == MAX_RELATED && ORDER.compare(c, best[MAX_RELATED - 1]) >= 0) continue;
            int at = kept < MAX_RELATED ? kept++ : MAX_RELATED - 1;
            while (at > 0 && ORDER.compare(c, best[at - 1]) < 0) {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = c;
        }
        for (int i = 0; i < x.size(); i++) s.query[x.id(i)] = 0;
        List<Integer> out = new ArrayList<>(kept);
        for (int i = 0; i < kept; i++) out.add(best[i].doc);
        return List.copyOf(out);
    }

    /**
     * The {@code k} touched papers of highest partial score (ties: lower index), clearing the scratch
     * scores as it goes; a bounded insertion, since k is small and most candidates fall out at once.
     */
    private static int[] shortlist(Scratch s, int k) {
        int[] keep = new int[Math.min(k, s.count)];
        double[] keepScore = new double[keep.length];
        int kept = 0;
        for (int i = 0; i < s.count; i++) {
            int other = s.touched[i];
            double sc = s.score[other];
            s.score[other] = 0;
            if (kept == keep.length && (sc < keepScore[kept - 1] || sc == keepScore[kept - 1] && other > keep[kept - 1])) continue;
            int at = kept < keep.length ? kept++ : keep.length - 1;
            while (at > 0 && (sc > keepScore[at - 1] || sc == keepScore[at - 1] && other < keep[at - 1])) {
                keep[at] = keep[at - 1];
                keepScore[at] = keepScore[at - 1];
                at--;
            }
            keep[at] = other;
            keepScore[at] = sc;
        }
        return keep;
    }

    /** Best first: higher rounded score, then more shared topics, then slug. */
    private static final java.util.Comparator<Candidate> ORDER = (a, b) -> a.score != b.score ? Long.compare(b.score, a.score)
            : a.shared != b.shared ? Integer.compare(b.shared, a.shared) : a.slug.compareTo(b.slug);

    private record Candidate(int doc, long score, int shared, String slug) {
    }
}
