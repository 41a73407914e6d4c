package dev.paperdigest.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A theme with its fallbacks, most specific first: {@code themes/<name>/} of the digest, then the
 * digest's {@code themes/default/}, then the default theme packed into the jar. A template or static
 * file missing from one layer is taken from the next, so a theme only holds what it changes.
 * A layer holds {@code templates/*.ftlh} and {@code static/**}.
 */
public final class Theme {
    static final String BUILTIN = "/themes/default";

    /** One layer: where it is, and how messages name it. */
    record Layer(Path dir, String display) {
    }

    private final List<Layer> layers;

    private Theme(List<Layer> layers) {
        this.layers = List.copyOf(layers);
    }

    /**
     * The layers for theme {@code name} in digest {@code root}; empty if a named theme other than
     * {@code default} does not exist (the caller reports it).
     */
    public static Optional<Theme> resolve(Path root, String name) {
        List<Layer> layers = new ArrayList<>();
        Path named = root.resolve("themes").resolve(name);
        if (Files.isDirectory(named)) {
            layers.add(new Layer(named, "themes/" + name));
        } else if (!name.equals("default")) {
            return Optional.empty();
        }
        Path local = root.resolve("themes").resolve("default");
        if (!name.equals("default") && Files.isDirectory(local)) layers.add(new Layer(local, "themes/default"));
        layers.add(new Layer(builtinDir(), "(built-in) themes/default"));
        return Optional.of(new Theme(layers));
    }

    /** The default theme inside the jar (or {@code target/classes} when run from the build). */
    static Path builtinDir() {
        URL marker = Theme.class.getResource(BUILTIN + "/theme.yaml");
        if (marker == null) throw new IllegalStateException("the built-in theme is missing from the jar");
        try {
            URI uri = marker.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return fs.getPath(BUILTIN);
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open the built-in theme: " + e.getMessage(), e);
        }
    }

    /** Freemarker's loader over the layers' {@code templates/} folders, first layer first. */
    TemplateLoader templateLoader() throws IOException {
        List<TemplateLoader> loaders = new ArrayList<>();
        for (Layer l : layers) {
            Path t = l.dir().resolve("templates");
            if (t.getFileSystem() == FileSystems.getDefault()) {
                if (Files.isDirectory(t)) loaders.add(new FileTemplateLoader(t.toFile()));
            } else {
                loaders.add(new ClassTemplateLoader(Theme.class, BUILTIN + "/templates"));
            }
        }
        return new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new));
    }

    /** How messages name template {@code name}: the file of the first layer that has it. */
    String templateDisplay(String name) {
        for (Layer l : layers) {
            if (Files.isRegularFile(l.dir().resolve("templates").resolve(name))) {
                return l.display() + "/templates/" + name;
            }
        }
        return "templates/" + name;
    }

    /** The names of every template any layer has, sorted. */
    public java.util.SortedSet<String> templateNames() {
        java.util.SortedSet<String> names = new java.util.TreeSet<>();
        for (Layer l : layers) {
            Path t = l.dir().resolve("templates");
            if (!Files.isDirectory(t)) continue;
            try (Stream<Path> s = Files.list(t)) {
                s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".ftlh") || n.endsWith(".ftl")).forEach(names::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return names;
    }

    /** The source of template {@code name} as the renderer will load it (from the first layer that has it). */
    public byte[] templateBytes(String name) {
        for (Layer l : layers) {
            Path f = l.dir().resolve("templates").resolve(name);
            if (Files.isRegularFile(f)) {
                try {
                    return Files.readAllBytes(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return new byte[0];
    }

    /**
     * Every static file of the theme, by output path ({@code css/style.css}), taken from the first
     * layer that has it. Sorted, so output does not depend on directory order. A name that URLs or
     * file systems cannot carry, or a link to anything outside its layer's folder, is a problem:
     * every one found is thrown at once.
     */
    Map<String, Path> staticFiles() {
        Map<String, Path> out = new TreeMap<>();
        List<ThemeException.Problem> problems = new ArrayList<>();
        for (Layer l : layers) {
            Path s = l.dir().resolve("static");
            if (!Files.isDirectory(s)) continue;
            Path own = realOrSelf(l.dir());
            try (Stream<Path> walk = Files.walk(s)) {
                walk.filter(Files::isRegularFile).forEach(p -> {
                    String rel = s.relativize(p).toString().replace('\\', '/');
                    if (rel.startsWith(".") || rel.contains("/.")) return;
                    String display = l.display() + "/static/" + rel;
                    if (!realOrSelf(p).startsWith(own)) {
                        problems.add(new ThemeException.Problem(display, "static file is a link to a file outside the theme's folder",
                                "copy the file into the theme instead: a link out of it could publish any file of this machine"));
                        return;
                    }
                    String bad = badName(rel);
                    if (bad != null) {
                        problems.add(new ThemeException.Problem(display, "static file name " + bad,
                                "rename it with letters, digits, '-', '_' and '.' only"));
                        return;
                    }
                    out.putIfAbsent(rel, p);
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (!problems.isEmpty()) throw new ThemeException(problems);
        return out;
    }

    /** How messages name the static file published at {@code rel}: the file of the first layer that has it. */
    String staticDisplay(String rel) {
        for (Layer l : layers) {
            if (Files.isRegularFile(l.dir().resolve("static").resolve(rel))) return l.display() + "/static/" + rel;
        }
        return "static/" + rel;
    }

    private static Path realOrSelf(Path p) {
        if (p.getFileSystem() != FileSystems.getDefault()) return p;
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    /**
     * Why {@code rel} cannot be a path of the site, or null: characters that URLs give another meaning
     * ({@code ? # %}) or that some file systems refuse ({@code : * " < > | \} and control characters).
     */
    static String badName(String rel) {
        for (int i = 0; i < rel.length(); i++) {
            char c = rel.charAt(i);
            if (c < 0x20 || c == 0x7f) return "has a control character";
            if ("?#%:*\"<>|\\".indexOf(c) >= 0) return "has '" + c + "', which URLs or file systems do not carry as a name";
        }
        return null;
    }
}
