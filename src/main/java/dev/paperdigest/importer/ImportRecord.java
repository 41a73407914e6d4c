package dev.paperdigest.importer;

/**
 * One paper found in an import source.
 *
 * @param line the source line the record starts on, for the report
 */
public record ImportRecord(String title, String abstractText, int line) {
}
