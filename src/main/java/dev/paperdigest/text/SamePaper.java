package dev.paperdigest.text;

/**
 * The one rule by which import, build and check tell whether two papers with the same title (as
 * {@link Texts#titleKey} folds it) are one paper: they are, unless both arXiv ids are known and
 * differ, or both years are known and {@link #YEARS_APART} or more apart. A preprint and its
 * conference version (arXiv 2015, CVPR 2016) are one paper; Bellman's 1957 book and 1966 article,
 * both "Dynamic Programming", are two.
 */
public final class SamePaper {
    /** Years between two same-titled papers that make them two papers, not two versions of one. */
    public static final int YEARS_APART = 2;

    private SamePaper() {
    }

    /**
     * Whether two papers of one title are different papers.
     *
     * @param yearA  0 when not known
     * @param arxivA "" when not known
     */
    public static boolean differ(int yearA, String arxivA, int yearB, String arxivB) {
        boolean idsDiffer = !arxivA.isEmpty() && !arxivB.isEmpty() && !arxivA.equals(arxivB);
        boolean yearsApart = yearA != 0 && yearB != 0 && Math.abs(yearA - yearB) >= YEARS_APART;
        return idsDiffer || yearsApart;
    }
}
