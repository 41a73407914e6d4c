package dev.paperdigest.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Words to terms: Lucene's {@link EnglishAnalyzer} (standard tokenizer, possessives, lowercase,
 * English stop words, Porter stemmer), so "networks", "network's" and "Network" are one term
 * {@code network}. The single analyzer of the project: classification, related papers and search
 * must agree on what a term is. Thread-safe.
 */
public final class TextAnalyzer {
    private static final Analyzer ENGLISH = new EnglishAnalyzer();

    private TextAnalyzer() {
    }

    /**
     * One instance per distinct term: a digest of 100,000 papers has some 17 million term occurrences
     * but only tens of thousands of terms, so the analysed papers share their strings.
     */
    private static final java.util.concurrent.ConcurrentMap<String, String> TERMS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The terms of {@code text}, in order (stop words left out). */
    public static List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = ENGLISH.tokenStream("", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            org.apache.lucene.analysis.CharArrayMap<String> seen = LOCAL.get();
            while (ts.incrementToken()) {
                // found by its characters, no string made: most of a text's terms were seen before
                String known = seen.get(term.buffer(), 0, term.length());
                if (known == null) {
                    known = canonical(term.toString());
                    if (seen.size() < MAX_LOCAL) seen.put(known, known);
                }
                out.add(known);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
        return out;
    }

    /** Per thread, the canonical terms met so far, looked up by characters. */
    private static final ThreadLocal<org.apache.lucene.analysis.CharArrayMap<String>> LOCAL =
            ThreadLocal.withInitial(() -> new org.apache.lucene.analysis.CharArrayMap<>(4096, false));
    private static final int MAX_LOCAL = 200_000;

    private static String canonical(String term) {
        String known = TERMS.get(term);
        if (known != null) return known;
        if (TERMS.size() >= MAX_REMEMBERED) return term;
        known = TERMS.putIfAbsent(term, term);
        return known == null ? term : known;
    }

    /** Words already turned into terms: a word always gives the same term, and a digest reuses its words. */
    private static final java.util.concurrent.ConcurrentMap<String, String> WORDS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_REMEMBERED = 2_000_000;

    /** The single term a word becomes, or "" for a stop word. */
    public static String term(String word) {
        String known = WORDS.get(word);
        if (known != null) return known;
        List<String> t = terms(word);
        String term = t.isEmpty() ? "" : t.get(0);
        if (WORDS.size() < MAX_REMEMBERED) WORDS.put(word, term);
        return term;
    }
}
