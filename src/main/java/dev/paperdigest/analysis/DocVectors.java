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
    private final List<List<String>> titleTerms;
    private final List<List<String>> bodyTerms;

    private DocVectors(List<String> vocabulary, Map<String, Integer> termIds, double[] idf,
                       List<SparseVector> vectors, List<List<String>> titleTerms, List<List<String>> bodyTerms) {
        this.vocabulary = vocabulary;
        this.termIds = termIds;
        this.idf = idf;
        this.vectors = vectors;
        this.titleTerms = titleTerms;
        this.bodyTerms = bodyTerms;
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
        List<List<String>> titleTerms = docs.parallelStream().map(d -> analyse.apply(d.title())).toList();
        List<List<String>> bodyTerms = docs.parallelStream().map(d -> analyse.apply(d.text())).toList();
        // Vocabulary in sorted order so term ids, and everything built on them, are the same every run.
        Map<String, Integer> df = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            java.util.Set<String> seen = new java.util.HashSet<>(titleTerms.get(i));
            seen.addAll(bodyTerms.get(i));
            for (String t : seen) df.merge(t, 1, Integer::sum);
        }
        List<String> vocab = new ArrayList<>(df.keySet());
        vocab.sort(null);
        Map<String, Integer> ids = new HashMap<>(vocab.size() * 2);
        for (int i = 0; i < vocab.size(); i++) ids.put(vocab.get(i), i);
        double n = docs.size();
        double[] idf = new double[vocab.size()];
        for (int i = 0; i < idf.length; i++) idf[i] = Math.log((n + 1) / (df.get(vocab.get(i)) + 0.5));
        List<List<String>> all = new ArrayList<>(docs.size());
        for (int i = 0; i < docs.size(); i++) {
            List<String> t = new ArrayList<>();
            for (int k = 0; k < TITLE_WEIGHT; k++) t.addAll(titleTerms.get(i));
            t.addAll(bodyTerms.get(i));
            all.add(t);
        }
        List<SparseVector> vectors = IntStream.range(0, docs.size()).parallel()
                .mapToObj(i -> weigh(all.get(i), ids, idf)).toList();
        return new DocVectors(List.copyOf(vocab), ids, idf, vectors, titleTerms, bodyTerms);
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
        return titleTerms.get(doc);
    }

    /** The analysed terms of a document's text, in order. */
    public List<String> bodyTerms(int doc) {
        return bodyTerms.get(doc);
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
