/**
 * The immutable records passed between pipeline stages: {@link dev.paperdigest.model.Paper},
 * {@link dev.paperdigest.model.Topic}, {@link dev.paperdigest.model.TopicAssignment},
 * {@link dev.paperdigest.model.Digest} and {@link dev.paperdigest.model.OutputFile}.
 * No behaviour beyond validation and small derived values; depends only on the JDK.
 */
package dev.paperdigest.model;
