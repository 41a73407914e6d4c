/**
 * Markdown to safe HTML: flexmark renders CommonMark, then jsoup's {@link org.jsoup.safety.Safelist}
 * removes every element and attribute not on the list (scripts, event handlers, {@code javascript:}
 * links). Only this package imports flexmark.
 */
package dev.paperdigest.markdown;
