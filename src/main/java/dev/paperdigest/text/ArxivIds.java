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

    private static final String ID = "\\d{4}\\.\\d{4,5}(?:v\\d+)?|[a-z][a-z-]*(?:\\.[A-Z]{2})?/\\d{7}(?:v\\d+)?";
    private static final Pattern MENTION = Pattern.compile(
            "(?i)(?:arxiv(?:\\.org)?(?:/abs/|/pdf/|\\s*:\\s*|\\s+|\\.)|\\babs/|10\\.48550/arxiv\\.)(" + ID + ")(?:\\.pdf)?");
    /** "[cs.LG]" after an id names its category. */
    private static final Pattern CATEGORY_NOTE = Pattern.compile("\\[[a-z-]+(\\.[A-Za-z-]+)?]");
    private static final Pattern BOILERPLATE_WORDS = Pattern.compile(
            "(?i)\\b(arxiv|preprints?|e-?prints?|corr|abs|org|vol(ume)?|https?|www|pdf|export|submitted|to)\\b");

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

    /**
     * An arXiv id that a free text mentions: {@code arXiv:1607.06450}, {@code ArXiv preprint
     * arXiv:1502.04623}, {@code arxiv.org/abs/...} or {@code .../pdf/....pdf}, the arXiv DOI
     * {@code 10.48550/arXiv.1706.03762}, or {@code abs/1512.03385} (DBLP's CoRR volume); empty if none.
     */
    public static Optional<String> mentioned(String text) {
        if (text == null || text.isEmpty()) return Optional.empty();
        Matcher m = MENTION.matcher(text);
        if (!m.find()) return Optional.empty();
        return normalise(m.group(1));
    }

    /**
     * Whether a venue, note or comment says nothing but that the paper is on arXiv ("arXiv preprint
     * arXiv:1502.04623", "CoRR", "ArXiv", "arXiv e-prints"): such text is no venue.
     */
    public static boolean onlyBoilerplate(String text) {
        if (text == null) return false;
        String rest = MENTION.matcher(text).replaceAll(" ");
        rest = CATEGORY_NOTE.matcher(rest).replaceAll(" ");
        rest = BOILERPLATE_WORDS.matcher(rest).replaceAll(" ");
        for (int i = 0; i < rest.length(); i++) if (Character.isLetterOrDigit(rest.charAt(i))) return false;
        return !text.isBlank();
    }

    public static String absUrl(String id) {
        return "https://arxiv.org/abs/" + id;
    }

    public static String pdfUrl(String id) {
        return "https://arxiv.org/pdf/" + id;
    }
}
