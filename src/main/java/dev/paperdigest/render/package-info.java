/**
 * The render stage: view models plus a theme's Freemarker templates to output files, pages rendered
 * in parallel and handed to an {@link dev.paperdigest.model.OutputSink} as soon as each is made.
 * Only this package imports Freemarker. Templates see plain view records ({@code SiteView},
 * {@code PaperView}, ...), never the pipeline's internals; every value is HTML-escaped by the
 * {@code .ftlh} output format except the abstract, which the load stage has already sanitised.
 */
package dev.paperdigest.render;
