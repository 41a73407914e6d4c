package dev.paperdigest.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * TF-IDF vectors of a set of documents (title and abstract of each paper), L2-normalised, sparse,
 * with term ids sorted. Title terms count {@value #TITLE_WEIGHT} times: a title says what a paper is
 * about more densely than its abstract. Built in one parallel pass; immutable afterwards.
 */
public final class DocVectors {
    public static final int TITLE_WEIGHT = 3;

    private final List<String> vocabulary;
    private final Map<String, Integer> termIds;
    private final double[] idf;
    private final List<SparseVector> vectors;
    private final int[][] titleIds;
    private final int[][] bodyIds;

    private DocVectors(List<String> vocabulary, Map<String, Integer> termIds, double[] idf,
                       List<SparseVector> vectors, int[][] titleIds, int[][] bodyIds) {
        this.vocabulary = vocabulary;
        this.termIds = termIds;
        this.idf = idf;
        this.vectors = vectors;
        this.titleIds = titleIds;
        this.bodyIds = bodyIds;
    }

    /** One document: its title and its text. */
    public record Doc(String title, String text) {
    }

    public static DocVectors of(List<Doc> docs) {
        return of(docs, null);
    }

    /**
     * As {@link #of(List)}, taking the analysed terms of documents seen before from {@code cache} (and
     * adding the new ones), so a rebuild analyses only changed papers. {@code cache} may be null.
     */
    public static DocVectors of(List<Doc> docs, java.util.concurrent.ConcurrentMap<String, List<String>> cache) {
        java.util.function.Function<String, List<String>> analyse = cache == null ? TextAnalyzer::terms
                : text -> cache.computeIfAbsent(text, TextAnalyzer::terms);
        int n = docs.size();
        @SuppressWarnings("unchecked")
        List<String>[] titles = new List[n];
        @SuppressWarnings("unchecked")
        List<String>[] bodies = new List[n];
        IntStream.range(0, n).parallel().forEach(i -> {
            titles[i] = analyse.apply(docs.get(i).title());
            bodies[i] = analyse.apply(docs.get(i).text());
        });
        List<List<String>> titleTerms = Arrays.asList(titles);
        List<List<String>> bodyTerms = Arrays.asList(bodies);
        // Vocabulary in sorted order so term ids, and everything built on them, are the same every run.
        java.util.Set<String> distinct = java.util.concurrent.ConcurrentHashMap.newKeySet();
        IntStream.range(0, n).parallel().forEach(i -> {
            distinct.addAll(titleTerms.get(i));
            distinct.addAll(bodyTerms.get(i));
        });
        List<String> vocab = new ArrayList<>(distinct);
        vocab.sort(null);
        Map<String, Integer> ids = new HashMap<>(vocab.size() * 2);
        for (int i = 0; i < vocab.size(); i++) ids.put(vocab.get(i), i);
        int[][] titleIds = new int[n][];
        int[][] bodyIds = new int[n][];
        int[][] unique = new int[n][];
        IntStream.range(0, n).parallel().forEach(i -> {
            titleIds[i] = toIds(titleTerms.get(i), ids);
            bodyIds[i] = toIds(bodyTerms.get(i), ids);
            int[] both = new int[titleIds[i].length + bodyIds[i].length];
            System.arraycopy(titleIds[i], 0, both, 0, titleIds[i].length);
            System.arraycopy(bodyIds[i], 0, both, titleIds[i].length, bodyIds[i].length);
            Arrays.sort(both);
            unique[i] = Arrays.copyOf(both, distinctSorted(both));
        });
        int[] df = new int[vocab.size()];
        for (int[] u : unique) for (int id : u) df[id]++;
        double[] idf = new double[vocab.size()];
        for (int i = 0; i < idf.length; i++) idf[i] = Math.log((n + 1.0) / (df[i] + 0.5));
        List<SparseVector> vectors = IntStream.range(0, n).parallel()
                .mapToObj(i -> weigh(titleIds[i], bodyIds[i], idf)).toList();
        return new DocVectors(List.copyOf(vocab), ids, idf, vectors, titleIds, bodyIds);
    }

    private static int[] toIds(List<String> terms, Map<String, Integer> ids) {
        int[] out = new int[terms.size()];
        for (int k = 0; k < out.length; k++) out[k] = ids.get(terms.get(k));
        return out;
    }

    /** Moves the distinct values of a sorted array to its front; returns how many there are. */
    private static int distinctSorted(int[] sorted) {
        int m = 0;
        for (int k = 0; k < sorted.length; k++) {
            if (k == 0 || sorted[k] != sorted[k - 1]) sorted[m++] = sorted[k];
        }
        return m;
    }

    /** Log-scaled term frequency times idf, normalised to length 1; title terms count {@value #TITLE_WEIGHT} times. */
    private static SparseVector weigh(int[] title, int[] body, double[] idf) {
        int[] all = new int[title.length * TITLE_WEIGHT + body.length];
        int m = 0;
        for (int k = 0; k < TITLE_WEIGHT; k++) {
            System.arraycopy(title, 0, all, m, title.length);
            m += title.length;
        }
        System.arraycopy(body, 0, all, m, body.length);
        Arrays.sort(all);
        int[] keys = new int[all.length];
        double[] w = new double[all.length];
        int distinct = 0;
        for (int k = 0; k < all.length; ) {
            int id = all[k];
            int run = k;
            while (run < all.length && all[run] == id) run++;
            keys[distinct] = id;
            w[distinct++] = (1 + Math.log(run - k)) * idf[id];
            k = run;
        }
        return SparseVector.normalised(Arrays.copyOf(keys, distinct), Arrays.copyOf(w, distinct));
    }

    /** Log-scaled term frequency times idf, normalised to length 1. */
    private static SparseVector weigh(List<String> terms, Map<String, Integer> ids, double[] idf) {
        Map<Integer, Integer> tf = new HashMap<>();
        for (String t : terms) {
            Integer id = ids.get(t);
            if (id != null) tf.merge(id, 1, Integer::sum);
        }
        int[] keys = tf.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        double[] w = new double[keys.length];
        for (int k = 0; k < keys.length; k++) w[k] = (1 + Math.log(tf.get(keys[k]))) * idf[keys[k]];
        return SparseVector.normalised(keys, w);
    }

    /** A vector for text outside the set (keywords, a query), with this set's vocabulary and idf. */
    public SparseVector vectorOf(List<String> terms) {
        return weigh(terms, termIds, idf);
    }

    public int size() {
        return vectors.size();
    }

    public SparseVector vector(int doc) {
        return vectors.get(doc);
    }

    /** The analysed terms of a document's title, in order. */
    public List<String> titleTerms(int doc) {
        return terms(titleIds[doc]);
    }

    /** The analysed terms of a document's text, in order. */
    public List<String> bodyTerms(int doc) {
        return terms(bodyIds[doc]);
    }

    /** The term ids of a document's title, in order (a copy). */
    public int[] titleIds(int doc) {
        return titleIds[doc].clone();
    }

    /** The term ids of a document's text, in order (a copy). */
    public int[] bodyIds(int doc) {
        return bodyIds[doc].clone();
    }

    private List<String> terms(int[] termIds) {
        return new java.util.AbstractList<>() {
            @Override
            public String get(int i) {
                return vocabulary.get(termIds[i]);
            }

            @Override
            public int size() {
                return termIds.length;
            }
        };
    }

    /** The id of an analysed term, or -1 when no document has it. */
    public int termId(String term) {
        Integer id = termIds.get(term);
        return id == null ? -1 : id;
    }

    public String term(int id) {
        return vocabulary.get(id);
    }

    public int vocabularySize() {
        return vocabulary.size();
    }

    public double idf(int id) {
        return idf[id];
    }

    @Override
    public String toString() {
        return "DocVectors[" + vectors.size() + " docs, " + vocabulary.size() + " terms, idf " + Arrays.hashCode(idf) + "]";
    }
}
