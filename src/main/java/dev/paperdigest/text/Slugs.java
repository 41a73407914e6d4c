package dev.paperdigest.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Slugs: the lowercase ASCII names used for paper files and URLs ({@code deep-residual-learning}).
 * A slug has only {@code a-z}, {@code 0-9} and single inner hyphens, so it can never hold a path
 * separator or {@code ..}, and is never a name Windows reserves.
 */
public final class Slugs {
    /** Longest slug we make from a title; cut at a word boundary. */
    public static final int MAX_LENGTH = 80;

    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Set<String> RESERVED = Set.of(
            "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8",
            "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9", "index", "page");

    private Slugs() {
    }

    /** Whether {@code s} is a slug this tool would accept as a file or URL name. */
    public static boolean isValid(String s) {
        return s != null && s.length() <= 200 && VALID.matcher(s).matches() && !RESERVED.contains(s);
    }

    /**
     * A slug for a title: accents folded ({@code é} to {@code e}), other characters turned into
     * hyphens, cut at a word boundary near {@link #MAX_LENGTH}. Returns {@code "paper"} for a title
     * with no letters or digits, and adds {@code -paper} to a reserved name.
     */
    public static String of(String title) {
        String folded = MARKS.matcher(Normalizer.normalize(title, Normalizer.Form.NFKD)).replaceAll("")
                .replace("ß", "ss").replace("æ", "ae").replace("ø", "o").replace("œ", "oe")
                .toLowerCase(Locale.ROOT);
        String slug = trimHyphens(NON_ALNUM.matcher(folded).replaceAll("-"));
        if (slug.length() > MAX_LENGTH) {
            int cut = slug.lastIndexOf('-', MAX_LENGTH);
            slug = slug.substring(0, cut > MAX_LENGTH / 2 ? cut : MAX_LENGTH);
            slug = trimHyphens(slug);
        }
        if (slug.isEmpty()) return "paper";
        return RESERVED.contains(slug) ? slug + "-paper" : slug;
    }

    private static String trimHyphens(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && s.charAt(a) == '-') a++;
        while (b > a && s.charAt(b - 1) == '-') b--;
        return s.substring(a, b);
    }
}
