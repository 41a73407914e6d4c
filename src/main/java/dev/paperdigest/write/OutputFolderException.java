package dev.paperdigest.write;

/** The output folder cannot be used: it would overwrite the user's own files. */
public final class OutputFolderException extends Exception {
    private final String hint;

    public OutputFolderException(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    public String hint() {
        return hint;
    }
}
