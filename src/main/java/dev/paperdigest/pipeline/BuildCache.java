package dev.paperdigest.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The state a build leaves for the next one, in {@code <cache>/state.json}: a fingerprint of every
 * input (content and theme files by size and modification time, options, tool version), the output
 * folder it wrote, each page's model hash and each output file's content hash. Safe to delete: the
 * next build is then a clean one. A state that cannot be read is ignored the same way.
 */
final class BuildCache {
    static final String STATE = "state.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * What the last build wrote.
     *
     * @param pages each page's model hash
     * @param files each output file's content hash
     * @param site  each file of the output folder as the build left it ({@link #meta}), to tell what
     *              was changed there since
     */
    record State(String fingerprint, String out, Map<String, String> pages, Map<String, String> files,
                 Map<String, String> site) {
    }

    private BuildCache() {
    }

    static Optional<State> read(Path cacheDir) {
        Path f = cacheDir.resolve(STATE);
        if (!Files.isRegularFile(f)) return Optional.empty();
        try {
            JsonNode n = JSON.readTree(f.toFile());
            Map<String, String> pages = new HashMap<>();
            for (Map.Entry<String, JsonNode> e : n.path("pages").properties()) pages.put(e.getKey(), e.getValue().asText());
            Map<String, String> files = new HashMap<>();
            for (Map.Entry<String, JsonNode> e : n.path("files").properties()) files.put(e.getKey(), e.getValue().asText());
            Map<String, String> site = new HashMap<>();
            for (Map.Entry<String, JsonNode> e : n.path("site").properties()) site.put(e.getKey(), e.getValue().asText());
            return Optional.of(new State(n.path("fingerprint").asText(), n.path("out").asText(), pages, files, site));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static void forget(Path cacheDir) throws IOException {
        Files.deleteIfExists(cacheDir.resolve(STATE));
    }

    static void write(Path cacheDir, State s) throws IOException {
        Files.createDirectories(cacheDir);
        ObjectNode n = JSON.createObjectNode();
        n.put("fingerprint", s.fingerprint());
        n.put("out", s.out());
        ObjectNode pages = n.putObject("pages");
        new TreeMap<>(s.pages()).forEach(pages::put);
        ObjectNode files = n.putObject("files");
        new TreeMap<>(s.files()).forEach(files::put);
        ObjectNode site = n.putObject("site");
        new TreeMap<>(s.site()).forEach(site::put);
        Path tmp = Files.createTempFile(cacheDir, STATE, ".tmp");
        Files.write(tmp, JSON.writeValueAsBytes(n));
        Files.move(tmp, cacheDir.resolve(STATE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** A fingerprint of every input file (path, size, modification time) under the given folders, plus {@code extra}. */
    /**
     * Every regular file under {@code dir} (links not followed) with its size and time: one stat per
     * entry, made in parallel (at 100,000 papers the stats are most of the fingerprint's time).
     */
    /**
     * A link to a file is read by the build like the file (the load stage follows it), so it is an
     * input with the file's size and time, as the load stage saw them; a link to nothing is an input
     * too (the file may appear). Links to folders are not followed (a loop would never end).
     */
    private static void linked(Path link, Map<Path, String> files) throws IOException {
        try {
            BasicFileAttributes t = Files.readAttributes(link, BasicFileAttributes.class);
            if (t.isRegularFile()) files.put(link, meta(t.size(), t.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS)));
        } catch (java.nio.file.NoSuchFileException broken) {
            files.put(link, "broken link");
        }
    }

    private static void statTree(Path dir, Map<Path, String> files, java.util.function.Predicate<Path> skip) throws IOException {
        List<Path> entries = new java.util.ArrayList<>();
        try (java.nio.file.DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) if (!skip.test(p)) entries.add(p);
        }
        BasicFileAttributes[] attrs = new BasicFileAttributes[entries.size()];
        try {
            java.util.stream.IntStream.range(0, attrs.length).parallel().forEach(i -> {
                try {
                    attrs[i] = Files.readAttributes(entries.get(i), BasicFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS);
                } catch (java.nio.file.NoSuchFileException gone) {
                    attrs[i] = null; // deleted while we looked: not an input any more
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        for (int i = 0; i < attrs.length; i++) {
            BasicFileAttributes a = attrs[i];
            if (a == null) continue;
            if (a.isDirectory()) statTree(entries.get(i), files, skip);
            else if (a.isRegularFile()) files.put(entries.get(i), meta(a.size(), a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS)));
            else if (a.isSymbolicLink()) linked(entries.get(i), files);
        }
    }

    /**
     * Every file of the output folder {@code out} (through a link), by output path, with its size and
     * time: what the next build compares with to tell a site changed by hand.
     */
    static Map<String, String> scan(Path out) throws IOException {
        Map<String, String> site = new HashMap<>();
        if (!Files.isDirectory(out)) return site;
        Path real = out.toRealPath();
        inputs(List.of(real), p -> false).forEach((p, meta) -> site.put(real.relativize(p).toString().replace('\\', '/'), meta));
        return site;
    }

    static String fingerprint(List<Path> roots, Path relativeTo, String extra) throws IOException {
        return fingerprint(inputs(roots, p -> false), relativeTo, extra);
    }

    /**
     * Every regular file under {@code roots} with its size and time, but those {@code skip} accepts
     * (a build that reads them stats them itself, just before reading: see {@link #meta}).
     */
    static TreeMap<Path, String> inputs(List<Path> roots, java.util.function.Predicate<Path> skip) throws IOException {
        TreeMap<Path, String> files = new TreeMap<>();
        for (Path root : roots) {
            if (Files.exists(root)) statTree(root, files, skip);
        }
        return files;
    }

    static String meta(BasicFileAttributes a) {
        return meta(a.size(), a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS));
    }

    /** How a file enters the fingerprint: its size and modification time. */
    static String meta(long size, long modifiedNanos) {
        return size + "\u0000" + modifiedNanos;
    }

    /** The fingerprint of input files (path to {@link #meta}), plus {@code extra}. */
    static String fingerprint(Map<Path, String> files, Path relativeTo, String extra) {
        MessageDigest md = sha256();
        md.update(extra.getBytes(StandardCharsets.UTF_8));
        StringBuilder lines = new StringBuilder(files.size() * 64);
        new TreeMap<>(files).forEach((p, meta) -> lines.append(relativeTo.relativize(p)).append('\u0000').append(meta).append('\n'));
        md.update(lines.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(md.digest());
    }

    static String hash(byte[] bytes) {
        return ContentHash.hex(bytes);
    }

    static String hash(String text) {
        return hash(text.getBytes(StandardCharsets.UTF_8));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
