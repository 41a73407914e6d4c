/**
 * The classify stage: gives every paper its topics. Curated topics are used as written; a paper
 * without them is scored against each topic's {@code keywords} and filed under the best 1-3 topics,
 * so no paper is ever left without one.
 */
package dev.paperdigest.classify;
