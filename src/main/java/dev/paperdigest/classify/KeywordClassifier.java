package dev.paperdigest.classify;

import dev.paperdigest.model.ClassifiedPaper;
import dev.paperdigest.model.Paper;
import dev.paperdigest.model.Topic;
import dev.paperdigest.model.TopicAssignment;
import dev.paperdigest.text.Tokens;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Files uncurated papers by keyword evidence. A keyword phrase found in the title counts
 * {@value #TITLE_WEIGHT}, each occurrence in the abstract counts 1 (up to {@value #MAX_PER_KEYWORD});
 * words of the topic's name and description count a little, so a topic with no keyword match can still
 * win on its vocabulary. Secondary topics need at least {@value #SECONDARY_RATIO} of the primary's
 * score. With no evidence at all, the paper goes to the first topic, marked low-confidence.
 * Thread-safe and deterministic: ties go to the topic listed first.
 */
public final class KeywordClassifier {
    static final double TITLE_WEIGHT = 3.0;
    static final int MAX_PER_KEYWORD = 3;
    static final double VOCABULARY_WEIGHT = 0.2;
    static final double SECONDARY_RATIO = 0.5;
    static final double CONFIDENT_SCORE = 2.0;

    private final List<Topic> topics;
    private final List<List<List<String>>> keywordStems;
    private final List<List<String>> vocabulary;

    public KeywordClassifier(List<Topic> topics) {
        if (topics.isEmpty()) throw new IllegalArgumentException("no topics");
        this.topics = List.copyOf(topics);
        this.keywordStems = topics.stream()
                .map(t -> t.keywords().stream().map(Tokens::stems).filter(s -> !s.isEmpty()).toList())
                .toList();
        this.vocabulary = topics.stream()
                .map(t -> Tokens.stems(t.name() + " " + t.description()).stream()
                        .filter(w -> w.length() > 3).distinct().toList())
                .toList();
    }

    /** The classify stage over all papers, in their order. */
    public List<ClassifiedPaper> classifyAll(List<Paper> papers) {
        return papers.parallelStream().map(p -> new ClassifiedPaper(p, assign(p))).toList();
    }

    public TopicAssignment assign(Paper paper) {
        return paper.topics().isEmpty() ? classify(paper.title(), paper.abstractText())
                : TopicAssignment.curated(paper.topics());
    }

    /** Scores the text against every topic and keeps the best 1-3. */
    public TopicAssignment classify(String title, String abstractText) {
        List<String> titleStems = Tokens.stems(title);
        List<String> bodyStems = Tokens.stems(abstractText);
        List<Scored> scored = new ArrayList<>();
        for (int t = 0; t < topics.size(); t++) {
            double score = 0;
            List<String> matched = new ArrayList<>();
            List<String> keywords = topics.get(t).keywords();
            for (int k = 0; k < keywordStems.get(t).size(); k++) {
                List<String> phrase = keywordStems.get(t).get(k);
                int inTitle = count(titleStems, phrase, 1);
                int inBody = count(bodyStems, phrase, MAX_PER_KEYWORD);
                if (inTitle + inBody > 0) {
                    score += inTitle * TITLE_WEIGHT + inBody;
                    matched.add(keywords.get(k));
                }
            }
            for (String w : vocabulary.get(t)) {
                if (titleStems.contains(w) || bodyStems.contains(w)) score += VOCABULARY_WEIGHT;
            }
            scored.add(new Scored(t, score, matched));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparingInt(Scored::index));
        Scored best = scored.get(0);
        List<String> ids = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        List<List<String>> reasons = new ArrayList<>();
        for (Scored s : scored) {
            boolean take = s == best || (s.score() > 0 && s.score() >= best.score() * SECONDARY_RATIO
                    && !s.matched().isEmpty());
            if (!take || ids.size() == 3) break;
            ids.add(topics.get(s.index()).id());
            scores.add(Math.round(s.score() * 100) / 100.0);
            reasons.add(s.matched());
        }
        return new TopicAssignment(ids, TopicAssignment.Source.AUTO, scores, reasons, best.score() < CONFIDENT_SCORE);
    }

    /** Occurrences of {@code phrase} in {@code words}, counted up to {@code cap}. */
    private static int count(List<String> words, List<String> phrase, int cap) {
        int n = 0;
        outer:
        for (int i = 0; i + phrase.size() <= words.size() && n < cap; i++) {
            for (int j = 0; j < phrase.size(); j++) {
                if (!words.get(i + j).equals(phrase.get(j))) continue outer;
            }
            n++;
        }
        return n;
    }

    private record Scored(int index, double score, List<String> matched) {
    }
}
