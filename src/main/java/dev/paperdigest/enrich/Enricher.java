package dev.paperdigest.enrich;

import dev.paperdigest.importer.ContentFile;
import dev.paperdigest.importer.ImportRecord;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Enriches paper files one at a time: works out what each lacks, finds the paper (by its arXiv id,
 * its DOI, or an exact title match on arXiv, then Semantic Scholar), and fills only the keys the file
 * lacks. Each file is written as soon as it is done, so a run that stops half-way keeps what it did.
 */
public final class Enricher {
    /** The keys enrich fills, in the order it reports them. */
    public static final List<String> KEYS = List.of("arxiv", "authors", "date", "venue", "doi", "code", "project", "upvotes",
            "categories");

    /** One paper to enrich: its file and how messages name it. */
    public record Target(Path file, String name) {
    }

    /** How far a run got. {@code stopped} is null when it finished. */
    public record Result(int done, int total, Map<String, Integer> filled, List<String> lines, List<Review> reviews,
                         String stopped, int requests) {
    }

    /** Progress after each paper: done of total, and the seconds still to wait on arXiv's pace at most. */
    public record Progress(int done, int total, long secondsLeft) {
    }

    private final Sources sources;
    private final ApiClient client;
    private final Lookup lookup;
    private final boolean dryRun;

    public Enricher(Sources sources, Path cacheDir, boolean offline, boolean dryRun) {
        this(sources, cacheDir, offline, dryRun, ApiClient.Clock.SYSTEM);
    }

    Enricher(Sources sources, Path cacheDir, boolean offline, boolean dryRun, ApiClient.Clock clock) {
        this.sources = sources;
        this.client = new ApiClient(sources, cacheDir, offline, clock);
        this.lookup = new Lookup(client, sources);
        this.dryRun = dryRun;
    }

    public Result run(List<Target> targets, Consumer<Progress> progress) {
        Map<String, Integer> filled = new LinkedHashMap<>();
        for (String k : KEYS) filled.put(k, 0);
        List<String> lines = new ArrayList<>();
        List<Review> reviews = new ArrayList<>();
        int done = 0;
        for (Target t : targets) {
            try {
                enrich(t, filled, lines, reviews);
            } catch (ApiClient.Unreachable e) {
                return new Result(done, targets.size(), filled, lines, reviews, e.getMessage(), client.requests());
            } catch (IOException e) {
                lines.add(t.name() + ": not filled: " + e.getMessage());
            }
            done++;
            progress.accept(new Progress(done, targets.size(), (targets.size() - done) * sources.arxivGap().toSeconds()));
        }
        return new Result(done, targets.size(), filled, lines, reviews, null, client.requests());
    }

    private void enrich(Target t, Map<String, Integer> filled, List<String> lines, List<Review> reviews)
            throws ApiClient.Unreachable, IOException {
        Optional<ContentFile.Facts> read = ContentFile.read(t.file());
        if (read.isEmpty()) {
            reviews.add(new Review(t.name(), "its front matter cannot be read (run 'paper-digest build' to see why)", List.of()));
            return;
        }
        ContentFile.Facts f = read.get();
        List<String> missing = new ArrayList<>(KEYS);
        missing.removeAll(f.present());
        if (missing.isEmpty()) return;
        Found found = find(t, f, reviews);
        if (found == null) return;
        String id = !found.arxiv.isEmpty() ? found.arxiv : f.arxiv();
        if (found.s2 == null && !id.isEmpty() && (missing.contains("venue") || missing.contains("doi"))) {
            found.s2 = lookup.s2ById("ARXIV:" + id).orElse(null);
        }
        ImportRecord hf = null;
        if (!id.isEmpty() && (missing.contains("code") || missing.contains("project") || missing.contains("upvotes"))) {
            hf = lookup.huggingFace(id).orElse(null);
        }
        ImportRecord merged = merge(found.arxivRecord, found.s2, hf, missing);
        List<String> keys = ContentFile.fill(t.file(), merged, dryRun);
        for (String k : keys) filled.merge(k, 1, Integer::sum);
        if (!keys.isEmpty()) {
            lines.add(t.name() + ": " + (dryRun ? "would fill " : "filled ") + String.join(", ", keys) + " (" + found.how
                    + sourcesOf(found.arxivRecord, found.s2, hf) + ")");
        }
    }

    /** What was found for one paper, and how it was matched. */
    private static final class Found {
        ImportRecord arxivRecord;
        ImportRecord s2;
        String arxiv = "";
        String how;
    }

    /** The paper's records, or null with a review when it cannot be told which paper it is. */
    private Found find(Target t, ContentFile.Facts f, List<Review> reviews) throws ApiClient.Unreachable {
        Found found = new Found();
        if (!f.arxiv().isEmpty()) {
            found.how = "by arXiv id";
            found.arxivRecord = lookup.arxivById(f.arxiv()).orElse(null);
            if (found.arxivRecord == null) {
                reviews.add(new Review(t.name(), "arXiv has no paper " + f.arxiv() + unreadable(), List.of()));
                return null;
            }
            found.arxiv = f.arxiv();
            return found;
        }
        if (!f.doi().isEmpty()) {
            found.s2 = lookup.s2ById("DOI:" + f.doi()).orElse(null);
            if (found.s2 != null) {
                found.how = "by DOI";
                found.arxiv = found.s2.arxiv();
                if (!found.arxiv.isEmpty()) found.arxivRecord = lookup.arxivById(found.arxiv).orElse(null);
                return found;
            }
        }
        List<ImportRecord> byTitle = lookup.arxivByTitle(f.title());
        List<ImportRecord> exact = byTitle.stream().filter(r -> Lookup.matches(f, r)).toList();
        if (exact.size() > 1) {
            reviews.add(new Review(t.name(), exact.size() + " arXiv papers have this exact title; add the right arxiv id by hand",
                    candidates("arXiv", exact)));
            return null;
        }
        if (exact.size() == 1) {
            found.how = "by exact title on arXiv";
            found.arxivRecord = exact.get(0);
            found.arxiv = exact.get(0).arxiv();
            return found;
        }
        Optional<ImportRecord> s2 = lookup.s2ByTitle(f.title());
        if (s2.isPresent() && Lookup.matches(f, s2.get())) {
            found.how = "by exact title on Semantic Scholar";
            found.s2 = s2.get();
            found.arxiv = s2.get().arxiv();
            if (!found.arxiv.isEmpty()) found.arxivRecord = lookup.arxivById(found.arxiv).orElse(null);
            return found;
        }
        List<Review.Candidate> cands = new ArrayList<>(candidates("arXiv", byTitle));
        s2.ifPresent(r -> cands.addAll(candidates("Semantic Scholar", List.of(r))));
        reviews.add(new Review(t.name(), (cands.isEmpty() ? "found by none of the services" : "no exact title match") + unreadable(),
                cands));
        return null;
    }

    private String unreadable() {
        List<String> u = lookup.takeUnreadable();
        return u.isEmpty() ? "" : " (" + String.join("; ", u) + ")";
    }

    private static List<Review.Candidate> candidates(String source, List<ImportRecord> records) {
        List<Review.Candidate> out = new ArrayList<>();
        for (ImportRecord r : records) {
            out.add(new Review.Candidate(source, r.arxiv().isEmpty() ? r.doi() : r.arxiv(), r.title(),
                    r.authors().isEmpty() ? "" : r.authors().get(0), r.date() == null ? 0 : r.date().year()));
        }
        return out;
    }

    /**
     * One record of what to fill: arXiv first for the id, authors, v1 date and categories;
     * Semantic Scholar for the venue (arXiv's journal reference when it has none) and DOI; Hugging
     * Face for code, project page and upvotes. Keys the file has are left empty, so they stay as written.
     */
    static ImportRecord merge(ImportRecord arxiv, ImportRecord s2, ImportRecord hf, List<String> missing) {
        String id = pick(missing, "arxiv", arxiv == null ? "" : arxiv.arxiv(), s2 == null ? "" : s2.arxiv());
        List<String> authors = !missing.contains("authors") ? List.of()
                : arxiv != null && !arxiv.authors().isEmpty() ? arxiv.authors() : s2 != null ? s2.authors() : List.of();
        var date = !missing.contains("date") ? null : arxiv != null && arxiv.date() != null ? arxiv.date() : s2 == null ? null : s2.date();
        String venue = pick(missing, "venue", s2 == null ? "" : s2.venue(), arxiv == null ? "" : arxiv.venue());
        String doi = pick(missing, "doi", arxiv == null ? "" : arxiv.doi(), s2 == null ? "" : s2.doi());
        String code = pick(missing, "code", hf == null ? "" : hf.code(), "");
        String project = pick(missing, "project", hf == null ? "" : hf.project(), "");
        Integer upvotes = missing.contains("upvotes") && hf != null ? hf.upvotes() : null;
        List<String> categories = missing.contains("categories") && arxiv != null ? arxiv.categories() : List.of();
        return new ImportRecord("enrich", "", authors, false, "", date, id, doi, "", "", code, project, venue, upvotes,
                categories, "", null, List.of());
    }

    private static String pick(List<String> missing, String key, String first, String second) {
        if (!missing.contains(key)) return "";
        return first != null && !first.isEmpty() ? first : second == null ? "" : second;
    }

    private static String sourcesOf(ImportRecord arxiv, ImportRecord s2, ImportRecord hf) {
        List<String> s = new ArrayList<>();
        if (arxiv != null) s.add("arXiv " + arxiv.arxiv());
        if (s2 != null) s.add("Semantic Scholar");
        if (hf != null) s.add("Hugging Face");
        return s.isEmpty() ? "" : ": " + String.join(", ", s);
    }
}
