/**
 * Reads the digest's settings ({@code content/site.yaml}) and topics ({@code content/topics.yaml})
 * into {@link dev.paperdigest.model.SiteConfig} and {@link dev.paperdigest.model.Topic} records,
 * reporting every problem with its position. The first stage of every build.
 */
package dev.paperdigest.config;
