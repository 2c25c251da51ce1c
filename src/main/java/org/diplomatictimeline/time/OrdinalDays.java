package org.diplomatictimeline.time;

/**
 * A day of the month written as an ordinal word before its month ("четвертого сентября", "الخامس من يونيو",
 * "primero de mayo"), and the words some languages put between a day and its month ("21 من أكتوبر"): both are
 * rows of each language's time data ({@code day-ordinal}, {@code day-of}), so the rule knows no words.
 */
final class OrdinalDays {

    private final Scan s;
    private final MonthNames months;
    private final CalendarRules calendar;
    private final TimeLexicon lexicon = TimeLexicon.get();

    OrdinalDays(Scan scan, MonthNames months, CalendarRules calendar) {
        this.s = scan;
        this.months = months;
        this.calendar = calendar;
    }

    /** The ordinal day at token i with its month and, when written, its year; null when there is none. */
    Candidate match(int i) {
        Token t = s.tok(i);
        if (t == null || !t.isWord()) {
            return null;
        }
        TimeLexicon.Entry ordinal = lexicon.match(s, i, TimeLexicon.Kind.DAY_ORDINAL, null);
        if (ordinal == null) {
            return null;
        }
        int day = ordinal.number();
        int m = afterDayOf(i + ordinal.length());
        if (s.word(m, "of") || s.word(m, "de")) {
            m++;
        }
        // The month must follow at once: an ordinal word is a day only right before a month's name.
        int month = months.number(m, true);
        if (month == 0 || day < 1 || day > 31) {
            return null;
        }
        int end = months.end(m);
        int year = -1;
        int y = s.punct(end, ",") ? end + 1 : end;
        if (s.word(y, "de") || s.word(y, "del")) {
            y++;
        }
        if (s.number(y) && s.tok(y).length() == 4 && s.tok(y).number() >= 1000) {
            year = s.tok(y).number();
            end = y + 1;
            if (s.word(end, "года") || s.word(end, "г")) {
                end += s.word(end, "г") && s.punct(end + 1, ".") ? 2 : 1;
            }
        }
        return calendar.dated(i, end, month, day, -1, year);
    }

    /** The token after a day-to-month joining phrase at k ("من", "من شهر"), or k when there is none. */
    int afterDayOf(int k) {
        TimeLexicon.Entry of = lexicon.match(s, k, TimeLexicon.Kind.DAY_OF, null);
        return of == null ? k : k + of.length();
    }
}
