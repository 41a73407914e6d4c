package dev.paperdigest.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paper's date as precise as it is known: a year ({@code 2016}), a month ({@code 2016-06}) or a
 * day ({@code 2016-06-27}). Sorts by its first day; prints as written.
 *
 * @param month 1-12, or 0 when only the year is known
 * @param day   1-31, or 0 when not known
 */
public record PaperDate(int year, int month, int day) implements Comparable<PaperDate> {
    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public PaperDate {
        if (day != 0 && month == 0) throw new IllegalArgumentException("a day needs a month");
        try {
            LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    public static PaperDate of(LocalDate d) {
        return new PaperDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    /** {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; empty if not one of those or no such day. */
    public static Optional<PaperDate> parse(String s) {
        Matcher m = FORM.matcher(s == null ? "" : s.strip());
        if (!m.matches()) return Optional.empty();
        try {
            return Optional.of(new PaperDate(Integer.parseInt(m.group(1)),
                    m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
                    m.group(3) == null ? 0 : Integer.parseInt(m.group(3))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
    }

    @Override
    public int compareTo(PaperDate o) {
        int c = firstDay().compareTo(o.firstDay());
        if (c != 0) return c;
        // the more precise date sorts later: 2016-01-01 after 2016
        return Integer.compare(month * 100 + day, o.month * 100 + o.day);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(10);
        pad(sb, year, 4);
        if (month != 0) pad(sb.append('-'), month, 2);
        if (day != 0) pad(sb.append('-'), day, 2);
        return sb.toString();
    }

    private static void pad(StringBuilder sb, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) sb.append('0');
        sb.append(digits);
    }
}
