package dev.paperdigest.related;

import dev.paperdigest.analysis.DocVectors;
import dev.paperdigest.analysis.SparseVector;
import dev.paperdigest.model.ClassifiedPaper;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Related papers without comparing every pair. Each paper is looked up by its {@value #QUERY_TERMS}
 * strongest terms in an inverted index that keeps, per term, only the {@value #POSTINGS_PER_TERM}
 * papers where that term weighs most; candidates are scored by the dot product over those terms.
 * Cost: papers x query terms x postings, linear in the number of papers. Scores are compared at
 * {@value #SCORE_DIGITS} decimals, so near-ties go to the paper sharing more topics, then by slug.
 */
public final class RelatedPapers {
    public static final int MAX_RELATED = 5;
    static final int QUERY_TERMS = 24;
    static final int POSTINGS_PER_TERM = 256;
    static final int SCORE_DIGITS = 2;
    static final double MIN_SCORE = 0.02;

    private RelatedPapers() {
    }

    /** For each paper (same order as {@code papers} and {@code vectors}), the indexes of its related papers, best first. */
    public static List<List<Integer>> compute(DocVectors vectors, List<ClassifiedPaper> papers) {
        int n = papers.size();
        int[][] postings = index(vectors);
        List<Set<String>> topics = papers.stream().map(p -> (Set<String>) new HashSet<>(p.topics().topicIds())).toList();
        return IntStream.range(0, n).parallel().mapToObj(d -> related(d, vectors, postings, papers, topics)).toList();
    }

    /** Per term, the papers where it weighs most (at most {@value #POSTINGS_PER_TERM}), by paper index. */
    static int[][] index(DocVectors vectors) {
        int v = vectors.vocabularySize();
        int[] count = new int[v];
        for (int d = 0; d < vectors.size(); d++) {
            SparseVector x = vectors.vector(d);
            for (int i = 0; i < x.size(); i++) count[x.id(i)]++;
        }
        int[][] docs = new int[v][];
        double[][] weights = new double[v][];
        for (int t = 0; t < v; t++) {
            docs[t] = new int[count[t]];
            weights[t] = new double[count[t]];
        }
        int[] fill = new int[v];
        for (int d = 0; d < vectors.size(); d++) {
            SparseVector x = vectors.vector(d);
            for (int i = 0; i < x.size(); i++) {
                int t = x.id(i);
                docs[t][fill[t]] = d;
                weights[t][fill[t]++] = x.weight(i);
            }
        }
        int[][] capped = new int[v][];
        IntStream.range(0, v).parallel().forEach(t -> {
            if (docs[t].length <= POSTINGS_PER_TERM) {
                capped[t] = docs[t];
                return;
            }
            Integer[] order = new Integer[docs[t].length];
            for (int i = 0; i < order.length; i++) order[i] = i;
            Arrays.sort(order, (a, b) -> weights[t][a] != weights[t][b] ? Double.compare(weights[t][b], weights[t][a])
                    : Integer.compare(docs[t][a], docs[t][b]));
            int[] keep = new int[POSTINGS_PER_TERM];
            for (int i = 0; i < keep.length; i++) keep[i] = docs[t][order[i]];
            capped[t] = keep;
        });
        return capped;
    }

    private static List<Integer> related(int d, DocVectors vectors, int[][] postings, List<ClassifiedPaper> papers,
                                         List<Set<String>> topics) {
        SparseVector x = vectors.vector(d);
        int[] strongest = x.byWeight();
        java.util.Map<Integer, Double> score = new java.util.HashMap<>();
        for (int q = 0; q < Math.min(QUERY_TERMS, strongest.length); q++) {
            int term = x.id(strongest[q]);
            double w = x.weight(strongest[q]);
            for (int other : postings[term]) {
                if (other != d) score.merge(other, w * vectors.vector(other).get(term), Double::sum);
            }
        }
        List<Candidate> cands = new ArrayList<>(score.size());
        double scale = Math.pow(10, SCORE_DIGITS);
        score.forEach((other, s) -> {
            if (s < MIN_SCORE) return;
            int shared = 0;
            for (String t : topics.get(other)) if (topics.get(d).contains(t)) shared++;
            cands.add(new Candidate(other, Math.round(s * scale), shared, papers.get(other).paper().slug()));
        });
        cands.sort((a, b) -> a.score != b.score ? Long.compare(b.score, a.score)
                : a.shared != b.shared ? Integer.compare(b.shared, a.shared) : a.slug.compareTo(b.slug));
        List<Integer> out = new ArrayList<>(MAX_RELATED);
        for (int i = 0; i < Math.min(MAX_RELATED, cands.size()); i++) out.add(cands.get(i).doc);
        return List.copyOf(out);
    }

    private record Candidate(int doc, long score, int shared, String slug) {
    }
}
