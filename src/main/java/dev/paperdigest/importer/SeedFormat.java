package dev.paperdigest.importer;

import dev.paperdigest.diag.Diagnostics;
import dev.paperdigest.diag.SourcePos;
import dev.paperdigest.text.Texts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The trending-page text dump: optional page chrome ("Get trending papers in your email inbox..."),
 * then a title line and an abstract line per paper, the first title possibly glued to the word
 * "Subscribe". Blank lines are ignored. A title seen twice keeps its first abstract; the repeat is
 * reported as a warning.
 */
public final class SeedFormat {
    static final int MAX_TITLE = 400;
    private static final Pattern CHROME = Pattern.compile("(?i).*trending papers.*|subscribe");
    private static final Pattern GLUED = Pattern.compile("^Subscribe(?=\\p{Lu}|\\p{N}|[\"'(])");

    private SeedFormat() {
    }

    /** The records of {@code text}; problems go to {@code diags} with positions in {@code display}. */
    public static List<ImportRecord> parse(String text, String display, Diagnostics diags) {
        String[] raw = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<int[]> lines = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            if (!raw[i].isBlank()) lines.add(new int[]{i});
        }
        int at = 0;
        while (at < lines.size() && CHROME.matcher(raw[lines.get(at)[0]].strip()).matches()) at++;
        List<ImportRecord> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean first = true;
        for (; at < lines.size(); at += 2) {
            int titleIdx = lines.get(at)[0];
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
            String abstractText = Texts.collapseSpace(raw[lines.get(at + 1)[0]]);
            Integer firstLine = seen.putIfAbsent(Texts.titleKey(title), titleIdx + 1);
            if (firstLine != null) {
                diags.warning(pos, "duplicate of the paper on line " + firstLine + " (\"" + Texts.shorten(title, 60)
                        + "\"): kept the first, skipped this one", "remove one of the two from the source");
                continue;
            }
            out.add(new ImportRecord(title, abstractText, titleIdx + 1));
        }
        return out;
    }
}
