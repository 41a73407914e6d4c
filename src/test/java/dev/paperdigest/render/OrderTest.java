package dev.paperdigest.render;

import dev.paperdigest.model.Paper;
import dev.paperdigest.model.PaperDate;
import dev.paperdigest.model.PaperExtras;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The orders lists claim: topic pages newest published first, the home page newest added first. */
class OrderTest {
    private static Paper paper(String slug, String title, String date, String added) {
        return new Paper(slug, slug + ".md", title, List.of(), date == null ? null : PaperDate.parse(date).orElseThrow(),
                added == null ? null : LocalDate.parse(added), "", "", "", "", List.of("a"), List.of(), false, "", "",
                new PaperExtras("", "", null, "", List.of(), "", null, false));
    }

    private static final List<Paper> PAPERS = List.of(
            paper("old", "Zeta", "2015-12-10", "2026-11-26"),
            paper("new-late", "Beta", "2024-05-01", "2026-11-20"),
            paper("new-early", "Alpha", "2024-05-01", "2026-11-27"),
            paper("month", "Gamma", "2024-05", "2026-11-28"),
            paper("undated", "Aardvark", null, "2026-11-29"),
            paper("same", "Alpha", "2024-05-01", "2026-11-27"));

    private static List<String> sorted(java.util.Comparator<Paper> order) {
        List<Paper> list = new ArrayList<>(PAPERS);
        list.sort(order);
        return list.stream().map(Paper::slug).toList();
    }

    @Test
    void topicPagesAreNewestPublishedFirstThenNewestAddedThenTitle() {
        assertEquals(List.of("new-early", "same", "new-late", "month", "old", "undated"), sorted(ViewModels.BY_DATE));
    }

    @Test
    void theHomePageIsNewestAddedFirstThenNewestPublished() {
        assertEquals(List.of("undated", "month", "new-early", "same", "old", "new-late"), sorted(ViewModels.NEWEST));
    }
}
