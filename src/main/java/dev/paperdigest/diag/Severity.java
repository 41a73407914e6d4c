package dev.paperdigest.diag;

/** How bad a diagnostic is: an error stops the build before anything is written. */
public enum Severity {
    ERROR, WARNING;

    public String label() {
        return this == ERROR ? "error" : "warning";
    }
}
