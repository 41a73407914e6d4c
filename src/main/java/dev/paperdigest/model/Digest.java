package dev.paperdigest.model;

import java.util.List;

/**
 * Everything the render stage needs: settings, topics in display order, the published papers with
 * their topics, sorted by slug, and each paper's related papers (indexes into {@code papers}, best first).
 */
public record Digest(SiteConfig site, List<Topic> topics, List<ClassifiedPaper> papers, List<List<Integer>> related) {
    public Digest {
        topics = List.copyOf(topics);
        papers = List.copyOf(papers);
        related = List.copyOf(related);
        if (related.size() != papers.size()) throw new IllegalArgumentException("one related list per paper");
    }

    /** The related papers of paper {@code i}, best first. */
    public List<ClassifiedPaper> relatedTo(int i) {
        return related.get(i).stream().map(papers::get).toList();
    }
}
