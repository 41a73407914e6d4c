package dev.paperdigest.model;

/**
 * The digest's settings, from {@code content/site.yaml}.
 *
 * @param baseUrl       where the site is published, ending in {@code /}: an absolute URL
 *                      ({@code https://user.github.io/digest/}) or a root path ({@code /})
 * @param papersPerPage papers on one topic page before it paginates
 * @param homePapers    newest papers listed on the home page
 * @param issues        the period papers are grouped into issues of the digest by, from their {@code added} day
 */
public record SiteConfig(String title, String description, String baseUrl, String language,
                         String theme, int papersPerPage, int homePapers, IssuePeriod issues) {

    /** The path part of {@link #baseUrl}, starting and ending with {@code /}: every internal link starts with it. */
    public String basePath() {
        String u = baseUrl;
        int scheme = u.indexOf("://");
        if (scheme >= 0) {
            int slash = u.indexOf('/', scheme + 3);
            u = slash < 0 ? "/" : u.substring(slash);
        }
        return u.endsWith("/") ? u : u + "/";
    }

    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(title, description, url, language, theme, papersPerPage, homePapers, issues);
    }
}
