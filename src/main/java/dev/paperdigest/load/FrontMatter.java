package dev.paperdigest.load;

import java.util.Optional;

/**
 * A content file split at its front matter fences.
 *
 * @param yaml      the text between the {@code ---} lines
 * @param firstLine the file line the YAML starts on (2 when the file starts with the fence)
 * @param body      the Markdown after the closing fence
 * @param bodyLine  the file line the body starts on
 */
public record FrontMatter(String yaml, int firstLine, String body, int bodyLine) {

    /**
     * Splits {@code text} (line endings already {@code \n}); empty when the file does not start with
     * a {@code ---} line or the front matter is never closed (by {@code ---} or {@code ...}).
     */
    public static Optional<FrontMatter> split(String text) {
        if (!(text.startsWith("---\n") || text.equals("---") || text.startsWith("--- \n"))) return Optional.empty();
        int start = text.indexOf('\n') + 1;
        if (start == 0) return Optional.empty();
        int pos = start;
        int line = 2;
        while (pos <= text.length()) {
            int end = text.indexOf('\n', pos);
            String l = (end < 0 ? text.substring(pos) : text.substring(pos, end)).stripTrailing();
            if (l.equals("---") || l.equals("...")) {
                String body = end < 0 ? "" : text.substring(end + 1);
                return Optional.of(new FrontMatter(text.substring(start, pos), 2, body, line + 1));
            }
            if (end < 0) break;
            pos = end + 1;
            line++;
        }
        return Optional.empty();
    }
}
