package dev.paperdigest.text;

import java.util.regex.Pattern;

/**
 * What kind of place a venue string names, so a citation says {@code @inproceedings} with a
 * {@code booktitle} for a conference or workshop, {@code @article} with a {@code journal} for a
 * journal, and {@code @misc} otherwise. Read from the words curators and publishers write: a
 * conference's name or acronym ("CVPR 2017", "NeurIPS 2021 Datasets and Benchmarks Track",
 * "Proceedings of the ... Conference"), a journal's ("IEEE Transactions on ...", "International
 * Journal of Computer Vision", "Neurocomputing"). A venue naming neither is left a {@code @misc}.
 */
public final class Venues {
    /** The kind of a venue. */
    public enum Kind { CONFERENCE, JOURNAL, OTHER }

    private static final Pattern CONFERENCE = Pattern.compile("(?i)\\b(conference|conf\\.|workshops?|symposium|proceedings of the \\d|"
            + "meeting|congress|track|cvpr|iccv|eccv|neurips|nips|icml|iclr|aaai|ijcai|wacv|bmvc|accv|icpr|icip|icassp|icdm|"
            + "kdd|siggraph|acl|emnlp|naacl|coling|miccai|corl|icra|iros|uai|aistats|colt|ecir|sigir|www|fat\\*|facct|simbad|"
            + "3dv|isbi|interspeech)(\\b|(?<=\\*))");
    private static final Pattern JOURNAL = Pattern.compile("(?i)\\b(journal|transactions|trans\\.|letters|magazine|review|"
            + "tpami|ijcv|jmlr|tmlr|tip|pnas|nature|science|neurocomputing|pattern recognition|proceedings of the ieee|"
            + "neural networks|neural computation|machine learning|artificial intelligence)\\b");
    private static final Pattern PROCEEDINGS_OF_THE_IEEE = Pattern.compile("(?i)^\\s*proceedings of the ieee\\s*$");

    private Venues() {
    }

    /** The kind of {@code venue}: conference words win ("Proceedings of the IEEE Conference on ..."). */
    public static Kind kind(String venue) {
        if (venue == null || venue.isBlank()) return Kind.OTHER;
        if (PROCEEDINGS_OF_THE_IEEE.matcher(venue).matches()) return Kind.JOURNAL;
        if (CONFERENCE.matcher(venue).find()) return Kind.CONFERENCE;
        if (JOURNAL.matcher(venue).find()) return Kind.JOURNAL;
        return Kind.OTHER;
    }
}
