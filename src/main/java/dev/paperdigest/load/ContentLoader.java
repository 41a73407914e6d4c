package dev.paperdigest.load;

import dev.paperdigest.diag.Diagnostics;
import dev.paperdigest.diag.SourcePos;
import dev.paperdigest.model.Paper;
import dev.paperdigest.model.Topic;
import dev.paperdigest.text.Slugs;
import dev.paperdigest.text.SamePaper;
import dev.paperdigest.text.Texts;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The load stage: every {@code *.md} file directly in {@code content/papers/}, read in parallel,
 * to papers sorted by slug. Files that are not Markdown, and hidden files, are skipped.
 */
public final class ContentLoader {
    public static final String PAPERS_DIR = "papers";

    private ContentLoader() {
    }

    /**
     * @param contentDir  the {@code content/} folder
     * @param displayBase how the content folder is named in messages ({@code content})
     * @param topics      the digest's topics, which a paper's {@code topics} must name
     */
    public static List<Paper> load(Path contentDir, String displayBase, List<Topic> topics, Diagnostics diags) {
        return load(contentDir, displayBase, topics, diags, null);
    }

    /**
     * What one file gave last time: its size and modification time, the paper (if it loaded) and its
     * problems. A file whose size and time are unchanged is not read again.
     */
    public record Cached(long size, long modified, Optional<Paper> paper, List<dev.paperdigest.diag.Diagnostic> problems) {
    }

    /**
     * As {@link #load(Path, String, List, Diagnostics)}, reusing and updating {@code cache} (file name
     * to what it gave), so a rebuild reads only the files that changed. {@code cache} may be null.
     */
    public static List<Paper> load(Path contentDir, String displayBase, List<Topic> topics, Diagnostics diags,
                                   java.util.concurrent.ConcurrentMap<String, Cached> cache) {
        Path dir = contentDir.resolve(PAPERS_DIR);
        String displayDir = displayBase + "/" + PAPERS_DIR;
        if (!Files.isDirectory(dir)) {
            diags.error(SourcePos.of(displayDir), "folder not found",
                    "put one Markdown file per paper in " + displayDir + "/, or import some with 'paper-digest import'");
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(ContentLoader::isPaperName)
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            diags.error(SourcePos.of(displayDir), "cannot list folder: " + e.getMessage(), "check its permissions");
            return List.of();
        }
        PaperReader reader = new PaperReader(topics);
        if (cache != null) {
            java.util.Set<String> names = new java.util.HashSet<>();
            files.forEach(f -> names.add(f.getFileName().toString()));
            cache.keySet().retainAll(names);
        }
        List<Paper> papers = files.parallelStream()
                .map(p -> cache == null ? readOne(p, displayDir + "/" + p.getFileName(), reader, diags)
                        : cached(p, displayDir + "/" + p.getFileName(), reader, diags, cache))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(Paper::slug))
                .toList();
        warnDuplicates(papers, diags);
        return papers;
    }

    /** Whether a file of the papers folder is a paper by its name: {@code *.md}, not hidden. */
    public static boolean isPaperName(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".md") && !name.startsWith(".");
    }

    private static Optional<Paper> cached(Path file, String display, PaperReader reader, Diagnostics diags,
                                          java.util.concurrent.ConcurrentMap<String, Cached> cache) {
        String name = file.getFileName().toString();
        long size;
        long modified;
        try {
            // the stat comes before the read, so a cache keyed on it never holds newer text than it says
            java.nio.file.attribute.BasicFileAttributes a = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
            size = a.size();
            modified = a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS);
        } catch (IOException e) {
            return readOne(file, display, reader, diags);
        }
        Cached c = cache.get(name);
        if (c == null || c.size() != size || c.modified() != modified) {
            Diagnostics mine = new Diagnostics();
            Optional<Paper> paper = readOne(file, display, reader, mine);
            c = new Cached(size, modified, paper, mine.sorted());
            cache.put(name, c);
        }
        diags.addAll(c.problems());
        return c.paper();
    }

    /**
     * One file, its problems collected on their own before they join {@code diags}: the reader decides
     * whether its file failed by the errors it added, which on a collector shared by parallel reads
     * would count other files' errors too (and drop valid papers).
     */
    private static Optional<Paper> readOne(Path file, String display, PaperReader reader, Diagnostics diags) {
        Diagnostics mine = new Diagnostics();
        Optional<Paper> paper = readAlone(file, display, reader, mine);
        diags.addAll(mine.sorted());
        return paper;
    }

    private static Optional<Paper> readAlone(Path file, String display, PaperReader reader, Diagnostics diags) {
        String name = file.getFileName().toString();
        String slug = name.substring(0, name.length() - 3);
        if (!Slugs.isValid(slug)) {
            diags.error(SourcePos.of(display), "file name '" + name + "' is not a valid slug: use lowercase letters,"
                    + " digits and single hyphens (it becomes the page's URL)", "rename it to " + Slugs.of(slug) + ".md");
            return Optional.empty();
        }
        String text;
        try {
            text = Files.readString(file);
        } catch (CharacterCodingException e) {
            diags.error(firstInvalidUtf8(file, display), "not valid UTF-8 text", "save the file as UTF-8");
            return Optional.empty();
        } catch (IOException e) {
            diags.error(SourcePos.of(display), "cannot read file: " + e.getMessage(), "check its permissions");
            return Optional.empty();
        }
        try {
            return reader.read(slug, display, Texts.contentText(text), diags);
        } catch (StackOverflowError e) {
            diags.error(SourcePos.of(display, 1, 1), "this file nests too deeply to read",
                    "look for a long run of brackets, quotes or list markers and write it plainer");
            return Optional.empty();
        }
    }

    /** Where the first byte that is not UTF-8 is, as a line and column (in characters); the file alone if it cannot be read again. */
    static SourcePos firstInvalidUtf8(Path file, String display) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            java.nio.charset.CharsetDecoder dec = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
            java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
            java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
            dec.decode(in, out, true);
            int bad = in.position();
            out.flip();
            int line = 1;
            int col = 1;
            for (int i = 0; i < out.length(); i++) {
                if (out.charAt(i) == '\n') {
                    line++;
                    col = 1;
                } else {
                    col++;
                }
            }
            return bad < bytes.length ? SourcePos.of(display, line, col) : SourcePos.of(display);
        } catch (IOException | RuntimeException e) {
            return SourcePos.of(display);
        }
    }

    /** The same paper twice would show twice on every page: warn, naming both files. */
    private static void warnDuplicates(List<Paper> papers, Diagnostics diags) {
        Map<String, List<Paper>> byTitle = new HashMap<>();
        Map<String, Paper> byArxiv = new HashMap<>();
        for (Paper p : papers) {
            Paper other = p.arxiv().isEmpty() ? null : byArxiv.putIfAbsent(p.arxiv(), p);
            String what = "arXiv id " + p.arxiv();
            if (other == null) {
                List<Paper> same = byTitle.computeIfAbsent(Texts.titleKey(p.title()), k -> new ArrayList<>());
                what = "title";
                for (Paper t : same) {
                    if (!SamePaper.differ(year(p), p.arxiv(), year(t), t.arxiv())) {
                        other = t;
                        break;
                    }
                }
                same.add(p);
            }
            if (other != null) {
                diags.warning(SourcePos.of(p.source()), "same " + what + " as " + other.source(),
                        "keep one of the two files");
            }
        }
    }

    private static int year(Paper p) {
        return p.date() == null ? 0 : p.date().year();
    }
}
