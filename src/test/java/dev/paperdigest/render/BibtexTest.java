package dev.paperdigest.render;

import dev.paperdigest.model.Paper;
import dev.paperdigest.model.PaperDate;
import dev.paperdigest.model.PaperExtras;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** papers.bib entries: the entry type and venue field follow the venue; Scholar's venue tag does too. */
class BibtexTest {
    private static Paper paper(String venue, String doi) {
        return new Paper("resnet", "resnet.md", "Deep Residual Learning for Image Recognition",
                List.of("Kaiming He", "Xiangyu Zhang"), PaperDate.parse("2015-12-10").orElseThrow(), null, "1512.03385",
                "", "", "", List.of("architectures"), List.of(), false, "", "",
                new PaperExtras(venue, doi, null, "", List.of("cs.CV"), "", null, false));
    }

    @Test
    void aConferencePaperIsInproceedingsWithABooktitle() {
        assertEquals("""
                @inproceedings{resnet,
                  title         = {{Deep Residual Learning for Image Recognition}},
                  author        = {Kaiming He and Xiangyu Zhang},
                  year          = {2015},
                  month         = {dec},
                  date          = {2015-12-10},
                  eprint        = {1512.03385},
                  archivePrefix = {arXiv},
                  primaryClass  = {cs.CV},
                  categories    = {cs.CV},
                  doi           = {10.1109/CVPR.2016.90},
                  booktitle     = {CVPR 2016},
                  url           = {https://arxiv.org/abs/1512.03385}
                }
                """, Bibtex.entry(paper("CVPR 2016", "10.1109/CVPR.2016.90"), ""));
    }

    @Test
    void aJournalPaperIsAnArticleAndAnythingElseMisc() {
        String article = Bibtex.entry(paper("International Journal of Computer Vision", ""), "");
        assertEquals("@article{resnet,", article.lines().findFirst().orElseThrow());
        assertEquals(1, article.lines().filter(l -> l.equals("  journal       = {International Journal of Computer Vision},")).count());
        String misc = Bibtex.entry(paper("Distill", ""), "");
        assertEquals("@misc{resnet,", misc.lines().findFirst().orElseThrow());
        assertEquals(1, misc.lines().filter(l -> l.equals("  howpublished  = {Distill},")).count());
        assertEquals("@misc{resnet,", Bibtex.entry(paper("", ""), "").lines().findFirst().orElseThrow());
    }

    @Test
    void scholarGetsAConferenceOrAJournalTitle() {
        List<Views.Meta> conf = Scholar.citationMeta(paper("CVPR 2016", ""), "https://x/p/", "");
        assertEquals(List.of(new Views.Meta("citation_conference_title", "CVPR 2016")),
                conf.stream().filter(m -> m.name().endsWith("_title") && !m.name().equals("citation_title")).toList());
        List<Views.Meta> journal = Scholar.citationMeta(paper("Neurocomputing", ""), "https://x/p/", "");
        assertEquals(List.of(new Views.Meta("citation_journal_title", "Neurocomputing")),
                journal.stream().filter(m -> m.name().endsWith("_title") && !m.name().equals("citation_title")).toList());
    }

    @Test
    void aCardNamesUpToSixAuthorsThenEtAl() {
        Paper six = withAuthors(List.of("A", "B", "C", "D", "E", "F"), false);
        assertEquals(List.of("A", "B", "C", "D", "E", "F"), ViewModels.cardAuthors(six));
        Paper seven = withAuthors(List.of("A", "B", "C", "D", "E", "F", "G"), false);
        assertEquals(List.of("A", "B", "C", "D", "E", "et al."), ViewModels.cardAuthors(seven));
        Paper cut = withAuthors(List.of("A", "B"), true);
        assertEquals(List.of("A", "B", "et al."), ViewModels.cardAuthors(cut));
        assertEquals(List.of("A", "B", "et al."), ViewModels.shownAuthors(cut));
    }

    private static Paper withAuthors(List<String> authors, boolean truncated) {
        return new Paper("p", "p.md", "T", authors, null, null, "", "", "", "", List.of("a"), List.of(), false, "", "",
                new PaperExtras("", "", null, "", List.of(), "", null, truncated));
    }
}
