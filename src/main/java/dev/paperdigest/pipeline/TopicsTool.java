package dev.paperdigest.pipeline;

import dev.paperdigest.analysis.DocVectors;
import dev.paperdigest.classify.Evaluation;
import dev.paperdigest.classify.TopicClassifier;
import dev.paperdigest.config.ConfigLoader;
import dev.paperdigest.config.DigestConfig;
import dev.paperdigest.diag.Diagnostics;
import dev.paperdigest.diag.SourcePos;
import dev.paperdigest.load.ContentLoader;
import dev.paperdigest.model.Paper;
import dev.paperdigest.model.Topic;
import dev.paperdigest.model.TopicAssignment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the {@code topics} verb asks of the pipeline: the stages up to classify, run on the digest,
 * and the classifier's answers for people (explain, evaluate, review, the suggestion to accept).
 */
public final class TopicsTool {
    private final List<Topic> topics;
    private final List<Paper> papers;
    private final DocVectors vectors;
    private final Path root;

    private TopicsTool(Path root, List<Topic> topics, List<Paper> papers, DocVectors vectors) {
        this.root = root;
        this.topics = topics;
        this.papers = papers;
        this.vectors = vectors;
    }

    /** Reads the digest (drafts included); empty, with the problems in {@code diags}, when it has errors. */
    public static Optional<TopicsTool> open(Path root, Diagnostics diags) {
        BuildOptions o = new BuildOptions(root, root.resolve("site"), null, true);
        DigestConfig config = ConfigLoader.load(o.contentDir(), BuildOptions.CONTENT_DIR, diags);
        if (config.topics().isEmpty() || diags.hasErrors()) return Optional.empty();
        List<Paper> papers = ContentLoader.load(o.contentDir(), BuildOptions.CONTENT_DIR, config.topics(), diags);
        if (diags.hasErrors()) return Optional.empty();
        return Optional.of(new TopicsTool(root, config.topics(), papers, Build.vectorsOf(papers)));
    }

    /** {@code topics evaluate}: the cross-validation report. */
    public String evaluate(int folds) {
        return Evaluation.run(topics, vectors, papers, folds).format();
    }

    /** The paper named by slug or by its file path, or an error in {@code diags}. */
    public Optional<Integer> find(String slugOrFile, Diagnostics diags) {
        String name = Path.of(slugOrFile).getFileName().toString();
        String slug = name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
        for (int d = 0; d < papers.size(); d++) if (papers.get(d).slug().equals(slug)) return Optional.of(d);
        diags.error(SourcePos.of(slugOrFile), "no paper '" + slug + "' in " + BuildOptions.CONTENT_DIR + "/papers/",
                "give a slug (the file name without .md) or the file's path");
        return Optional.empty();
    }

    public Paper paper(int d) {
        return papers.get(d);
    }

    /** The file of paper {@code d}. */
    public Path file(int d) {
        return root.resolve(papers.get(d).source());
    }

    /** The classifier's assignment for paper {@code d}, trained on every other curated paper. */
    public TopicAssignment suggest(int d) {
        return TopicClassifier.train(topics, vectors, papers, i -> i != d).classify(d);
    }

    /** {@code topics explain}: every topic's score for paper {@code d}, best first, with its evidence. */
    public String explain(int d) {
        Paper p = papers.get(d);
        TopicClassifier model = TopicClassifier.train(topics, vectors, papers, i -> i != d);
        TopicAssignment a = model.classify(d);
        StringBuilder sb = new StringBuilder();
        sb.append(p.source()).append(": ").append(p.title()).append('\n');
        sb.append("curated topics: ").append(p.topics().isEmpty() ? "none" : String.join(", ", p.topics())).append('\n');
        sb.append("classifier:     ").append(String.join(", ", a.topicIds()))
                .append(a.lowConfidence() ? " (low confidence)" : "").append('\n');
        sb.append("(the classifier is trained on the other curated papers, so a curated paper is not its own evidence)\n\n");
        List<TopicAssignment.Evidence> scores = new ArrayList<>(model.scores(d));
        scores.sort(Comparator.comparingDouble(TopicAssignment.Evidence::score).reversed()
                .thenComparing(e -> topicIndex(e.topicId())));
        for (TopicAssignment.Evidence e : scores) {
            sb.append(String.format(Locale.ROOT, "%6.3f  %-20s", e.score(), e.topicId()));
            if (!e.keywords().isEmpty()) sb.append(" keywords: ").append(String.join(", ", e.keywords())).append(';');
            if (!e.terms().isEmpty()) sb.append(" terms: ").append(String.join(", ", e.terms()));
            sb.append('\n');
        }
        return sb.toString();
    }

    private int topicIndex(String id) {
        for (int i = 0; i < topics.size(); i++) if (topics.get(i).id().equals(id)) return i;
        return topics.size();
    }

    /** {@code topics review}: papers without curated topics, least confident first. */
    public String review() {
        TopicClassifier model = TopicClassifier.train(topics, vectors, papers, i -> true);
        record Row(double score, String slug, TopicAssignment a) {
        }
        List<Row> rows = new ArrayList<>();
        for (int d = 0; d < papers.size(); d++) {
            if (!papers.get(d).topics().isEmpty()) continue;
            TopicAssignment a = model.classify(d);
            rows.add(new Row(a.evidence().get(0).score(), papers.get(d).slug(), a));
        }
        rows.sort(Comparator.comparingDouble(Row::score).thenComparing(Row::slug));
        StringBuilder sb = new StringBuilder();
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "%6.3f  %-60s %s%s%n", r.score(), r.slug(),
                    String.join(", ", r.a().topicIds()), r.a().lowConfidence() ? "  (low confidence)" : ""));
        }
        sb.append(rows.size()).append(rows.size() == 1 ? " paper" : " papers")
                .append(" with suggested topics; accept one with: topics accept <slug>\n");
        return sb.toString();
    }
}
