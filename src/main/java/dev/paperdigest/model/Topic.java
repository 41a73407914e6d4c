package dev.paperdigest.model;

import java.util.List;

/**
 * A topic of the digest, from {@code content/topics.yaml}, in display order.
 *
 * @param keywords phrases the classifier looks for in the title and abstract of uncurated papers
 */
public record Topic(String id, String name, String description, List<String> keywords) {
    public Topic {
        keywords = List.copyOf(keywords);
        description = description == null ? "" : description;
    }
}
