package dev.paperdigest.importer;

import dev.paperdigest.diag.Diagnostics;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where a BibTeX entry says it appeared, and its code link, as the importer reads them. */
class BibtexVenueTest {
    private static ImportRecord only(String bib) {
        List<ImportRecord> records = BibtexFormat.parse(bib, "x.bib", new Diagnostics()).records();
        assertEquals(1, records.size());
        return records.get(0);
    }

    @Test
    void readsTheVenueFromJournalBooktitleOrHowpublished() {
        assertEquals("IEEE Transactions on Image Processing",
                only("@article{a, title = {T}, journal = {IEEE Transactions on Image Processing}}").venue());
        assertEquals("CVPR 2017", only("@inproceedings{a, title = {T}, booktitle = {CVPR 2017}}").venue());
        // what our own papers.bib writes for a venue that is neither
        assertEquals("Distill", only("@misc{a, title = {T}, howpublished = {Distill}}").venue());
        // a link in howpublished is where to find it, not a venue
        assertEquals("", only("@misc{a, title = {T}, howpublished = {\\url{https://example.org/x}}}").venue());
        assertEquals("", only("@misc{a, title = {T}, howpublished = {https://example.org/x}}").venue());
        assertEquals("CVPR 2017", only("@inproceedings{a, title = {T}, booktitle = {CVPR 2017}, howpublished = {Poster}}").venue());
    }

    @Test
    void readsACodeLink() {
        ImportRecord r = only("@misc{a, title = {T}, code = {https://github.com/littlepure2333/APE}}");
        assertEquals("https://github.com/littlepure2333/APE", r.code());
        assertEquals("", r.url());
        assertEquals("", only("@misc{a, title = {T}, code = {not a link}}").code());
    }
}
