package dev.paperdigest.model;

/** A paper with the topics it is filed under. */
public record ClassifiedPaper(Paper paper, TopicAssignment topics) {
}
