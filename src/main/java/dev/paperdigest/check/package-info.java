/**
 * {@code check}: verifies a built site as a reader and a crawler would meet it: every internal link
 * and {@code #anchor} resolves, nothing points outside the base path, no paper is there twice, no
 * topic is empty, and every paper is reachable from its topic pages and from search. Reads files
 * only; depends on nothing but the site folder (and jsoup to read HTML).
 */
package dev.paperdigest.check;
