package dev.paperdigest.importer;

import java.util.List;

/**
 * What a format made of one source, in source order: records with a title, and rejected ones.
 * Problems that make the whole source unusable go to the diagnostics instead.
 */
record ParsedSource(List<Item> items) {
    ParsedSource {
        items = List.copyOf(items);
    }

    /**
     * Exactly one of {@code record} and {@code rejection} is set; {@code warnings} say what had to be
     * changed in the record to make it writable.
     */
    record Item(ImportRecord record, Rejection rejection, List<String> warnings) {
        Item {
            warnings = List.copyOf(warnings);
        }
    }

    List<ImportRecord> records() {
        return items.stream().filter(i -> i.record() != null).map(Item::record).toList();
    }

    /** A record that cannot be imported, and why. */
    record Rejection(String where, String reason) {
        String format() {
            return where + ": rejected: " + reason;
        }
    }
}
