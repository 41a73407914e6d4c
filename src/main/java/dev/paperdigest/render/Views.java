package dev.paperdigest.render;

import java.util.List;

/**
 * The view models templates receive. Plain values, links already made absolute-path under the base
 * path, dates as {@code YYYY-MM-DD} strings ("" when unknown).
 */
public final class Views {
    private Views() {
    }

    /**
     * Site-wide values every page gets as {@code site}. Nothing in it changes with the papers (the
     * paper count is the home page's {@code paperCount}), so one paper more re-renders only the pages
     * it reaches.
     */
    public record SiteView(String title, String description, String baseUrl, String base, String language,
                           String generator, boolean absolute, String feedUrl) {
    }

    /** A {@code <meta name content>} pair (Google Scholar's citation_* tags). */
    public record Meta(String name, String content) {
    }

    /** A topic with its page link and how many papers it holds. */
    public record TopicView(String id, String name, String description, String url, int count, String feedUrl,
                            String bibUrl) {
        /** The topic without its count: what every page shares. */
        public TopicLink link() {
            return new TopicLink(id, name, description, url, feedUrl, bibUrl);
        }
    }

    /**
     * A topic as every page has it ({@code topics}): no count, so adding or deleting a paper does not
     * change every page; the pages that show counts have {@code counted} (home, topics) or their own
     * {@code topic}.
     */
    public record TopicLink(String id, String name, String description, String url, String feedUrl, String bibUrl) {
    }

    /** A topic as shown on a paper: {@code suggested} when the classifier chose it, with its evidence. */
    public record TopicRef(String id, String name, String url, boolean primary, boolean suggested,
                           String score, List<String> keywords, List<String> terms) {
    }

    /** A link to another paper. */
    public record PaperLink(String title, String url) {
    }

    /** The topic map: how many papers each pair of topics shares (the diagonal: each topic's own count). */
    public record TopicMap(List<TopicView> topics, List<TopicMapRow> rows) {
    }

    /** {@code level} 0-4 shades a cell by its share of the row topic's papers. */
    public record TopicMapCell(String with, int count, int level) {
    }

    public record TopicMapRow(TopicView topic, List<TopicMapCell> cells) {
    }

    /**
     * A paper in a list: enough for a card. {@code authors} is cut to the first
     * {@code ViewModels.CARD_AUTHORS} and "et al." (the paper's page names them all); {@code year} is
     * the year of {@code date}; the links are "" where the paper has none, and so is
     * {@code upvotes} (Hugging Face daily-papers upvotes) when unknown. {@code titleHtml} and
     * {@code summaryHtml} are the same texts as HTML with their TeX math marked up; {@code math} says
     * whether there is any (the page then loads KaTeX).
     */
    public record PaperCard(String slug, String title, String url, List<String> authors, String date, String year,
                            String venue, String arxivUrl, String pdfUrl, String codeUrl, String upvotes,
                            String summary, List<TopicRef> topics, String titleHtml, String summaryHtml, boolean math) {
    }

    /** A paper's own page. {@code abstractHtml} is sanitised HTML. */
    public record PaperView(String slug, String title, String url, List<String> authors, String date,
                            String added, String arxiv, String arxivUrl, String pdfUrl, String codeUrl,
                            String paperUrl, List<String> tags, String abstractHtml, String summary,
                            List<TopicRef> topics, boolean autoTopics, boolean lowConfidence,
                            String venue, String doi, String doiUrl, String projectUrl, String comment,
                            String upvotes, List<String> categories, List<PaperLink> related, List<Meta> citation, String jsonLd,
                            String bibtex, String canonical, String titleHtml, boolean math) {
    }

    /** Pagination of a topic; page numbers are 1-based, urls "" where there is no such page. */
    public record Pager(int page, int pages, String prevUrl, String nextUrl, List<PageLink> links) {
    }

    public record PageLink(int number, String url, boolean current) {
    }

    /**
     * An issue of the digest: the papers added in one period ({@code site.yaml} {@code issues}).
     * {@code url} is its page, {@code emailUrl} its e-mail-ready page; {@code start} and {@code end}
     * are its first and last days.
     */
    public record IssueView(String id, String label, String url, String emailUrl, String start, String end, int count) {
    }

    /** The papers of an issue under one topic (their primary one). */
    public record IssueGroup(TopicLink topic, List<PaperCard> papers) {
    }

    /** How many of an issue's papers have a topic as their primary one. */
    public record IssueTopicCount(TopicLink topic, int count) {
    }
}
