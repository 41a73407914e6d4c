package dev.paperdigest.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches folders (and their subfolders, including ones created later) and hands over changed paths
 * in batches: after the first event it waits until {@value #QUIET_MS} ms pass without another, so an
 * editor's burst of writes on save is one rebuild.
 */
final class Watcher implements AutoCloseable {
    static final long QUIET_MS = 100;

    private final WatchService service;
    private final Map<WatchKey, Path> keys = new HashMap<>();
    private final Thread thread;
    private final java.util.List<Path> roots;

    /**
     * @param parent  the folder holding {@code roots}, watched without its subfolders so a root
     *                created later (a first theme) is noticed
     * @param roots   folders watched with all their subfolders
     */
    Watcher(Path parent, java.util.List<Path> roots, Consumer<Set<Path>> onChange) throws IOException {
        service = FileSystems.getDefault().newWatchService();
        this.roots = java.util.List.copyOf(roots);
        keys.put(parent.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE), parent);
        for (Path r : roots) if (Files.isDirectory(r)) registerTree(r);
        thread = new Thread(() -> loop(onChange), "paper-digest-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                keys.put(d.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE), d);
            }
        }
    }

    private void loop(Consumer<Set<Path>> onChange) {
        try {
            while (true) {
                Set<Path> batch = new LinkedHashSet<>();
                WatchKey key = service.take();
                collect(key, batch);
                WatchKey more;
                while ((more = service.poll(QUIET_MS, TimeUnit.MILLISECONDS)) != null) collect(more, batch);
                if (!batch.isEmpty()) {
                    try {
                        onChange.accept(batch);
                    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                        // whatever a rebuild throws, the watcher lives on: the next save is built
                    }
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void collect(WatchKey key, Set<Path> batch) {
        Path dir = keys.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (dir == null || !(event.context() instanceof Path name)) {
                batch.add(dir == null ? Path.of(".") : dir);
                continue;
            }
            Path changed = dir.resolve(name);
            if (name.toString().startsWith(".") || name.toString().endsWith("~")) continue;
            if (roots.stream().noneMatch(changed::startsWith)) continue;
            batch.add(changed);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
                try {
                    registerTree(changed);
                    // files written before the folder was watched were never announced
                    try (Stream<Path> files = Files.walk(changed)) {
                        files.filter(Files::isRegularFile).forEach(batch::add);
                    }
                } catch (IOException ignored) {
                    // the folder went away again; its files will be missed, as they are gone too
                }
            }
        }
        key.reset();
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
    }
}
