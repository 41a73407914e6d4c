package dev.paperdigest.render;

import dev.paperdigest.model.Paper;

/**
 * A BibTeX entry per paper: {@code @misc} keyed by its slug, with the arXiv fields citation managers
 * read ({@code eprint}, {@code archivePrefix}, {@code primaryClass}), DOI, URL and venue. Text is
 * escaped for TeX and the title braced, so its capitals survive bibliography styles.
 */
final class Bibtex {
    private Bibtex() {
    }

    static String entry(Paper p, String pageUrl) {
        StringBuilder sb = new StringBuilder("@misc{").append(p.slug()).append(",\n");
        field(sb, "title", "{" + tex(p.title()) + "}");
        if (!p.authors().isEmpty()) field(sb, "author", tex(String.join(" and ", p.authors())));
        if (p.date() != null) {
            field(sb, "year", String.valueOf(p.date().year()));
            if (p.date().month() != 0) field(sb, "month", new String[]{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
                    "sep", "oct", "nov", "dec"}[p.date().month() - 1]);
        }
        if (!p.arxiv().isEmpty()) {
            field(sb, "eprint", p.arxiv());
            field(sb, "archivePrefix", "arXiv");
            if (!p.extras().categories().isEmpty()) field(sb, "primaryClass", p.extras().categories().get(0));
        }
        if (!p.extras().doi().isEmpty()) field(sb, "doi", p.extras().doi());
        if (!p.extras().venue().isEmpty()) field(sb, "howpublished", tex(p.extras().venue()));
        String url = p.primaryUrl().isEmpty() ? pageUrl : p.primaryUrl();
        if (!url.isEmpty()) field(sb, "url", url);
        sb.setLength(sb.length() - 2);
        return sb.append("\n}\n").toString();
    }

    private static void field(StringBuilder sb, String name, String value) {
        sb.append("  ").append(name);
        for (int pad = name.length(); pad < 13; pad++) sb.append(' ');
        sb.append(" = {").append(value).append("},\n");
    }

    /** TeX's special characters escaped; braces too, so an entry can never be unbalanced. */
    static String tex(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&', '%', '$', '#', '_', '{', '}' -> out.append('\\').append(c);
                case '\\' -> out.append("\\textbackslash{}");
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
