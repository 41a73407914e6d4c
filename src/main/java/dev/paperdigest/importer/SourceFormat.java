package dev.paperdigest.importer;

import dev.paperdigest.diag.Diagnostics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The source formats {@code import} reads, detected from the content or named with {@code --format}. */
public enum SourceFormat {
    TRENDING("trending"),
    ARXIV("arxiv"),
    HUGGINGFACE("huggingface"),
    SEMANTIC_SCHOLAR("s2"),
    BIBTEX("bibtex");

    private final String id;

    SourceFormat(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<SourceFormat> byId(String id) {
        for (SourceFormat f : values()) if (f.id.equals(id.toLowerCase(Locale.ROOT))) return Optional.of(f);
        return Optional.empty();
    }

    public static List<String> ids() {
        List<String> out = new ArrayList<>();
        for (SourceFormat f : values()) out.add(f.id);
        return out;
    }

    /**
     * The format of {@code text}: XML is an arXiv Atom feed, JSON is Semantic Scholar when it has
     * Semantic Scholar's keys and Hugging Face otherwise, a leading {@code @} or {@code %} is BibTeX,
     * anything else the trending-page text dump.
     */
    public static SourceFormat detect(String text) {
        int i = 0;
        if (text.startsWith("\uFEFF")) i++;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        if (i == text.length()) return TRENDING;
        char c = text.charAt(i);
        if (c == '<') return ARXIV;
        if (c == '[' || c == '{') {
            String head = text.substring(i, Math.min(text.length(), i + 4096));
            return head.contains("\"paperId\"") || head.contains("\"externalIds\"") || head.contains("\"publicationDate\"")
                    ? SEMANTIC_SCHOLAR : HUGGINGFACE;
        }
        if (c == '@' || c == '%') return BIBTEX;
        return TRENDING;
    }

    ParsedSource parse(String text, String display, Diagnostics diags) {
        return switch (this) {
            case TRENDING -> SeedFormat.parse(text, display, diags);
            case ARXIV -> ArxivAtomFormat.parse(text, display, diags);
            case HUGGINGFACE -> JsonFormats.huggingFace(text, display, diags);
            case SEMANTIC_SCHOLAR -> JsonFormats.semanticScholar(text, display, diags);
            case BIBTEX -> BibtexFormat.parse(text, display, diags);
        };
    }

    /** Records with a title are kept; the others are rejected with their position. */
    static ParsedSource collect(List<RecordBuilder> builders) {
        List<ParsedSource.Item> items = new ArrayList<>();
        for (RecordBuilder b : builders) {
            String why = b.rejection();
            items.add(why == null ? new ParsedSource.Item(b.build(), null, b.warnings())
                    : new ParsedSource.Item(null, new ParsedSource.Rejection(b.where(), why), b.warnings()));
        }
        return new ParsedSource(items);
    }
}
