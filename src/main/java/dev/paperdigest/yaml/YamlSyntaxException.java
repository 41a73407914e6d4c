package dev.paperdigest.yaml;

/** The text is not YAML (or repeats a key); line and column are file positions, 1-based. */
public final class YamlSyntaxException extends Exception {
    private final int line;
    private final int column;

    public YamlSyntaxException(String message, int line, int column) {
        super(message);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
