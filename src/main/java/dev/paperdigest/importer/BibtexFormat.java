package dev.paperdigest.importer;

import dev.paperdigest.diag.Diagnostics;
import dev.paperdigest.diag.SourcePos;
import dev.paperdigest.model.PaperDate;
import dev.paperdigest.text.ArxivIds;
import dev.paperdigest.text.Texts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * BibTeX: {@code @article}, {@code @inproceedings}, {@code @misc} and every other entry type;
 * {@code @string} macros and {@code #} concatenation; {@code @comment} and {@code @preamble} skipped;
 * text outside entries ignored, as BibTeX does. A syntax error rejects the whole file with its
 * position. A hand-written scanner: one pass, no recursion, so no input can blow the stack.
 */
final class BibtexFormat {
    private static final Map<String, String> MONTHS = Map.ofEntries(
            Map.entry("jan", "1"), Map.entry("feb", "2"), Map.entry("mar", "3"), Map.entry("apr", "4"),
            Map.entry("may", "5"), Map.entry("jun", "6"), Map.entry("jul", "7"), Map.entry("aug", "8"),
            Map.entry("sep", "9"), Map.entry("oct", "10"), Map.entry("nov", "11"), Map.entry("dec", "12"));

    private final String text;
    private final String display;
    private int pos;
    private int[] lineStarts;
    private final Map<String, String> macros = new HashMap<>(MONTHS);

    private BibtexFormat(String text, String display) {
        this.text = text;
        this.display = display;
    }

    /** Thrown at the first syntax error; the file is then not imported at all. */
    private static final class SyntaxError extends Exception {
        final int at;

        SyntaxError(String message, int at) {
            super(message, null, false, false);
            this.at = at;
        }
    }

    static ParsedSource parse(String text, String display, Diagnostics diags) {
        BibtexFormat p = new BibtexFormat(text, display);
        try {
            return SourceFormat.collect(p.entries());
        } catch (SyntaxError e) {
            int[] lc = p.lineCol(e.at);
            diags.error(SourcePos.of(display, lc[0], lc[1]), "malformed BibTeX: " + e.getMessage(),
                    "fix the entry; nothing from this file was imported");
            return SourceFormat.collect(List.of());
        }
    }

    private List<RecordBuilder> entries() throws SyntaxError {
        List<RecordBuilder> out = new ArrayList<>();
        while (true) {
            int at = text.indexOf('@', pos);
            if (at < 0) return out;
            pos = at + 1;
            String type = identifier().toLowerCase(Locale.ROOT);
            if (type.isEmpty()) throw new SyntaxError("expected an entry type after '@'", pos);
            skipSpace();
            char open = peek();
            if (open != '{' && open != '(') throw new SyntaxError("expected '{' after @" + type, pos);
            char close = open == '{' ? '}' : ')';
            pos++;
            switch (type) {
                case "comment", "preamble" -> skipBalancedFrom(pos - 1, close);
                case "string" -> {
                    skipSpace();
                    String name = identifier().toLowerCase(Locale.ROOT);
                    if (name.isEmpty()) throw new SyntaxError("expected a macro name in @string", pos);
                    expect('=');
                    macros.put(name, value());
                    skipSpace();
                    expect(close);
                }
                default -> out.add(entry(at, close));
            }
        }
    }

    private RecordBuilder entry(int at, char close) throws SyntaxError {
        skipSpace();
        int keyStart = pos;
        while (pos < text.length() && ",}) \t\r\n".indexOf(text.charAt(pos)) < 0) pos++;
        if (pos == keyStart) throw new SyntaxError("expected a citation key", pos);
        Map<String, String> fields = new LinkedHashMap<>();
        while (true) {
            skipSpace();
            if (pos >= text.length()) {
                throw new SyntaxError("the entry is never closed: expected '" + close + "' after its last field", at);
            }
            if (peek() == close) {
                pos++;
                break;
            }
            expect(',');
            skipSpace();
            if (peek() == close) {
                pos++;
                break;
            }
            String name = identifier().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) throw new SyntaxError("expected a field name or '" + close + "'", pos);
            expect('=');
            fields.put(name, value());
        }
        return record(fields, display + ":" + lineCol(at)[0]);
    }

    /** A field value: pieces in braces, quotes, numbers or macro names, joined by {@code #}. */
    private String value() throws SyntaxError {
        StringBuilder v = new StringBuilder();
        while (true) {
            skipSpace();
            char c = peek();
            if (c == '{') {
                int start = ++pos;
                skipBalancedFrom(start - 1, '}');
                v.append(text, start, pos - 1);
            } else if (c == '"') {
                int start = ++pos;
                int depth = 0;
                while (pos < text.length() && !(text.charAt(pos) == '"' && depth == 0)) {
                    char d = text.charAt(pos);
                    if (d == '{') depth++;
                    else if (d == '}') depth--;
                    pos++;
                }
                if (pos >= text.length()) throw new SyntaxError("unclosed '\"'", start - 1);
                v.append(text, start, pos);
                pos++;
            } else if (Character.isDigit(c)) {
                int start = pos;
                while (pos < text.length() && Character.isDigit(text.charAt(pos))) pos++;
                v.append(text, start, pos);
            } else if (Character.isLetter(c)) {
                int start = pos;
                String name = identifier().toLowerCase(Locale.ROOT);
                String m = macros.get(name);
                if (m == null) throw new SyntaxError("unknown @string macro '" + name + "'", start);
                v.append(m);
            } else {
                throw new SyntaxError("expected a value in braces, quotes, a number or a macro name", pos);
            }
            skipSpace();
            if (peek() != '#') return v.toString();
            pos++;
        }
    }

    private RecordBuilder record(Map<String, String> f, String where) {
        String venue = TexText.bibtex(f.getOrDefault("journal", f.getOrDefault("booktitle", "")));
        // @misc entries name where they appeared in howpublished (ours do); a link there is not a venue
        String published = TexText.bibtex(f.getOrDefault("howpublished", ""));
        if (venue.isBlank() && !published.isBlank() && !WEB.matcher(published).find()) venue = published;
        RecordBuilder b = new RecordBuilder(where)
                .title(TexText.bibtex(f.getOrDefault("title", "")))
                .abstractText(TexText.bibtex(f.getOrDefault("abstract", "")))
                .venue(venue)
                .doi(verbatim(f.getOrDefault("doi", "")))
                .url(verbatim(f.getOrDefault("url", "")))
                .code(verbatim(f.getOrDefault("code", "")))
                .comment(TexText.bibtex(f.getOrDefault("note", "")));
        Names names = names(f.getOrDefault("author", ""));
        for (String name : names.names()) b.namedAuthor(name);
        if (names.more()) b.moreAuthors();
        String prefix = f.getOrDefault("archiveprefix", f.getOrDefault("eprinttype", "")).toLowerCase(Locale.ROOT);
        if (f.containsKey("eprint") && (prefix.isEmpty() || prefix.equals("arxiv"))) b.arxiv(verbatim(f.get("eprint")));
        // DBLP writes arXiv papers as journal = {CoRR}, volume = {abs/1512.03385}
        String volume = f.getOrDefault("volume", "");
        if (venue.strip().equalsIgnoreCase("corr")) ArxivIds.mentioned(volume).ifPresent(b::arxiv);
        for (String k : List.of("journal", "booktitle", "note", "howpublished", "url", "eprint")) {
            ArxivIds.mentioned(TexText.bibtex(f.getOrDefault(k, ""))).ifPresent(id -> {
                if (!b.hasArxiv()) b.arxiv(id);
            });
        }
        if (f.containsKey("primaryclass")) b.primaryCategory(TexText.bibtex(f.get("primaryclass")));
        for (String c : splitTopLevel(f.getOrDefault("categories", ""))) b.category(TexText.bibtex(c));
        Optional<PaperDate> date = PaperDate.parse(verbatim(f.getOrDefault("date", "")));
        b.date(date.or(() -> date(f.getOrDefault("year", ""), f.getOrDefault("month", ""))).orElse(null));
        return b;
    }

    /** A value read as it is (a DOI, a URL, an id): braces go, a backslash before punctuation goes. */
    private static String verbatim(String v) {
        StringBuilder out = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '{' || c == '}') continue;
            if (c == '\\' && i + 1 < v.length() && !Character.isLetter(v.charAt(i + 1))) continue;
            out.append(c);
        }
        return out.toString().strip();
    }

    /** {@code year = {2023a}} (a second 2023 paper of the same authors) is the year 2023. */
    private static final Pattern WEB = Pattern.compile("(?i)\\\\url|https?://|www\\.");
    private static final Pattern MONTH_NUMBER = Pattern.compile("\\d{1,2}");
    private static final Pattern MORE_AUTHORS = Pattern.compile("(?i)(and\\s+)?(others|et\\.?\\s*al\\.?)");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})[a-z]?");

    private static Optional<PaperDate> date(String year, String month) {
        Matcher ym = YEAR.matcher(verbatim(year));
        if (!ym.matches()) return Optional.empty();
        String y = ym.group(1);
        String m = verbatim(month).toLowerCase(Locale.ROOT);
        if (m.length() >= 3 && MONTHS.containsKey(m.substring(0, 3))) m = MONTHS.get(m.substring(0, 3));
        if (MONTH_NUMBER.matcher(m).matches() && Integer.parseInt(m) >= 1 && Integer.parseInt(m) <= 12) {
            return PaperDate.parse(y + "-" + (m.length() == 1 ? "0" + m : m));
        }
        return PaperDate.parse(y);
    }

    /** An author list: the names, and whether it ended in "and others" or "and et al." (more authors). */
    record Names(List<String> names, boolean more) {
    }

    /**
     * {@code and}-separated names at brace depth 0, each turned from "Last, First" (or "Last, Jr,
     * First") into "First Last"; commas and "and" inside braces belong to the name. One pass over the
     * field, each character looked at a bounded number of times.
     */
    static Names names(String field) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        int n = field.length();
        for (int i = 0; i < n; i++) {
            char c = field.charAt(i);
            if (c == '{') depth++;
            else if (c == '}') depth = Math.max(0, depth - 1);
            else if (depth == 0 && Character.isWhitespace(c)) {
                int word = i;
                while (word < n && Character.isWhitespace(field.charAt(word))) word++;
                if (word + 3 < n && field.regionMatches(true, word, "and", 0, 3)
                        && Character.isWhitespace(field.charAt(word + 3))) {
                    parts.add(field.substring(start, i));
                    int next = word + 3;
                    while (next < n && Character.isWhitespace(field.charAt(next))) next++;
                    start = next;
                    i = next - 1;
                } else {
                    i = word - 1;
                }
            }
        }
        parts.add(field.substring(start));
        List<String> out = new ArrayList<>();
        boolean more = false;
        for (String raw : parts) {
            String r = raw.strip();
            if (r.isEmpty()) continue;
            // "and others", and the "and and et al." some bibliographies write
            if (MORE_AUTHORS.matcher(r).matches()) {
                more = true;
                continue;
            }
            List<String> pieces = new ArrayList<>();
            for (String piece : splitTopLevel(r)) pieces.add(Texts.collapseSpace(TexText.bibtex(piece)));
            String name = switch (pieces.size()) {
                case 1 -> pieces.get(0);
                case 2 -> join(pieces.get(1), pieces.get(0));
                default -> join(join(pieces.get(2), pieces.get(0)), pieces.get(1));
            };
            if (!name.isEmpty()) out.add(name);
        }
        return new Names(out, more);
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + " " + b;
    }

    /** A name split at its commas outside braces. */
    private static List<String> splitTopLevel(String name) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '{') depth++;
            else if (c == '}') depth = Math.max(0, depth - 1);
            else if (c == ',' && depth == 0) {
                out.add(name.substring(start, i));
                start = i + 1;
            }
        }
        out.add(name.substring(start));
        return out;
    }

    private String identifier() {
        int start = pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isLetterOrDigit(c) || "_-:.+/".indexOf(c) >= 0) pos++;
            else break;
        }
        return text.substring(start, pos);
    }

    /** Moves past the {@code close} that balances the brace already opened; {@code pos} is inside it. */
    private void skipBalancedFrom(int openedAt, char close) throws SyntaxError {
        int depth = 0;
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '{') depth++;
            else if (c == '}' && depth > 0) depth--;
            else if (c == close && depth == 0) return;
        }
        throw new SyntaxError("'" + text.charAt(openedAt) + "' is never closed", openedAt);
    }

    private void expect(char c) throws SyntaxError {
        skipSpace();
        if (peek() != c) {
            throw new SyntaxError("expected '" + c + "'" + (pos < text.length() ? ", found '" + text.charAt(pos) + "'"
                    : " before the end of the file"), pos);
        }
        pos++;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) pos++;
    }

    /** Line and column of an offset, by binary search over the line starts (computed once). */
    private int[] lineCol(int offset) {
        if (lineStarts == null) {
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') starts.add(i + 1);
            lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }
        int end = Math.min(offset, text.length());
        int idx = java.util.Arrays.binarySearch(lineStarts, end);
        int line = idx >= 0 ? idx : -idx - 2;
        return new int[]{line + 1, end - lineStarts[line] + 1};
    }
}
