package dev.paperdigest.related;

import dev.paperdigest.analysis.DocVectors;
import dev.paperdigest.analysis.SparseVector;
import dev.paperdigest.model.ClassifiedPaper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Related papers against brute force: every pair's full cosine, the same rounding and tie-breaks. */
class RelatedRecallTest {
    /** The exact top {@link RelatedPapers#MAX_RELATED} of every paper, by comparing it with all others. */
    static List<List<Integer>> bruteForce(DocVectors v, List<ClassifiedPaper> papers) {
        double scale = Math.pow(10, RelatedPapers.SCORE_DIGITS);
        return IntStream.range(0, v.size()).parallel().mapToObj(d -> {
            SparseVector x = v.vector(d);
            List<long[]> all = new ArrayList<>();
            for (int o = 0; o < v.size(); o++) {
                if (o == d) continue;
                double sc = x.dot(v.vector(o));
                if (sc < RelatedPapers.MIN_SCORE) continue;
                List<String> a = papers.get(d).topics().topicIds();
                long shared = papers.get(o).topics().topicIds().stream().filter(a::contains).count();
                all.add(new long[] {Math.round(sc * scale), shared, o});
            }
            all.sort(Comparator.<long[]>comparingLong(e -> -e[0]).thenComparingLong(e -> -e[1])
                    .thenComparing(e -> papers.get((int) e[2]).paper().slug()));
            return all.stream().limit(RelatedPapers.MAX_RELATED).map(e -> (int) e[2]).toList();
        }).toList();
    }

    /** The share of the brute-force lists' papers that the fast lists hold. */
    static double recall(List<List<Integer>> fast, List<List<Integer>> exact) {
        long want = 0;
        long got = 0;
        for (int d = 0; d < exact.size(); d++) {
            want += exact.get(d).size();
            for (int o : exact.get(d)) if (fast.get(d).contains(o)) got++;
        }
        return want == 0 ? 1 : (double) got / want;
    }

    /** Abstracts of words drawn from a Zipf-like vocabulary, in themes, so papers share words unevenly. */
    static List<ClassifiedPaper> corpus(int n, long seed) {
        Random r = new Random(seed);
        List<ClassifiedPaper> ps = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int theme = r.nextInt(40);
            StringBuilder text = new StringBuilder();
            StringBuilder title = new StringBuilder();
            for (int w = 0; w < 90; w++) {
                int rank = (int) Math.floor(Math.pow(r.nextDouble(), 2.2) * 3000);
                String word = r.nextInt(3) == 0 ? "th" + theme + "w" + (rank % 60) : "w" + rank;
                text.append(word).append(' ');
                if (w < 6) title.append(word).append(' ');
            }
            ps.add(RelatedPapersTest.paper(String.format("p%05d", i), title.toString(), text.toString(), "t" + (theme % 8)));
        }
        return ps;
    }

    @Test
    void agreesWithBruteForceOnTheirShortLists() {
        List<ClassifiedPaper> ps = corpus(3000, 7);
        DocVectors v = RelatedPapersTest.vectors(ps);
        List<List<Integer>> fast = RelatedPapers.compute(v, ps);
        List<List<Integer>> exact = bruteForce(v, ps);
        double recall = recall(fast, exact);
        System.out.printf("related papers: %.4f of the brute-force top %d on %d generated papers%n",
                recall, RelatedPapers.MAX_RELATED, ps.size());
        assertTrue(recall >= 0.95, "recall " + recall);
        // where a fast list names a paper, its place agrees with the exact order among the ones both name
        for (int d = 0; d < ps.size(); d++) {
            List<Integer> f = fast.get(d);
            List<Integer> e = exact.get(d).stream().filter(f::contains).toList();
            assertEquals(e, f.stream().filter(e::contains).toList(), "order for " + d);
        }
    }

    /**
     * The figure on a real digest (not run by default: {@code -Drelated.digest=DIR}, say the 10,000
     * real papers of {@code ../shared/corpus} through its to_digest.py); papers without topics are
     * tie-broken as sharing none.
     */
    @Test
    void onARealDigest() {
        String dir = System.getProperty("related.digest");
        org.junit.jupiter.api.Assumptions.assumeTrue(dir != null, "set -Drelated.digest=DIR to measure a real digest");
        java.nio.file.Path content = java.nio.file.Path.of(dir, "content");
        dev.paperdigest.diag.Diagnostics diags = new dev.paperdigest.diag.Diagnostics();
        List<dev.paperdigest.model.Topic> topics = dev.paperdigest.config.ConfigLoader.load(content, "content", diags).topics();
        List<dev.paperdigest.model.Paper> loaded = dev.paperdigest.load.ContentLoader.load(content, "content", topics, diags);
        List<ClassifiedPaper> ps = loaded.stream().map(p -> new ClassifiedPaper(p, dev.paperdigest.model.TopicAssignment.curated(
                p.topics().isEmpty() ? List.of("none") : p.topics()))).toList();
        DocVectors v = DocVectors.of(ps.stream().map(c -> new DocVectors.Doc(c.paper().title(), c.paper().abstractText())).toList());
        List<List<Integer>> fast = null;
        List<Long> ms = new ArrayList<>();
        for (int run = 0; run < 5; run++) {
            long t0 = System.nanoTime();
            fast = RelatedPapers.compute(v, ps);
            ms.add((System.nanoTime() - t0) / 1_000_000);
        }
        System.out.printf("related papers on %s: %d papers, compute runs %s ms%n", dir, ps.size(), ms);
        if (Boolean.parseBoolean(System.getProperty("related.exact", "true"))) {
            long t1 = System.nanoTime();
            List<List<Integer>> exact = bruteForce(v, ps);
            System.out.printf("related papers on %s: %.4f of the brute-force top %d (brute force %d ms)%n",
                    dir, recall(fast, exact), RelatedPapers.MAX_RELATED, (System.nanoTime() - t1) / 1_000_000);
        }
    }
}
