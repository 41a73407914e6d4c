package dev.paperdigest.render;

import dev.paperdigest.model.Paper;
import dev.paperdigest.text.MathSpans;
import dev.paperdigest.text.Venues;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A BibTeX entry per paper keyed by its slug: {@code @inproceedings} (venue as {@code booktitle})
 * for a conference or workshop paper, {@code @article} ({@code journal}) for a journal paper,
 * {@code @misc} ({@code howpublished}) otherwise, as {@link Venues} reads the venue; with the arXiv fields citation managers
 * read ({@code eprint}, {@code archivePrefix}, {@code primaryClass}), every category, DOI, URL and
 * venue, and the date to the day ({@code date}, biblatex's field) beside {@code year} and
 * {@code month}. Text is escaped so that our own reader (and BibTeX) gives back exactly the text of
 * the paper's file: TeX's special characters, braces as {@code \textbraceleft{}} (a lone brace
 * would unbalance the entry for any reader that counts them), ligatures ({@code --}, {@code ''})
 * broken with {@code {}}; math ({@code $...$}) is written verbatim. A name holding a comma is
 * braced whole, a word "and" in a name braced, and a list cut short ends in {@code and others}.
 * DOIs and URLs are written verbatim with braces and backslashes percent-encoded.
 */
public final class Bibtex {
    private static final Pattern ET_AL = Pattern.compile("(?i)et\\.?\\s*al\\.?");
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

    private Bibtex() {
    }

    /** One entry of papers.bib for {@code p}, whose page is at {@code pageUrl}. */
    public static String entry(Paper p, String pageUrl) {
        String venue = p.extras().venue();
        Venues.Kind kind = Venues.kind(venue);
        String type = switch (kind) {
            case CONFERENCE -> "@inproceedings{";
            case JOURNAL -> "@article{";
            case OTHER -> "@misc{";
        };
        StringBuilder sb = new StringBuilder(type).append(p.slug()).append(",\n");
        field(sb, "title", "{" + tex(p.title()) + "}");
        if (!p.authors().isEmpty()) field(sb, "author", authors(p.authors(), p.extras().authorsTruncated()));
        if (p.date() != null) {
            field(sb, "year", String.valueOf(p.date().year()));
            if (p.date().month() != 0) {
                field(sb, "month", MONTHS[p.date().month() - 1]);
                field(sb, "date", p.date().toString());
            }
        }
        List<String> categories = p.extras().categories();
        if (!p.arxiv().isEmpty()) {
            field(sb, "eprint", p.arxiv());
            field(sb, "archivePrefix", "arXiv");
            if (!categories.isEmpty()) field(sb, "primaryClass", tex(categories.get(0)));
        }
        if (!categories.isEmpty()) {
            StringBuilder c = new StringBuilder();
            for (String cat : categories) {
                if (!c.isEmpty()) c.append(", ");
                c.append(tex(cat).replace(",", "{,}"));
            }
            field(sb, "categories", c.toString());
        }
        if (!p.extras().doi().isEmpty()) field(sb, "doi", verbatim(p.extras().doi()));
        if (!venue.isEmpty()) {
            String name = switch (kind) {
                case CONFERENCE -> "booktitle";
                case JOURNAL -> "journal";
                case OTHER -> "howpublished";
            };
            field(sb, name, tex(venue));
        }
        String url = p.primaryUrl().isEmpty() ? pageUrl : p.primaryUrl();
        if (!url.isEmpty()) field(sb, "url", verbatim(url));
        sb.setLength(sb.length() - 2);
        return sb.append("\n}\n").toString();
    }

    private static void field(StringBuilder sb, String name, String value) {
        sb.append("  ").append(name);
        for (int pad = name.length(); pad < 13; pad++) sb.append(' ');
        sb.append(" = {").append(value).append("},\n");
    }

    /** Names joined by {@code and}, each escaped so no reader splits it or reads it as "Last, First". */
    static String authors(List<String> names, boolean more) {
        StringBuilder out = new StringBuilder();
        for (String name : names) {
            if (!out.isEmpty()) out.append(" and ");
            StringBuilder n = new StringBuilder();
            for (String word : tex(name).split(" ", -1)) {
                if (!n.isEmpty()) n.append(' ');
                n.append(word.equalsIgnoreCase("and") ? "{" + word + "}" : word);
            }
            boolean whole = name.indexOf(',') >= 0 || name.equalsIgnoreCase("others") || ET_AL.matcher(name).matches();
            out.append(whole ? "{" + n + "}" : n);
        }
        if (more) out.append(" and others");
        return out.toString();
    }

    /** TeX's special characters escaped, braces spelled out, ligatures broken, math as it is. */
    private static boolean balanced(String s, int from, int to) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '{') depth++;
            else if (c == '}' && --depth < 0) return false;
        }
        return depth == 0;
    }

    static String tex(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '$') {
                int end = MathSpans.end(s, i);
                // verbatim only when its braces balance as BibTeX counts them (every brace, escaped
                // or not): $\}$ kept as it is would close the field early and swallow the next ones
                if (end > 0 && balanced(s, i, end)) {
                    out.append(s, i, end);
                    i = end - 1;
                    continue;
                }
            }
            switch (c) {
                case '&', '%', '$', '#', '_' -> out.append('\\').append(c);
                case '{' -> out.append("\\textbraceleft{}");
                case '}' -> out.append("\\textbraceright{}");
                case '\\' -> out.append("\\textbackslash{}");
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                case '`' -> out.append("\\textasciigrave{}");
                case '-', '\'' -> {
                    out.append(c);
                    if (i + 1 < n && s.charAt(i + 1) == c) out.append("{}");
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A DOI or URL as it is, but for what would unbalance the entry or start a command. */
    static String verbatim(String s) {
        return s.replace("\\", "%5C").replace("{", "%7B").replace("}", "%7D");
    }
}
