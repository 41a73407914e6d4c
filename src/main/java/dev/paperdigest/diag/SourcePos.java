package dev.paperdigest.diag;

/**
 * A place in a user's file: a path as the user would type it (relative to the digest root,
 * with {@code /} separators), and a 1-based line and column; 0 means "not known".
 */
public record SourcePos(String path, int line, int column) implements Comparable<SourcePos> {

    public SourcePos {
        if (path == null) throw new IllegalArgumentException("path");
        line = Math.max(0, line);
        column = Math.max(0, column);
    }

    public static SourcePos of(String path) {
        return new SourcePos(path, 0, 0);
    }

    public static SourcePos of(String path, int line, int column) {
        return new SourcePos(path, line, column);
    }

    /** {@code path}, {@code path:line} or {@code path:line:col}, as compilers print them. */
    @Override
    public String toString() {
        if (line == 0) return path;
        if (column == 0) return path + ":" + line;
        return path + ":" + line + ":" + column;
    }

    @Override
    public int compareTo(SourcePos o) {
        int c = path.compareTo(o.path);
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }
}
