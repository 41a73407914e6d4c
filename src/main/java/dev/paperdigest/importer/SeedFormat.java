package dev.paperdigest.importer;

import dev.paperdigest.diag.Diagnostics;
import dev.paperdigest.diag.SourcePos;
import dev.paperdigest.text.Texts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The trending-page text dump: optional page chrome ("Get trending papers in your email inbox..."),
 * then a title line and an abstract line per paper, the first title possibly glued to the word
 * "Subscribe". Blank lines are ignored. A file that loses the title/abstract rhythm is an error:
 * importing it would file abstracts as titles.
 */
final class SeedFormat {
    static final int MAX_TITLE = 400;
    private static final Pattern CHROME = Pattern.compile("(?i).*trending papers.*|subscribe");
    private static final Pattern GLUED = Pattern.compile("^Subscribe(?=\\p{Lu}|\\p{N}|[\"'(])");

    private SeedFormat() {
    }

    static ParsedSource parse(String text, String display, Diagnostics diags) {
        String[] raw = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<Integer> lines = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            if (!raw[i].isBlank()) lines.add(i);
        }
        int at = 0;
        while (at < lines.size() && CHROME.matcher(raw[lines.get(at)].strip()).matches()) at++;
        List<RecordBuilder> out = new ArrayList<>();
        boolean first = true;
        for (; at < lines.size(); at += 2) {
            int titleIdx = lines.get(at);
            String title = Texts.collapseSpace(raw[titleIdx]);
            if (first) {
                title = GLUED.matcher(title).replaceFirst("");
                first = false;
            }
            SourcePos pos = SourcePos.of(display, titleIdx + 1, 1);
            if (at + 1 >= lines.size()) {
                diags.error(pos, "title without an abstract: the file ends after it",
                        "each paper is a title line followed by its abstract line");
                break;
            }
            if (title.length() > MAX_TITLE) {
                diags.error(pos, "expected a title line, found " + title.length() + " characters of text",
                        "a line is missing or extra above this one: each paper is a title line then an abstract line");
                break;
            }
            out.add(RecordBuilder.plain(display + ":" + (titleIdx + 1)).title(title).abstractText(raw[lines.get(at + 1)]));
        }
        return SourceFormat.collect(out);
    }
}
