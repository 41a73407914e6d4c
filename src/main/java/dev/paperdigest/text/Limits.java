package dev.paperdigest.text;

/**
 * The sizes a paper's fields may have, the same wherever a paper comes from ({@code build} reading
 * a content file, {@code import} reading a source): past them a field is an error, not a page that
 * takes its reader's browser down.
 */
public final class Limits {
    /** Characters of a title (arXiv's longest are under 300). */
    public static final int TITLE = 1_000;
    /**
     * Characters of one author's name. Real metadata has long ones: the longest of 60,000 arXiv
     * papers is 512 characters, a list of names that lost its separators; it still builds.
     */
    public static final int AUTHOR = 1_000;
    /** Characters of a file's front matter, all fields together (the abstract is not in it). */
    public static final int FRONT_MATTER = 1_000_000;

    private Limits() {
    }

    /** What is wrong with {@code title}, or null. */
    public static String titleProblem(String title) {
        return title.length() > TITLE ? "title is " + title.length() + " characters long; the limit is " + TITLE : null;
    }

    /** What is wrong with the author {@code name}, or null. */
    public static String authorProblem(String name) {
        return name.length() > AUTHOR ? "an author's name is " + name.length() + " characters long; the limit is " + AUTHOR : null;
    }
}
