package dev.paperdigest.classify;

import dev.paperdigest.analysis.DocVectors;
import dev.paperdigest.analysis.SparseVector;
import dev.paperdigest.analysis.TextAnalyzer;
import dev.paperdigest.model.Paper;
import dev.paperdigest.model.Topic;
import dev.paperdigest.model.TopicAssignment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Files papers under topics by what the curator has already filed: each topic is the centroid of
 * the TF-IDF vectors of its curated papers (primary topic counted fully, secondary ones
 * {@value #SECONDARY_WEIGHT}), plus its keywords and description as a pseudo-paper so a topic with
 * few curated papers still has a direction. A paper scores the cosine to each centroid plus a bonus
 * for the topic's keyword phrases found in it (a title match counts {@value #TITLE_MATCH}); the best
 * topic is primary, topics within {@value #SECONDARY_RATIO} of it are added, three at most.
 * Deterministic (ties go to the topic listed first) and thread-safe once trained.
 */
public final class TopicClassifier {
    static final double SECONDARY_WEIGHT = 0.5;
    static final double KEYWORD_DOC_WEIGHT = 2.0;
    static final double KEYWORD_BONUS = 0.25;
    static final double KEYWORD_SATURATION = 4.0;
    static final int TITLE_MATCH = 3;
    static final int MAX_BODY_MATCHES = 3;
    static final double SECONDARY_RATIO = 0.8;
    static final double LOW_CONFIDENCE = 0.12;
    static final int REASON_TERMS = 5;
    public static final int MAX_TOPICS = 3;

    private final List<Topic> topics;
    private final DocVectors vectors;
    private final double[][] centroids;
    private final List<List<Keyword>> keywords;

    /** A keyword as written in topics.yaml, and its analysed terms. */
    private record Keyword(String text, List<String> terms) {
    }

    private TopicClassifier(List<Topic> topics, DocVectors vectors, double[][] centroids,
                            List<List<Keyword>> keywords) {
        this.topics = topics;
        this.vectors = vectors;
        this.centroids = centroids;
        this.keywords = keywords;
    }

    /**
     * Learns from the papers whose index passes {@code training} and that have curated topics.
     *
     * @param papers the papers in the order of {@code vectors}
     */
    public static TopicClassifier train(List<Topic> topics, DocVectors vectors, List<Paper> papers, IntPredicate training) {
        int v = vectors.vocabularySize();
        double[][] sums = new double[topics.size()][v];
        List<String> ids = topics.stream().map(Topic::id).toList();
        for (int d = 0; d < papers.size(); d++) {
            List<String> curated = papers.get(d).topics();
            if (curated.isEmpty() || !training.test(d)) continue;
            SparseVector x = vectors.vector(d);
            for (int k = 0; k < curated.size(); k++) {
                int t = ids.indexOf(curated.get(k));
                if (t < 0) continue;
                double w = k == 0 ? 1.0 : SECONDARY_WEIGHT;
                for (int i = 0; i < x.size(); i++) sums[t][x.id(i)] += w * x.weight(i);
            }
        }
        List<List<Keyword>> keywords = new ArrayList<>();
        for (int t = 0; t < topics.size(); t++) {
            Topic topic = topics.get(t);
            List<String> pseudo = new ArrayList<>(TextAnalyzer.terms(topic.name() + " " + topic.description()));
            List<Keyword> ks = new ArrayList<>();
            for (String k : topic.keywords()) {
                List<String> p = TextAnalyzer.terms(k);
                if (!p.isEmpty()) ks.add(new Keyword(k, p));
                pseudo.addAll(p);
            }
            keywords.add(List.copyOf(ks));
            SparseVector kv = vectors.vectorOf(pseudo);
            for (int i = 0; i < kv.size(); i++) sums[t][kv.id(i)] += KEYWORD_DOC_WEIGHT * kv.weight(i);
            normalise(sums[t]);
        }
        return new TopicClassifier(List.copyOf(topics), vectors, sums, List.copyOf(keywords));
    }

    private static void normalise(double[] x) {
        double n = 0;
        for (double w : x) n += w * w;
        n = Math.sqrt(n);
        if (n > 0) for (int i = 0; i < x.length; i++) x[i] /= n;
    }

    /** Every topic's score for document {@code doc}, in topics.yaml order, with its evidence. */
    public List<TopicAssignment.Evidence> scores(int doc) {
        SparseVector x = vectors.vector(doc);
        List<String> title = vectors.titleTerms(doc);
        List<String> body = vectors.bodyTerms(doc);
        List<TopicAssignment.Evidence> out = new ArrayList<>(topics.size());
        for (int t = 0; t < topics.size(); t++) {
            double cos = 0;
            for (int i = 0; i < x.size(); i++) cos += x.weight(i) * centroids[t][x.id(i)];
            double hits = 0;
            List<String> matched = new ArrayList<>();
            for (Keyword k : keywords.get(t)) {
                int inTitle = Phrases.count(title, k.terms(), 1);
                int inBody = Phrases.count(body, k.terms(), MAX_BODY_MATCHES);
                if (inTitle + inBody > 0) {
                    hits += inTitle * TITLE_MATCH + inBody;
                    matched.add(k.text());
                }
            }
            double score = cos + KEYWORD_BONUS * hits / (hits + KEYWORD_SATURATION);
            out.add(new TopicAssignment.Evidence(topics.get(t).id(), round(score), matched, topTerms(x, t)));
        }
        return out;
    }

    /** The terms of {@code x} that add most to its cosine with topic {@code t}. */
    private List<String> topTerms(SparseVector x, int t) {
        Integer[] order = new Integer[x.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        double[] c = centroids[t];
        java.util.Arrays.sort(order, (a, b) -> {
            double wa = x.weight(a) * c[x.id(a)];
            double wb = x.weight(b) * c[x.id(b)];
            return wa != wb ? Double.compare(wb, wa) : Integer.compare(x.id(a), x.id(b));
        });
        List<String> out = new ArrayList<>();
        for (int i = 0; i < order.length && out.size() < REASON_TERMS; i++) {
            if (x.weight(order[i]) * c[x.id(order[i])] <= 0) break;
            out.add(vectors.term(x.id(order[i])));
        }
        return out;
    }

    /** The best 1-3 topics for document {@code doc}, primary first. */
    public TopicAssignment classify(int doc) {
        List<TopicAssignment.Evidence> all = scores(doc);
        List<Integer> order = new ArrayList<>();
        for (int t = 0; t < all.size(); t++) order.add(t);
        order.sort(Comparator.comparingDouble((Integer t) -> all.get(t).score()).reversed().thenComparingInt(t -> t));
        TopicAssignment.Evidence best = all.get(order.get(0));
        List<String> ids = new ArrayList<>();
        List<TopicAssignment.Evidence> evidence = new ArrayList<>();
        for (int t : order) {
            TopicAssignment.Evidence e = all.get(t);
            if (ids.size() == MAX_TOPICS || (!ids.isEmpty() && (e.score() <= 0 || e.score() < best.score() * SECONDARY_RATIO))) break;
            ids.add(e.topicId());
            evidence.add(e);
        }
        return new TopicAssignment(ids, TopicAssignment.Source.AUTO, evidence, best.score() < LOW_CONFIDENCE);
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
