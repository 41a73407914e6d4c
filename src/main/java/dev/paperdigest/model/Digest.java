package dev.paperdigest.model;

import java.util.List;

/**
 * Everything the render stage needs: settings, topics in display order, and the published papers
 * with their topics, sorted by slug.
 */
public record Digest(SiteConfig site, List<Topic> topics, List<ClassifiedPaper> papers) {
    public Digest {
        topics = List.copyOf(topics);
        papers = List.copyOf(papers);
    }
}
