package dev.paperdigest.write;

import dev.paperdigest.model.OutputFile;
import dev.paperdigest.model.OutputSink;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a site atomically: {@link #open} checks the output folder and makes a staging folder next to
 * it ({@code .site.staging-*}), {@link #accept} writes files into the staging folder (thread-safe,
 * each path once), {@link #commit} swaps it in place of the output folder, and {@link #abort}
 * removes it. Paths that would leave the output folder are refused.
 *
 * <p>The output folder is marked by a {@value #MARKER} file, so a later build knows it may replace it;
 * an existing non-empty folder without the marker is never touched.
 */
public final class SiteWriter implements OutputSink, AutoCloseable {
    public static final String MARKER = ".paper-digest";
    private static final String MARKER_TEXT = "This folder is written by 'paper-digest build' and replaced on every build.\n";
    /** The line of the marker that records the base URL the site was built for ({@code check} reads it). */
    public static final String BASE_URL_LINE = "base_url: ";
    /** The marker's line of a site built with {@code --drafts}. */
    public static final String DRAFTS_LINE = "drafts: true\n";

    private final Path out;
    private final Path staging;
    private String marker = "";
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    private boolean done;

    private SiteWriter(Path out, Path staging) {
        this.out = out;
        this.staging = staging;
    }

    /**
     * Checks that {@code out} may be written and opens a staging folder for it.
     *
     * @param root       the digest's root folder
     * @param contentDir the digest's content folder
     */
    public static SiteWriter open(Path out, Path root, Path contentDir) throws OutputFolderException, IOException {
        return open(out, root, contentDir, "/");
    }

    /** As {@link #open(Path, Path, Path)}, recording {@code baseUrl} in the marker. */
    public static SiteWriter open(Path out, Path root, Path contentDir, String baseUrl) throws OutputFolderException, IOException {
        return open(out, root, contentDir, baseUrl, false);
    }

    /** As {@link #open(Path, Path, Path)}, recording {@code baseUrl} and {@code drafts} in the marker. */
    public static SiteWriter open(Path out, Path root, Path contentDir, String baseUrl, boolean drafts)
            throws OutputFolderException, IOException {
        Path o = throughLinks(out.toAbsolutePath().normalize());
        check(o, root.toAbsolutePath().normalize(), contentDir.toAbsolutePath().normalize());
        Path parent = o.getParent();
        Files.createDirectories(parent);
        sweep(o);
        Path staging = Files.createTempDirectory(parent, "." + o.getFileName() + ".staging-");
        // a temporary folder is the owner's alone (0700); the site is for a web server to read
        readableByAll(staging, true);
        SiteWriter w = new SiteWriter(o, staging);
        w.marker = markerText(baseUrl, drafts);
        Files.writeString(staging.resolve(MARKER), w.marker, StandardCharsets.UTF_8);
        return w;
    }

    private static final int UMASK = umask();
    private static final java.util.Set<java.nio.file.attribute.PosixFilePermission> DIR_MODE = mode(0777 & ~UMASK);
    private static final java.util.Set<java.nio.file.attribute.PosixFilePermission> FILE_MODE = mode(0666 & ~UMASK);

    /** The process's umask where the system tells it ({@code /proc/self/status} on Linux), else 022. */
    static int umask() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("Umask:")) return Integer.parseInt(line.substring(6).strip(), 8);
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: the usual umask
        }
        return 022;
    }

    static java.util.Set<java.nio.file.attribute.PosixFilePermission> mode(int bits) {
        java.nio.file.attribute.PosixFilePermission[] all = java.nio.file.attribute.PosixFilePermission.values();
        java.util.Set<java.nio.file.attribute.PosixFilePermission> set = java.util.EnumSet.noneOf(java.nio.file.attribute.PosixFilePermission.class);
        // OWNER_READ .. OTHERS_EXECUTE, highest bit first
        for (int i = 0; i < all.length; i++) if ((bits & (1 << (all.length - 1 - i))) != 0) set.add(all[i]);
        return set;
    }

    /**
     * A folder or file of the site as the user's other files are made: 0777 or 0666 less the umask
     * (0755 and 0644 with the usual 022), which a web server of another user can read; a temporary
     * folder or file starts as the owner's alone. Nothing where POSIX modes do not exist.
     */
    static void readableByAll(Path p, boolean dir) throws IOException {
        java.nio.file.attribute.PosixFileAttributeView view =
                Files.getFileAttributeView(p, java.nio.file.attribute.PosixFileAttributeView.class);
        if (view != null) view.setPermissions(dir ? DIR_MODE : FILE_MODE);
    }

    /**
     * The folder a link names, followed to its end: {@code site} as a link to a web root is built
     * into the web root, and the link stays (replacing it with a folder would unpublish the site).
     */
    static Path throughLinks(Path o) throws OutputFolderException, IOException {
        for (int hops = 0; Files.isSymbolicLink(o); hops++) {
            if (hops == 40) {
                throw new OutputFolderException("refusing to write the site into " + o + ": its links go round in a loop",
                        "point the link at a folder, or pass --out with a folder");
            }
            o = o.getParent().resolve(Files.readSymbolicLink(o)).normalize();
        }
        return o;
    }

    /**
     * Removes what a killed build left beside {@code out}: its staging folder, the old site it was
     * swapping out, the temporary files of a patch. Builds of a digest take turns (the build lock),
     * so none of these belongs to a running build.
     */
    static void sweep(Path out) throws IOException {
        Path parent = out.getParent();
        if (parent == null || !Files.isDirectory(parent)) return;
        String name = "." + out.getFileName();
        List<Path> stray = new java.util.ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(parent, name + ".*")) {
            for (Path p : ds) {
                String n = p.getFileName().toString();
                if (n.startsWith(name + ".staging-") || n.startsWith(name + ".old-") || n.equals(name + ".tmp")) stray.add(p);
            }
        }
        // killed between the two moves of a swap: the old site goes back where it was
        if (!Files.exists(out, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            for (Path p : stray) {
                if (p.getFileName().toString().startsWith(name + ".old-") && Files.exists(p.resolve(MARKER))) {
                    move(p, out);
                    stray.remove(p);
                    break;
                }
            }
        }
        for (Path p : stray) deleteTree(p);
    }

    /** What a site's marker says it was built for. */
    public record Built(String baseUrl, boolean drafts) {
    }

    /** What the marker in {@code out} says, or empty where there is none (not a site of ours). */
    public static java.util.Optional<Built> built(Path out) throws IOException {
        Path marker = out.resolve(MARKER);
        if (!Files.isRegularFile(marker)) return java.util.Optional.empty();
        List<String> lines = Files.readAllLines(marker);
        String url = lines.stream().filter(l -> l.startsWith(BASE_URL_LINE))
                .map(l -> l.substring(BASE_URL_LINE.length())).findFirst().orElse("/");
        return java.util.Optional.of(new Built(url, lines.contains(DRAFTS_LINE.strip())));
    }

    /** The text of the marker this writer wrote. */
    public String markerText() {
        return marker;
    }

    /** The marker file's text for a site built for {@code baseUrl}. */
    public static String markerText(String baseUrl) {
        return markerText(baseUrl, false);
    }

    /** The marker file's text for a site built for {@code baseUrl}, with drafts or without. */
    public static String markerText(String baseUrl, boolean drafts) {
        return MARKER_TEXT + BASE_URL_LINE + baseUrl + "\n" + (drafts ? DRAFTS_LINE : "");
    }

    static void check(Path o, Path root, Path content) throws OutputFolderException {
        if (o.getParent() == null) {
            throw new OutputFolderException("refusing to write the site into " + o + ": it is a file system root",
                    "pass --out site or another new folder");
        }
        if (o.equals(root) || root.startsWith(o)) {
            throw new OutputFolderException("refusing to write the site into " + o + ": it holds the digest itself",
                    "pass --out site (the default) or another folder inside or beside the digest");
        }
        if (o.startsWith(content) || content.startsWith(o)) {
            throw new OutputFolderException("refusing to write the site into " + o + ": it is or holds the content folder",
                    "pass --out site (the default) or another folder outside content/");
        }
        Path themes = root.resolve("themes");
        if (o.startsWith(themes) || o.startsWith(root.resolve(".paper-digest-cache"))) {
            // a site inside a theme would be copied into itself as static files on every build
            throw new OutputFolderException("refusing to write the site into " + o + ": it is inside "
                    + (o.startsWith(themes) ? "themes/, which the build reads" : "the build's cache"),
                    "pass --out site (the default) or another folder outside themes/");
        }
        if (Files.isDirectory(o) && !Files.exists(o.resolve(MARKER)) && !isEmpty(o)) {
            throw new OutputFolderException("refusing to replace " + o + ": it is not empty and was not made by paper-digest",
                    "move its files away, or pass --out with a new folder");
        }
        if (Files.exists(o) && !Files.isDirectory(o)) {
            throw new OutputFolderException("refusing to write the site into " + o + ": it is a file",
                    "pass --out with a folder name");
        }
    }

    private static boolean isEmpty(Path dir) {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            return !s.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }

    /** Writes one file into the staging folder. */
    @Override
    public void accept(OutputFile file) throws IOException {
        String path = file.path();
        // the marker is there from the start (it marks the staging folder as ours); the plan's own copy replaces it
        if (!isSafe(path) && !path.equals(MARKER)) throw new IOException("refusing to write '" + path + "': not a plain path inside the site");
        if (!written.add(path)) throw new IOException("two outputs for the same path '" + path + "'");
        Path target = staging.resolve(path).normalize();
        if (!target.startsWith(staging)) throw new IOException("refusing to write '" + path + "' outside the site");
        Path parent = target.getParent();
        // folders made once: asking the file system again for one that exists costs an exception
        if (!folders.contains(parent)) {
            Files.createDirectories(parent);
            folders.add(parent);
        }
        if (path.equals(MARKER)) Files.write(target, file.content());
        else Files.write(target, file.content(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    /** The attributes of the file staged for {@code path} (a swap keeps them). */
    public BasicFileAttributes attributes(String path) throws IOException {
        return Files.readAttributes(staging.resolve(path), BasicFileAttributes.class);
    }

    /** A relative path of plain names: no empty, {@code .} or {@code ..} segments, no backslashes or colons. */
    static boolean isSafe(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains(":")
                || path.contains("\0") || path.equals(MARKER)) {
            return false;
        }
        for (String seg : path.split("/", -1)) {
            if (seg.isEmpty() || seg.equals(".") || seg.equals("..")) return false;
        }
        return true;
    }

    /**
     * Changes an existing site folder file by file (for repeat builds): writes and deletes only plain
     * paths inside {@code out}. {@link #write} puts the new bytes in a temporary file beside the site
     * (thread-safe); {@link #finish} moves them all in and makes the deletions, each move atomic, so a
     * reader never sees half a file, and nothing of the site changes before it; {@link #abort} drops
     * them.
     */
    public static final class Patch {
        private final Path out;
        private final Path temps;
        private final Map<String, Path> pending = new ConcurrentHashMap<>();
        private final Set<String> deletions = ConcurrentHashMap.newKeySet();

        /** A patch of the site in {@code out}, after sweeping away what killed builds left beside it. */
        public Patch(Path out) throws IOException {
            this.out = out.toAbsolutePath().normalize();
            Path real;
            try {
                real = throughLinks(this.out);
            } catch (OutputFolderException e) {
                throw new IOException(e.getMessage(), e);
            }
            sweep(real);
            // new files are written beside the site, not in it, so a killed build leaves no stray
            // file among the pages (the next build sweeps the folder)
            this.temps = real.resolveSibling("." + real.getFileName() + ".tmp");
        }

        /** Writes {@code content} for {@code path} beside the site; returns the new file's attributes (a move keeps them). */
        public BasicFileAttributes write(String path, byte[] content) throws IOException {
            target(path);
            Files.createDirectories(temps);
            Path tmp = Files.createTempFile(temps, ".write-", ".tmp");
            if (pending.putIfAbsent(path, tmp) != null) {
                Files.delete(tmp);
                throw new IOException("two outputs for the same path '" + path + "'");
            }
            readableByAll(tmp, false);
            Files.write(tmp, content);
            return Files.readAttributes(tmp, BasicFileAttributes.class);
        }

        public void delete(String path) throws IOException {
            target(path);
            deletions.add(path);
        }

        /** Moves the new files in, makes the deletions, and removes the folder of temporary files. */
        public void finish() throws IOException {
            for (Map.Entry<String, Path> e : new java.util.TreeMap<>(pending).entrySet()) {
                Path target = target(e.getKey());
                Files.createDirectories(target.getParent());
                move(e.getValue(), target);
            }
            for (String path : new java.util.TreeSet<>(deletions)) {
                Path target = target(path);
                Files.deleteIfExists(target);
                for (Path dir = target.getParent(); dir != null && !dir.equals(out) && isEmpty(dir); dir = dir.getParent()) {
                    Files.delete(dir);
                }
            }
            pending.clear();
            deletions.clear();
            deleteTree(temps);
        }

        /** Drops the new files; the site is as it was. */
        public void abort() {
            pending.clear();
            deletions.clear();
            try {
                deleteTree(temps);
            } catch (IOException ignored) {
                // the next build sweeps it
            }
        }

        private Path target(String path) throws IOException {
            Path target = out.resolve(path).normalize();
            if ((!isSafe(path) && !path.equals(MARKER)) || !target.startsWith(out)) {
                throw new IOException("refusing to write '" + path + "' outside the site");
            }
            return target;
        }
    }

    public int fileCount() {
        return written.size();
    }

    /** Replaces the output folder with the staging folder. */
    public void commit() throws IOException {
        Path old = null;
        if (Files.exists(out)) {
            old = Files.createTempDirectory(out.getParent(), "." + out.getFileName() + ".old-");
            Files.delete(old);
            move(out, old);
        }
        try {
            move(staging, out);
        } catch (IOException e) {
            if (old != null) move(old, out);
            throw e;
        }
        done = true;
        if (old != null) deleteTree(old);
    }

    /** Drops the staging folder; the output folder is untouched. */
    public void abort() {
        if (done) return;
        done = true;
        try {
            deleteTree(staging);
        } catch (IOException ignored) {
            // best effort: a leftover hidden staging folder is harmless and removed by no one else
        }
    }

    @Override
    public void close() {
        abort();
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        // files in parallel (deleting is most of a rebuild's I/O), then the folders, deepest first
        List<Path> files;
        try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> !Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)).toList();
        }
        try {
            files.parallelStream().forEach(f -> {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
