package dev.paperdigest.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * arXiv identifiers, the primary key of a paper: new style {@code 1512.03385} and old style
 * {@code hep-th/9901001}, always without the version suffix.
 */
public final class ArxivIds {
    private static final Pattern NEW = Pattern.compile("(\\d{4}\\.\\d{4,5})(v\\d+)?");
    private static final Pattern OLD = Pattern.compile("([a-z][a-z-]*(\\.[A-Z]{2})?/\\d{7})(v\\d+)?");
    private static final Pattern PREFIX = Pattern.compile(
            "(?i)^(arxiv:\\s*|https?://(www\\.|export\\.)?arxiv\\.org/(abs|pdf)/)");

    private ArxivIds() {
    }

    /**
     * The bare id of {@code s}, which may carry an {@code arXiv:} prefix, an abs/pdf URL, a
     * {@code .pdf} ending or a version; empty when it is no arXiv id.
     */
    public static Optional<String> normalise(String s) {
        if (s == null) return Optional.empty();
        String id = PREFIX.matcher(s.strip()).replaceFirst("");
        if (id.endsWith(".pdf")) id = id.substring(0, id.length() - 4);
        Matcher m = NEW.matcher(id);
        if (m.matches()) return Optional.of(m.group(1));
        m = OLD.matcher(id);
        if (m.matches()) return Optional.of(m.group(1));
        return Optional.empty();
    }

    public static String absUrl(String id) {
        return "https://arxiv.org/abs/" + id;
    }

    public static String pdfUrl(String id) {
        return "https://arxiv.org/pdf/" + id;
    }
}
