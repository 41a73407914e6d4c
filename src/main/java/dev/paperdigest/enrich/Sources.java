package dev.paperdigest.enrich;

import java.time.Duration;

/**
 * Where the three services are and how politely to ask them.
 *
 * @param arxivApi    the arXiv API query endpoint ({@code https://export.arxiv.org/api/query})
 * @param s2Api       the Semantic Scholar Graph API root ({@code https://api.semanticscholar.org/graph/v1})
 * @param hfApi       the Hugging Face API root ({@code https://huggingface.co/api})
 * @param arxivGap    the least time between two arXiv requests (their rule: 3 s)
 * @param s2Gap       the same for Semantic Scholar (1 s without a key)
 * @param hfGap       the same for Hugging Face
 * @param timeout     the longest one request may take
 * @param tries       how many times a request is sent before it counts as failed
 * @param s2Key       Semantic Scholar API key ({@code S2_API_KEY}), or ""
 * @param userAgent   names the tool and the digest's contact
 */
public record Sources(String arxivApi, String s2Api, String hfApi, Duration arxivGap, Duration s2Gap, Duration hfGap,
                      Duration timeout, int tries, String s2Key, String userAgent) {
    public static final String ARXIV = "https://export.arxiv.org/api/query";
    public static final String S2 = "https://api.semanticscholar.org/graph/v1";
    public static final String HF = "https://huggingface.co/api";

    /** The public services with their documented limits; a Semantic Scholar key allows ten requests a second. */
    public static Sources defaults(String s2Key, String userAgent) {
        return new Sources(ARXIV, S2, HF, Duration.ofSeconds(3), s2Key.isEmpty() ? Duration.ofSeconds(1) : Duration.ofMillis(100),
                Duration.ofMillis(500), Duration.ofSeconds(30), 4, s2Key, userAgent);
    }

    public Sources withApis(String arxiv, String s2, String hf) {
        return new Sources(arxiv, s2, hf, arxivGap, s2Gap, hfGap, timeout, tries, s2Key, userAgent);
    }

    public Sources withPace(Duration arxiv, Duration s2, Duration hf, Duration timeout, int tries) {
        return new Sources(arxivApi, s2Api, hfApi, arxiv, s2, hf, timeout, tries, s2Key, userAgent);
    }
}
