package dev.paperdigest.config;

import dev.paperdigest.model.SiteConfig;
import dev.paperdigest.model.Topic;

import java.util.List;

/** The settings and topics of a digest, as read by {@link ConfigLoader}. */
public record DigestConfig(SiteConfig site, List<Topic> topics) {
    public DigestConfig {
        topics = List.copyOf(topics);
    }
}
