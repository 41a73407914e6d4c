package dev.paperdigest.text;

import org.junit.jupiter.api.Test;

import static dev.paperdigest.text.Venues.Kind.CONFERENCE;
import static dev.paperdigest.text.Venues.Kind.JOURNAL;
import static dev.paperdigest.text.Venues.Kind.OTHER;
import static org.junit.jupiter.api.Assertions.assertEquals;

class VenuesTest {
    @Test
    void readsConferencesAndWorkshops() {
        for (String v : new String[] {"CVPR 2017", "NeurIPS 2021 Datasets and Benchmarks Track", "ICLR 2015 Workshop",
                "ECCV 2024 Workshops", "FAT* 2020 (Conference on Fairness, Accountability, and Transparency)", "ICDM Workshops 2020",
                "Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition", "SIMBAD 2015", "ICCV 2025 Workshops",
                "International Conference on Machine Learning", "MICCAI 2024", "ECIR 2020"}) {
            assertEquals(CONFERENCE, Venues.kind(v), v);
        }
    }

    @Test
    void readsJournals() {
        for (String v : new String[] {"IEEE Transactions on Pattern Analysis and Machine Intelligence", "International Journal of Computer Vision",
                "Neurocomputing", "Transactions on Machine Learning Research", "Proceedings of the IEEE", "Nature", "TPAMI"}) {
            assertEquals(JOURNAL, Venues.kind(v), v);
        }
    }

    @Test
    void leavesEverythingElseOther() {
        for (String v : new String[] {"", "  ", "Distill", "Technical report", "Google Research blog", "CVPRW-like thing"}) {
            assertEquals(OTHER, Venues.kind(v), v);
        }
        assertEquals(OTHER, Venues.kind(null));
    }
}
