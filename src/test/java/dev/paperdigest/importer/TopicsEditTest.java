package dev.paperdigest.importer;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TopicsEditTest {
    @Test
    void addsTheTopicsLineAndKeepsEveryOtherByte() {
        String before = "---\ntitle: \"T\"   # a comment\nauthors:\n  - A\n---\n\nBody *stays*.\n\n";
        assertEquals(Optional.of("---\ntitle: \"T\"   # a comment\nauthors:\n  - A\ntopics: [nas, robustness]\n---\n\nBody *stays*.\n\n"),
                TopicsEdit.withTopics(before, List.of("nas", "robustness")));
    }

    @Test
    void replacesAnExistingBlockListInPlace() {
        String before = "---\ntitle: T\ntopics:\n  - generation\n  - nas\nadded: 2026-11-26\n---\nBody\n";
        assertEquals(Optional.of("---\ntitle: T\ntopics: [robustness]\nadded: 2026-11-26\n---\nBody\n"),
                TopicsEdit.withTopics(before, List.of("robustness")));
    }

    @Test
    void replacesAFlowListAndKeepsWindowsLineEndings() {
        String before = "---\r\ntitle: T\r\ntopics: []\r\n---\r\nBody\r\n";
        assertEquals(Optional.of("---\r\ntitle: T\r\ntopics: [nas]\r\n---\r\nBody\r\n"),
                TopicsEdit.withTopics(before, List.of("nas")));
    }

    @Test
    void refusesAFileWithoutFrontMatter() {
        assertEquals(Optional.empty(), TopicsEdit.withTopics("no front matter", List.of("nas")));
    }
}
