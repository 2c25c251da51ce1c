package org.diplomatictimeline.time;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * A full date whose year contradicts the weekday written beside it, near the article's date ("Rabu (20/3/2034)" in
 * an article of March 2024): the year is a slip of the keyboard.
 */
final class WeekdaySlip {

    private WeekdaySlip() {
    }

    /** Compiled once: asked of every weekday-date candidate. */
    private static final Pattern DAY_VALUE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /**
     * "Rabu (20/3/2034)" in an article of March 2024: when the weekday contradicts the date and the same day of the
     * anchor's year (or the year either side) falls on it and the two years differ in one digit, the year is a slip
     * of the keyboard; that day is meant.
     */
    static Candidate corrected(Candidate inner, int dow, int first, int end, LocalDate anchor) {
        if (anchor == null || !DAY_VALUE.matcher(inner.value()).matches()) {
            return null;
        }
        LocalDate written = AnchorCalendar.safeDate(Integer.parseInt(inner.value().substring(0, 4)),
                Integer.parseInt(inner.value().substring(5, 7)), Integer.parseInt(inner.value().substring(8, 10)));
        if (written == null || written.getDayOfWeek().getValue() == dow) {
            return null;
        }
        for (int shift : new int[] {0, -1, 1}) {
            LocalDate d = AnchorCalendar.safeDate(anchor.getYear() + shift, written.getMonthValue(),
                    written.getDayOfMonth());
            if (d != null && d.getDayOfWeek().getValue() == dow && oneDigitApart(d.getYear(), written.getYear())) {
                return Candidate.of(first, end, TimexType.DATE, AnchorCalendar.day(d), true);
            }
        }
        return null;
    }

    /** True when two years differ in exactly one digit, as a mistyped year does ("2034" for "2024"). */
    private static boolean oneDigitApart(int a, int b) {
        String x = String.valueOf(a);
        String y = String.valueOf(b);
        int differ = 0;
        for (int k = 0; k < x.length() && x.length() == y.length(); k++) {
            differ += x.charAt(k) != y.charAt(k) ? 1 : 0;
        }
        return x.length() == y.length() && differ == 1;
    }

}
