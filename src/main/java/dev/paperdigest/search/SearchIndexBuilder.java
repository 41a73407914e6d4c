package dev.paperdigest.search;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.paperdigest.analysis.DocVectors;
import dev.paperdigest.analysis.TextAnalyzer;
import dev.paperdigest.model.ClassifiedPaper;
import dev.paperdigest.model.Digest;
import dev.paperdigest.model.OutputFile;
import dev.paperdigest.model.OutputSink;
import dev.paperdigest.model.Paper;
import dev.paperdigest.model.Topic;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds {@code search/}: {@code meta.json} (the bootstrap), {@code t/<prefix>.json} (term shards),
 * {@code c/<block>.json} (result cards) and {@code f/<topic>.json} (papers with a topic as a
 * secondary one). Same digest, same bytes.
 */
public final class SearchIndexBuilder {
    public static final int FORMAT = 1;
    /** Papers per card block. */
    static final int CARD_BLOCK = 16;
    /** A shard larger than this (characters) is split by one more letter of prefix. */
    static final int MAX_SHARD_CHARS = 16_000;
    /** The most postings a term keeps: its best-scoring papers. */
    static final int MAX_POSTINGS = 3000;
    static final double TITLE_BOOST = 6.0;
    static final double AUTHOR_BOOST = 2.0;
    static final double K1 = 1.2;
    static final double B = 0.75;
    /** Titles are short and all of a piece: a long title is not a padded one, so it is barely length-normalised. */
    static final double B_TITLE = 0.25;

    private SearchIndexBuilder() {
    }

    /** What was written, for the build summary and the benchmark. */
    public record Stats(int files, long bytes, int terms, int shards) {
    }

    /**
     * @param vectors the index stage's analysis of {@code digest.papers()}, in the same order
     */
    public static Stats write(Digest digest, DocVectors vectors, OutputSink sink) throws IOException {
        return write(digest.topics(), digest.papers(), vectors, sink);
    }

    /** As above, from what the index needs of a digest: its topics and its classified papers. */
    public static Stats write(List<Topic> topics, List<ClassifiedPaper> papers, DocVectors vectors, OutputSink sink) throws IOException {
        int n = papers.size();
        Map<String, Integer> topicIndex = new HashMap<>();
        for (int i = 0; i < topics.size(); i++) topicIndex.put(topics.get(i).id(), i);

        // doc ids: by primary topic, then year (newest first, undated last), then slug
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, Comparator.<Integer>comparingInt(i -> topicIndex.get(papers.get(i).topics().primary()))
                .thenComparing(i -> -year(papers.get(i).paper()))
                .thenComparing(i -> papers.get(i).paper().slug()));
        int[] docOf = new int[n];
        for (int doc = 0; doc < n; doc++) docOf[order[doc]] = doc;

        Counter counter = new Counter(sink);
        Postings postings = postings(papers, vectors, docOf);
        Map<String, String> words = wordForms(papers, postings.byStem().keySet());
        List<String> shardFiles = shards(words, postings, counter);
        cards(papers, order, topicIndex, counter);
        secondaryFacets(topics, papers, docOf, counter);
        meta(topics, papers, order, postings.scale(), shardFiles, counter);
        return new Stats(counter.files, counter.bytes, postings.byStem().size(), shardFiles.size());
    }

    private static int year(Paper p) {
        return p.date() == null ? -1 : p.date().year();
    }

    /** Counts what goes to the sink. */
    private static final class Counter {
        final OutputSink sink;
        int files;
        long bytes;

        Counter(OutputSink sink) {
            this.sink = sink;
        }

        void accept(String path, byte[] content) throws IOException {
            sink.accept(new OutputFile("search/" + path, content));
            files++;
            bytes += content.length;
        }
    }

    /** Per stem, its postings as (doc id, quantised score) sorted by doc id; and the score scale. */
    record Postings(Map<String, int[]> byStem, double scale) {
    }

    /**
     * BM25F over title, authors and abstract, quantised to 1-255. Stems are numbered (the index
     * stage's term ids, then author-only terms) so a document's weights are two arrays and a stem's
     * postings are filled in doc id order without sorting.
     */
    static Postings postings(List<ClassifiedPaper> papers, DocVectors vectors, int[] docOf) {
        int n = papers.size();
        List<List<String>> authorTerms = papers.parallelStream()
                .map(p -> TextAnalyzer.terms(String.join(" ", p.paper().authors()))).toList();
        double avgTitle = 0;
        double avgBody = 0;
        double avgAuthors = 0;
        for (int d = 0; d < n; d++) {
            avgTitle += vectors.titleTerms(d).size();
            avgBody += vectors.bodyTerms(d).size();
            avgAuthors += authorTerms.get(d).size();
        }
        double at = Math.max(1, avgTitle / Math.max(1, n));
        double ab = Math.max(1, avgBody / Math.max(1, n));
        double aa = Math.max(1, avgAuthors / Math.max(1, n));
        // stem ids: the index stage's vocabulary, then terms only authors' names have
        int vocab = vectors.vocabularySize();
        Map<String, Integer> extraIds = new HashMap<>();
        List<String> extra = new ArrayList<>();
        for (List<String> terms : authorTerms) {
            for (String t : terms) {
                if (vectors.termId(t) < 0 && !extraIds.containsKey(t)) {
                    extraIds.put(t, vocab + extra.size());
                    extra.add(t);
                }
            }
        }
        int stems = vocab + extra.size();
        java.util.function.ToIntFunction<String> idOf = t -> {
            int id = vectors.termId(t);
            return id >= 0 ? id : extraIds.get(t);
        };
        // per document: stem ids (ascending) with their weighted, length-normalised term frequency
        int[][] docStems = new int[n][];
        double[][] docTf = new double[n][];
        java.util.stream.IntStream.range(0, n).parallel().forEach(d -> {
            List<String> authors = authorTerms.get(d);
            int[] a = new int[authors.size()];
            for (int k = 0; k < a.length; k++) a[k] = idOf.applyAsInt(authors.get(k));
            Field title = Field.of(vectors.titleIds(d), TITLE_BOOST, at, B_TITLE);
            Field author = Field.of(a, AUTHOR_BOOST, aa, B);
            Field body = Field.of(vectors.bodyIds(d), 1.0, ab, B);
            // merge the three ascending lists; a stem's weight adds up title, then authors, then body
            int[] ids = new int[title.ids.length + author.ids.length + body.ids.length];
            double[] f = new double[ids.length];
            int m = 0;
            int i = 0;
            int j = 0;
            int k = 0;
            while (i < title.ids.length || j < author.ids.length || k < body.ids.length) {
                int id = Math.min(i < title.ids.length ? title.ids[i] : Integer.MAX_VALUE,
                        Math.min(j < author.ids.length ? author.ids[j] : Integer.MAX_VALUE,
                                k < body.ids.length ? body.ids[k] : Integer.MAX_VALUE));
                boolean any = false;
                double w = 0;
                if (i < title.ids.length && title.ids[i] == id) {
                    w = title.weights[i++];
                    any = true;
                }
                if (j < author.ids.length && author.ids[j] == id) {
                    w = any ? w + author.weights[j] : author.weights[j];
                    j++;
                    any = true;
                }
                if (k < body.ids.length && body.ids[k] == id) {
                    w = any ? w + body.weights[k] : body.weights[k];
                    k++;
                }
                ids[m] = id;
                f[m++] = w;
            }
            docStems[d] = Arrays.copyOf(ids, m);
            docTf[d] = Arrays.copyOf(f, m);
        });
        int[] df = new int[stems];
        for (int[] ids : docStems) for (int id : ids) df[id]++;
        double[][] scores = new double[n][];
        double max = java.util.stream.IntStream.range(0, n).parallel().mapToDouble(d -> {
            int[] ids = docStems[d];
            double[] sc = new double[ids.length];
            double m = 0;
            for (int k = 0; k < ids.length; k++) {
                double f = docTf[d][k];
                double idf = Math.log(1 + (n - df[ids[k]] + 0.5) / (df[ids[k]] + 0.5));
                sc[k] = idf * f / (K1 + f);
                m = Math.max(m, sc[k]);
            }
            scores[d] = sc;
            return m;
        }).max().orElse(0);
        double scale = max <= 0 ? 1 : max / 255.0;
        // every stem's postings, filled in doc id order
        int[][] docs = new int[stems][];
        int[][] quantised = new int[stems][];
        for (int id = 0; id < stems; id++) {
            docs[id] = new int[df[id]];
            quantised[id] = new int[df[id]];
        }
        int[] filled = new int[stems];
        int[] byDoc = new int[n];
        for (int d = 0; d < n; d++) byDoc[docOf[d]] = d;
        for (int doc = 0; doc < n; doc++) {
            int d = byDoc[doc];
            int[] ids = docStems[d];
            for (int k = 0; k < ids.length; k++) {
                int id = ids[k];
                docs[id][filled[id]] = doc;
                quantised[id][filled[id]++] = (int) Math.max(1, Math.min(255, Math.round(scores[d][k] / scale)));
            }
        }
        Map<String, int[]> out = new TreeMap<>();
        for (int id = 0; id < stems; id++) {
            if (df[id] == 0) continue;
            out.put(id < vocab ? vectors.term(id) : extra.get(id - vocab), flat(docs[id], quantised[id]));
        }
        return new Postings(out, scale);
    }

    /** Postings as (doc, score) pairs; over {@value #MAX_POSTINGS}, the best ones (ties: lower doc id). */
    private static int[] flat(int[] docs, int[] q) {
        int[] keep;
        if (docs.length > MAX_POSTINGS) {
            // best score first, then lower doc id: one primitive sort of (255 - score, position)
            long[] order = new long[docs.length];
            for (int i = 0; i < order.length; i++) order[i] = (long) (255 - q[i]) << 32 | i;
            Arrays.sort(order);
            keep = new int[MAX_POSTINGS];
            for (int i = 0; i < MAX_POSTINGS; i++) keep[i] = (int) order[i];
            Arrays.sort(keep); // positions are in doc id order
        } else {
            keep = new int[docs.length];
            for (int i = 0; i < keep.length; i++) keep[i] = i;
        }
        int[] out = new int[keep.length * 2];
        for (int i = 0; i < keep.length; i++) {
            out[2 * i] = docs[keep[i]];
            out[2 * i + 1] = q[keep[i]];
        }
        return out;
    }

    /** One field of a document: its distinct stem ids, ascending, with their boosted, length-normalised frequency. */
    private record Field(int[] ids, double[] weights) {
        static Field of(int[] terms, double boost, double avgLength, double b) {
            int[] sorted = terms.clone();
            Arrays.sort(sorted);
            int[] ids = new int[sorted.length];
            double[] w = new double[sorted.length];
            double norm = 1 - b + b * terms.length / avgLength;
            int m = 0;
            for (int i = 0; i < sorted.length; ) {
                int run = i;
                while (run < sorted.length && sorted[run] == sorted[i]) run++;
                ids[m] = sorted[i];
                w[m++] = boost * (run - i) / norm;
                i = run;
            }
            return new Field(Arrays.copyOf(ids, m), Arrays.copyOf(w, m));
        }
    }

    /** Every lowercase word of titles, authors and abstracts, mapped to the stem it is indexed under. */
    static Map<String, String> wordForms(List<ClassifiedPaper> papers, java.util.Set<String> indexed) {
        Map<String, String> words = new ConcurrentHashMap<>();
        papers.parallelStream().forEach(cp -> {
            Paper p = cp.paper();
            java.util.function.Consumer<String> add = w -> {
                if (!words.containsKey(w)) words.computeIfAbsent(w, TextAnalyzer::term);
            };
            Words.each(p.title(), add);
            for (String a : p.authors()) Words.each(a, add);
            Words.each(p.abstractText(), add);
        });
        Map<String, String> sorted = new TreeMap<>();
        words.forEach((w, s) -> {
            if (!s.isEmpty() && indexed.contains(s)) sorted.put(w, s);
        });
        return sorted;
    }

    /**
     * Term shards: words grouped by prefix (two letters, more where a shard would be too big), each
     * shard holding its words' stems and the postings of stems that share its prefix. Returns the
     * prefixes that were split (the client needs them to find a word's shard).
     */
    static List<String> shards(Map<String, String> words, Postings postings, Counter counter) throws IOException {
        TreeSet<String> split = new TreeSet<>();
        Map<String, List<String>> byShard = assign(words.keySet(), split, words, postings);
        for (Map.Entry<String, List<String>> e : byShard.entrySet()) {
            counter.accept("t/" + fileName(e.getKey()) + ".json", shardJson(e.getValue(), words, postings));
        }
        return new ArrayList<>(split);
    }

    /** Which shard each word goes to; splits prefixes until no shard exceeds the size limit. */
    private static Map<String, List<String>> assign(java.util.Set<String> all, TreeSet<String> split,
                                                    Map<String, String> words, Postings postings) {
        Map<String, List<String>> byShard = new TreeMap<>();
        for (String w : all) byShard.computeIfAbsent(Shards.keyOf(w, split), k -> new ArrayList<>()).add(w);
        java.util.ArrayDeque<String> queue = new java.util.ArrayDeque<>(byShard.keySet());
        while (!queue.isEmpty()) {
            String key = queue.poll();
            List<String> ws = byShard.get(key);
            if (ws == null || key.endsWith("_") || ws.size() < 2 || estimate(ws, words, postings) <= MAX_SHARD_CHARS) continue;
            split.add(key);
            byShard.remove(key);
            for (String w : ws) {
                String k = Shards.keyOf(w, split);
                if (!byShard.containsKey(k)) queue.add(k);
                byShard.computeIfAbsent(k, x -> new ArrayList<>()).add(w);
            }
        }
        return byShard;
    }

    private static int estimate(List<String> ws, Map<String, String> words, Postings postings) {
        int size = 0;
        java.util.Set<String> stems = new java.util.HashSet<>();
        for (String w : ws) {
            size += w.length() * 2 + 8;
            stems.add(words.get(w));
        }
        for (String s : stems) size += postings.byStem().get(s).length * 2;
        return size;
    }

    /**
     * A shard's file name: its key with every character other than a-z, 0-9 and '_' written as '~'
     * and four hex digits, so names are plain ASCII on every file system and in every URL.
     */
    static String fileName(String key) {
        StringBuilder sb = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_') sb.append(c);
            else sb.append('~').append(String.format("%04x", (int) c));
        }
        return sb.toString();
    }

    private static byte[] shardJson(List<String> ws, Map<String, String> words, Postings postings) throws IOException {
        TreeMap<String, String> w = new TreeMap<>();
        for (String word : ws) w.put(word, words.get(word));
        TreeSet<String> stems = new TreeSet<>(w.values());
        return json(g -> {
            g.writeStartObject();
            g.writeObjectFieldStart("w");
            for (Map.Entry<String, String> e : w.entrySet()) {
                // a word that is its own stem is written with an empty value, which the client reads as "itself"
                g.writeStringField(e.getKey(), e.getKey().equals(e.getValue()) ? "" : e.getValue());
            }
            g.writeEndObject();
            g.writeObjectFieldStart("p");
            for (String stem : stems) {
                int[] flat = postings.byStem().get(stem);
                StringBuilder sb = new StringBuilder(flat.length * 2);
                int last = 0;
                for (int i = 0; i < flat.length; i += 2) {
                    Base64Varint.append(sb, flat[i] - last);
                    Base64Varint.append(sb, flat[i + 1]);
                    last = flat[i];
                }
                g.writeStringField(stem, sb.toString());
            }
            g.writeEndObject();
            g.writeEndObject();
        });
    }

    /** Up to this many authors' names go into a card's author words. */
    static final int CARD_AUTHOR_WORDS = 50;

    /** The lowercase words of the first {@value #CARD_AUTHOR_WORDS} authors' names, accents removed, one space apart. */
    static String authorWords(List<String> authors) {
        StringBuilder sb = new StringBuilder();
        for (String a : authors.subList(0, Math.min(authors.size(), CARD_AUTHOR_WORDS))) {
            String folded = java.text.Normalizer.normalize(a, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                    .toLowerCase(java.util.Locale.ROOT);
            for (String w : folded.split("[^\\p{L}\\p{Nd}]+")) {
                if (w.isEmpty()) continue;
                if (!sb.isEmpty()) sb.append(' ');
                sb.append(w);
            }
        }
        return sb.toString();
    }

    /**
     * Result cards in blocks of {@value #CARD_BLOCK}: [slug, title, authors as shown (up to three, else
     * two and "et al."), year, topic indexes, the words of all authors' names ("" when all are shown)].
     */
    private static void cards(List<ClassifiedPaper> papers, Integer[] order, Map<String, Integer> topicIndex,
                              Counter counter) throws IOException {
        for (int block = 0; block * CARD_BLOCK < order.length; block++) {
            int from = block * CARD_BLOCK;
            int to = Math.min(order.length, from + CARD_BLOCK);
            counter.accept("c/" + block + ".json", json(g -> {
                g.writeStartArray();
                for (int doc = from; doc < to; doc++) {
                    ClassifiedPaper cp = papers.get(order[doc]);
                    Paper p = cp.paper();
                    g.writeStartArray();
                    g.writeString(p.slug());
                    g.writeString(p.title());
                    List<String> a = p.authors();
                    g.writeString(a.size() <= 3 ? String.join(", ", a) : String.join(", ", a.subList(0, 2)) + " et al.");
                    g.writeNumber(year(p));
                    g.writeStartArray();
                    for (String t : cp.topics().topicIds()) g.writeNumber(topicIndex.get(t));
                    g.writeEndArray();
                    // the words of every author's name when the card shows only some, for author: queries
                    g.writeString(a.size() <= 3 ? "" : authorWords(a));
                    g.writeEndArray();
                }
                g.writeEndArray();
            }));
        }
    }

    /** Per topic, the doc ids (gap-encoded) of papers that have it as a secondary topic. */
    private static void secondaryFacets(List<Topic> topics, List<ClassifiedPaper> papers, int[] docOf, Counter counter)
            throws IOException {
        for (Topic t : topics) {
            List<Integer> docs = new ArrayList<>();
            for (int i = 0; i < papers.size(); i++) {
                List<String> ids = papers.get(i).topics().topicIds();
                if (ids.indexOf(t.id()) > 0) docs.add(docOf[i]);
            }
            docs.sort(null);
            StringBuilder sb = new StringBuilder();
            int last = 0;
            for (int d : docs) {
                Base64Varint.append(sb, d - last);
                last = d;
            }
            counter.accept("f/" + t.id() + ".json", json(g -> {
                g.writeStartObject();
                g.writeStringField("d", sb.toString());
                g.writeEndObject();
            }));
        }
    }

    /** The bootstrap: counts, topics with their doc-id ranges and year boundaries, split prefixes. */
    private static void meta(List<Topic> topics, List<ClassifiedPaper> papers, Integer[] order, double scale,
                             List<String> split, Counter counter) throws IOException {
        int n = order.length;
        counter.accept("meta.json", json(g -> {
            g.writeStartObject();
            g.writeNumberField("v", FORMAT);
            g.writeNumberField("n", n);
            g.writeNumberField("block", CARD_BLOCK);
            // only the longest split prefixes: every prefix of a split prefix is split too, and the
            // client restores them, which keeps the bootstrap small
            g.writeArrayFieldStart("split");
            for (int i = 0; i < split.size(); i++) {
                // sorted: anything longer that starts with this prefix comes right after it
                if (i + 1 == split.size() || !split.get(i + 1).startsWith(split.get(i))) g.writeString(split.get(i));
            }
            g.writeEndArray();
            g.writeArrayFieldStart("topics");
            int doc = 0;
            for (Topic t : topics) {
                int start = doc;
                g.writeStartObject();
                g.writeStringField("id", t.id());
                g.writeStringField("name", t.name());
                g.writeNumberField("start", start);
                // [year, first doc id of that year], newest first; -1 is "no date"
                g.writeArrayFieldStart("years");
                int lastYear = Integer.MIN_VALUE;
                while (doc < n && papers.get(order[doc]).topics().primary().equals(t.id())) {
                    int y = year(papers.get(order[doc]).paper());
                    if (y != lastYear) {
                        g.writeStartArray();
                        g.writeNumber(y);
                        g.writeNumber(doc);
                        g.writeEndArray();
                        lastYear = y;
                    }
                    doc++;
                }
                g.writeEndArray();
                g.writeNumberField("end", doc);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }));
    }

    @FunctionalInterface
    private interface JsonWriter {
        void write(JsonGenerator g) throws IOException;
    }

    private static final JsonFactory JSON = new JsonFactory();

    private static byte[] json(JsonWriter w) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            w.write(g);
        }
        return out.toByteArray();
    }
}
