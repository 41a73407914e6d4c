package dev.paperdigest.classify;

import dev.paperdigest.analysis.DocVectors;
import dev.paperdigest.model.Paper;
import dev.paperdigest.model.Topic;
import dev.paperdigest.model.TopicAssignment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * k-fold cross-validation of the classifier over the curated papers: each paper is classified by a
 * model trained on the other folds. Folds are fixed (the i-th curated paper in slug order goes to
 * fold i mod k), so the same content gives the same figures.
 */
public final class Evaluation {
    /** Per topic: how often it was predicted as primary, and how often rightly. */
    public record TopicStats(String topicId, int actual, int predicted, int correct) {
        public double precision() {
            return predicted == 0 ? 0 : (double) correct / predicted;
        }

        public double recall() {
            return actual == 0 ? 0 : (double) correct / actual;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** A confusion: papers whose curated primary is {@code actual} predicted as {@code predicted}, outside their topics. */
    public record Confusion(String actual, String predicted, int count) {
    }

    /** The figures of one evaluation. */
    public record Result(int folds, int papers, int top1, int inCurated, List<TopicStats> topics,
                         List<Confusion> confusions) {
        public double top1Accuracy() {
            return papers == 0 ? 0 : (double) top1 / papers;
        }

        public double inCuratedAccuracy() {
            return papers == 0 ? 0 : (double) inCurated / papers;
        }

        /** The report {@code topics evaluate} prints. */
        public String format() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "%d-fold cross-validation over %d curated papers%n", folds, papers));
            sb.append(String.format(Locale.ROOT, "top-1 accuracy (predicted primary = curated primary): %.3f (%d/%d)%n",
                    top1Accuracy(), top1, papers));
            sb.append(String.format(Locale.ROOT, "primary in curated topics accuracy:                   %.3f (%d/%d)%n",
                    inCuratedAccuracy(), inCurated, papers));
            sb.append(String.format(Locale.ROOT, "%n%-20s %9s %9s %9s %7s%n", "topic", "precision", "recall", "f1", "papers"));
            for (TopicStats t : topics) {
                sb.append(String.format(Locale.ROOT, "%-20s %9.3f %9.3f %9.3f %7d%n", t.topicId(), t.precision(),
                        t.recall(), t.f1(), t.actual()));
            }
            sb.append(String.format(Locale.ROOT, "%nconfusions that cost most (curated primary -> predicted, outside the curated topics):%n"));
            if (confusions.isEmpty()) sb.append("  none\n");
            for (Confusion c : confusions) {
                sb.append(String.format(Locale.ROOT, "  %-20s -> %-20s %d%n", c.actual(), c.predicted(), c.count()));
            }
            return sb.toString();
        }
    }

    private Evaluation() {
    }

    /** @param papers in the order of {@code vectors} */
    public static Result run(List<Topic> topics, DocVectors vectors, List<Paper> papers, int folds) {
        List<Integer> curated = new ArrayList<>();
        for (int d = 0; d < papers.size(); d++) if (!papers.get(d).topics().isEmpty()) curated.add(d);
        curated.sort((a, b) -> papers.get(a).slug().compareTo(papers.get(b).slug()));
        int k = Math.max(2, Math.min(folds, curated.size()));
        Map<Integer, Integer> foldOf = new HashMap<>();
        for (int i = 0; i < curated.size(); i++) foldOf.put(curated.get(i), i % k);
        Map<String, int[]> stats = new TreeMap<>();
        for (Topic t : topics) stats.put(t.id(), new int[3]);
        Map<String, Integer> confusion = new TreeMap<>();
        int top1 = 0;
        int inCurated = 0;
        for (int f = 0; f < k; f++) {
            final int fold = f;
            TopicClassifier model = TopicClassifier.train(topics, vectors, papers,
                    d -> !foldOf.containsKey(d) || foldOf.get(d) != fold);
            for (int d : curated) {
                if (foldOf.get(d) != fold) continue;
                List<String> truth = papers.get(d).topics();
                TopicAssignment a = model.classify(d);
                String predicted = a.primary();
                stats.get(truth.get(0))[0]++;
                stats.get(predicted)[1]++;
                if (predicted.equals(truth.get(0))) {
                    top1++;
                    stats.get(predicted)[2]++;
                }
                if (truth.contains(predicted)) inCurated++;
                else confusion.merge(truth.get(0) + "\u0000" + predicted, 1, Integer::sum);
            }
        }
        List<TopicStats> topicStats = new ArrayList<>();
        for (Topic t : topics) {
            int[] s = stats.get(t.id());
            topicStats.add(new TopicStats(t.id(), s[0], s[1], s[2]));
        }
        List<Confusion> confusions = new ArrayList<>();
        confusion.forEach((key, n) -> {
            String[] parts = key.split("\u0000");
            confusions.add(new Confusion(parts[0], parts[1], n));
        });
        confusions.sort((a, b) -> a.count() != b.count() ? Integer.compare(b.count(), a.count())
                : (a.actual() + a.predicted()).compareTo(b.actual() + b.predicted()));
        return new Result(k, curated.size(), top1, inCurated, topicStats,
                List.copyOf(confusions.subList(0, Math.min(8, confusions.size()))));
    }
}
