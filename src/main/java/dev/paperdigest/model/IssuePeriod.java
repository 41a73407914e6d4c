package dev.paperdigest.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;

/**
 * How papers are grouped into issues of the digest, by the day they were {@code added}: a day, an
 * ISO week (Monday to Sunday, {@code 2026-W48}) or a calendar month ({@code 2026-11}).
 */
public enum IssuePeriod {
    DAY, WEEK, MONTH;

    public static Optional<IssuePeriod> parse(String s) {
        return switch (s) {
            case "day" -> Optional.of(DAY);
            case "week" -> Optional.of(WEEK);
            case "month" -> Optional.of(MONTH);
            default -> Optional.empty();
        };
    }

    /** The first day of the issue {@code day} falls in. */
    public LocalDate start(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    /** The last day of the issue that starts on {@code start}. */
    public LocalDate end(LocalDate start) {
        return switch (this) {
            case DAY -> start;
            case WEEK -> start.plusDays(6);
            case MONTH -> start.withDayOfMonth(start.lengthOfMonth());
        };
    }

    /** The issue's id, also its URL: {@code 2026-11-26}, {@code 2026-W48} (ISO week-based year) or {@code 2026-11}. */
    public String id(LocalDate start) {
        return switch (this) {
            case DAY -> start.toString();
            case WEEK -> String.format(Locale.ROOT, "%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
                    start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> String.format(Locale.ROOT, "%d-%02d", start.getYear(), start.getMonthValue());
        };
    }

    /** The issue's name for readers: "26 November 2026", "Week 48, 2026 (23–29 November)", "November 2026". */
    public String label(LocalDate start) {
        LocalDate end = end(start);
        return switch (this) {
            case DAY -> start.getDayOfMonth() + " " + month(start) + " " + start.getYear();
            case WEEK -> "Week " + start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + ", " + start.get(IsoFields.WEEK_BASED_YEAR)
                    + " (" + start.getDayOfMonth() + (start.getMonth() == end.getMonth() ? "" : " " + month(start))
                    + "\u2013" + end.getDayOfMonth() + " " + month(end) + ")";
            case MONTH -> month(start) + " " + start.getYear();
        };
    }

    private static String month(LocalDate d) {
        return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
