package dev.paperdigest.text;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Digital Object Identifiers: {@code 10.<registrant>/<suffix>}, without resolver prefix. */
public final class Dois {
    private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/\\S+");
    private static final Pattern PREFIX = Pattern.compile("(?i)^(doi:\\s*|https?://(dx\\.)?doi\\.org/)");

    private Dois() {
    }

    /** The bare DOI of {@code s} (which may be a doi.org URL or carry {@code doi:}), or empty. */
    public static Optional<String> normalise(String s) {
        if (s == null) return Optional.empty();
        String d = PREFIX.matcher(s.strip()).replaceFirst("");
        return DOI.matcher(d).matches() ? Optional.of(d) : Optional.empty();
    }

    /** DOIs are case-insensitive: the key two spellings of one DOI share. */
    public static String key(String doi) {
        return doi.toLowerCase(Locale.ROOT);
    }
}
