package org.diplomatictimeline.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplomatictimeline.time.TimeLexicon.Kind;

/**
 * A weekday placed by the week told right after it ("Thursday next week", "Donnerstag kommender Woche", "el jueves
 * de la próxima semana"): the day of that week, not the weekday nearest the anchor. The words that may join them
 * are the OF and ARTICLE rows of each language's {@code time.tsv}.
 */
final class WeekdayInWeek {

    private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})$");
    /** At most this many joining words ("of the", "de la") between the weekday and its week. */
    private static final int JOINERS = 2;

    private final Scan s;

    WeekdayInWeek(Scan s) {
        this.s = s;
    }

    /** {@code c} widened over the week named after it when {@code c} is a lone weekday; else {@code c}. */
    Candidate placed(Candidate c) {
        if (c.type() != TimexType.DATE || c.endValue() != null) {
            return c;
        }
        int[] weekday = ForeignRelativeRules.weekdayAt(s, c.first());
        if (weekday == null || weekday[1] != c.end()) {
            return c;
        }
        int k = c.end();
        for (int n = 0; n < JOINERS && joiner(k); n++) {
            k++;
        }
        Candidate week = s.core(k);
        if (week == null || week.first() != k || week.type() != TimexType.DATE) {
            return c;
        }
        Matcher m = WEEK.matcher(week.value());
        if (!m.matches()) {
            return c;
        }
        LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2))).with(DayOfWeek.MONDAY);
        String day = monday.plusDays(weekday[0] - 1L).toString();
        return new Candidate(c.first(), week.end(), TimexType.DATE, day, c.mod(), null,
                c.relative() || week.relative());
    }

    private boolean joiner(int k) {
        Token t = s.tok(k);
        return t != null && t.isWord() && (s.word(k, "of") || TimeLexicon.get().is(t.lower(), Kind.OF)
                || TimeLexicon.get().is(t.lower(), Kind.ARTICLE));
    }
}
