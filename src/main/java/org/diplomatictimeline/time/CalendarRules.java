package org.diplomatictimeline.time;

import java.time.LocalDate;
import java.util.Set;

/**
 * Calendar expressions built around month names: full and partial dates in English and the day-month-year orders of
 * other languages, ranges of days, "the 13th of May", centuries; numbers and periods are delegated.
 */
final class CalendarRules {

    private static final Set<String> DAY_SUFFIXES = Set.of("st", "nd", "rd", "th", "er", "e", "o", "º", "°");
    private static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th");

    private final Scan s;
    private final Vocabulary v;
    private final LocalDate anchor;
    private final NumericRules numbers;
    private final PeriodRules periods;
    private final MonthNames months;
    private final OrdinalDays ordinals;

    CalendarRules(Scan scan) {
        this.s = scan;
        this.v = scan.vocab;
        this.anchor = scan.anchor;
        this.numbers = new NumericRules(scan);
        this.periods = new PeriodRules(scan);
        this.months = new MonthNames(scan);
        this.ordinals = new OrdinalDays(scan, months, this);
    }

    Candidate match(int i) {
        Token t = s.tok(i);
        if (t == null) {
            return null;
        }
        if (t.isNumber()) {
            return Candidate.longer(numbers.match(i), dayFirst(i));
        }
        if (t.kind() == TokenKind.PUNCT) {
            return t.is("'") || t.is("’") ? numbers.shortDecade(i) : null;
        }
        Candidate c = monthFirst(i);
        c = Candidate.longer(c, weekdayWithDate(i));
        c = Candidate.longer(c, theOrdinal(i));
        c = Candidate.longer(c, ordinals.match(i));
        c = Candidate.longer(c, periods.season(i));
        c = Candidate.longer(c, periods.quarterCode(i));
        return c;
    }

    // --- day-month orders: "13 May 2019", "13. Mai", "13 de mayo de 2019", "13 мая 2019 года", "5-7 June" -----

    private Candidate dayFirst(int i) {
        int afterDay = dayEnd(i);
        if (afterDay < 0) {
            return null;
        }
        int day = s.tok(i).number();
        int k = afterDay;
        int rangeEndDay = -1;
        int afterSecond = -1;
        if (rangeJoiner(k) && dayEnd(k + 1) > 0) {
            rangeEndDay = s.tok(k + 1).number();
            afterSecond = dayEnd(k + 1);
            k = afterSecond;
        }
        int m = k;
        if (s.word(m, "of") || s.word(m, "de")) {
            m++;
        }
        m = ordinals.afterDayOf(m);
        int month = months.number(m, true);
        if (month == 0) {
            return null;
        }
        int end = months.isAbbreviation(m) && s.punct(m + 1, ".") && s.adjacent(m + 1) ? m + 2 : months.end(m);
        int year = -1;
        int y = end;
        if (s.punct(y, ",")) {
            y++;
        }
        if (s.word(y, "de") || s.word(y, "del")) {
            y++;
        }
        if (s.number(y) && s.tok(y).length() == 4) {
            year = s.tok(y).number();
            end = y + 1;
            if (s.word(end, "года") || s.word(end, "г")) {
                end += s.word(end, "г") && s.punct(end + 1, ".") ? 2 : 1;
            }
        }
        return dated(i, end, month, day, rangeEndDay, year);
    }

    /** Builds a day (or day range) in a month, with or without a year. */
    Candidate dated(int first, int end, int month, int day, int endDay, int year) {
        if (endDay >= 0 && endDay <= day) {
            return null;
        }
        if (year > 0) {
            LocalDate d = AnchorCalendar.safeDate(year, month, day);
            if (d == null) {
                return null;
            }
            Candidate c = Candidate.of(first, end, TimexType.DATE, AnchorCalendar.day(d), false);
            LocalDate e = endDay > 0 ? AnchorCalendar.safeDate(year, month, endDay) : null;
            return e == null ? c : c.withEnd(end, AnchorCalendar.day(e), false);
        }
        if (AnchorCalendar.safeDate(2000, month, day) == null) {
            return null;
        }
        TimeLexicon.Entry shift = TimeLexicon.get().shiftAfter(s, end);
        if (shift != null && anchor != null) {
            // "le 6 décembre dernier", "6 ديسمبر الماضي": the word says on which side of the article's day it lies.
            end += shift.length();
        }
        String value = shift != null && anchor != null
                ? AnchorCalendar.monthDayShifted(month, day, shift.number(), anchor)
                : AnchorCalendar.monthDay(month, day, s.direction(first, end), anchor);
        Candidate c = Candidate.of(first, end, TimexType.DATE, value, true);
        if (endDay > 0) {
            String endValue = value.substring(0, 8) + String.format("%02d", endDay);
            c = c.withEnd(end, endValue, true);
        }
        return c;
    }

    /**
     * "the first week of June", "the last week of March 2009": the ISO week holding the month's 4th, 11th, ... day,
     * or for the last week the one holding the fourth-last day, so that most of the week lies in the month.
     */
    private Candidate weekOfMonth(int first, int k, int month, int ord) {
        int end = k;
        int year;
        boolean relative;
        if (s.number(k) && s.tok(k).length() == 4) {
            year = s.tok(k).number();
            end = k + 1;
            relative = false;
        } else if (anchor != null) {
            year = Integer.parseInt(AnchorCalendar.month(month, s.direction(first, k), anchor).substring(0, 4));
            relative = true;
        } else {
            return Candidate.of(first, k, TimexType.DATE, "XXXX-WXX", true);
        }
        LocalDate firstDay = LocalDate.of(year, month, 1);
        LocalDate day = ord > 0 ? firstDay.plusDays(3 + 7L * (ord - 1)) : firstDay.plusMonths(1).minusDays(4);
        return Candidate.of(first, end, TimexType.DATE, AnchorCalendar.week(day), relative);
    }

    /** The token after a day-of-month at i ("13", "13th", "1er", "13."), or -1. */
    int dayEnd(int i) {
        Token t = s.tok(i);
        if (t == null || !t.isNumber() || t.length() > 2 || t.number() < 1 || t.number() > 31) {
            return -1;
        }
        int k = i + 1;
        Token n = s.tok(k);
        if (n != null && !n.spaceBefore() && n.isWord() && DAY_SUFFIXES.contains(n.lower())) {
            return k + 1;
        }
        if (n != null && n.is(".") && !n.spaceBefore()
                && (months.number(k + 1, true) > 0 || rangeJoiner(k + 1) && s.number(k + 2))) {
            // "13. Mai", and "12." in "vom 12. bis 14. Mai"
            return k + 1;
        }
        return k;
    }

    /** "12-14", "12 to 14", "12 au 14", "12 bis 14", "12 по 14": a word of the time data joining two days. */
    boolean rangeJoiner(int k) {
        Token t = s.tok(k);
        return s.dash(k) || s.word(k, "to") || s.word(k, "and") || s.word(k, "until") || s.word(k, "through")
                || t != null && t.isWord() && TimeLexicon.get().is(t.lower(), TimeLexicon.Kind.RANGE_TO);
    }

    // --- month first: "May 13, 2019", "May 13", "June 5-7", "May 2019", "May" ---------------------------------

    private Candidate monthFirst(int i) {
        int month = months.number(i, false);
        boolean foreign = false;
        if (month == 0) {
            month = months.number(i, true);
            foreign = true;
        }
        if (month == 0) {
            return null;
        }
        int k = months.end(i);
        if (months.isAbbreviation(i) && s.punct(k, ".") && s.adjacent(k)) {
            k++;
        }
        int afterDay = foreign ? -1 : dayEnd(k);
        if (afterDay > 0 && !(s.punct(afterDay, ":") || s.word(afterDay, "s") && s.adjacent(afterDay))) {
            int day = s.tok(k).number();
            int end = afterDay;
            int endDay = -1;
            if ((s.dash(end) || s.word(end, "to") || s.word(end, "and") || s.word(end, "through")) && dayEnd(end + 1) > 0
                    && !s.punct(dayEnd(end + 1), ":")) {
                endDay = s.tok(end + 1).number();
                end = dayEnd(end + 1);
            }
            int y = end;
            if (s.punct(y, ",")) {
                y++;
            }
            int year = -1;
            if (s.number(y) && s.tok(y).length() == 4 && s.tok(y).number() >= 1000) {
                year = s.tok(y).number();
                end = y + 1;
            }
            return dated(i, end, month, day, endDay, year);
        }
        int y = k;
        if (s.punct(y, ",") || s.word(y, "of") || s.word(y, "de") || s.word(y, "del")) {
            y++;
        }
        if (s.number(y) && s.tok(y).length() == 4 && s.tok(y).number() >= 1000 && s.tok(y).number() <= 2199) {
            int end = y + 1;
            if (s.word(end, "года") || s.word(end, "г")) {
                end += s.word(end, "г") && s.punct(end + 1, ".") ? 2 : 1;
            }
            return Candidate.of(i, end, TimexType.DATE, AnchorCalendar.month(s.tok(y).number(), month), false);
        }
        // "April of last year", "September of this year", "December last year": the year is named relative to the
        // anchor.
        int of = s.word(k, "of") ? k + 1 : k;
        if (s.word(of, "this") || s.word(of, "last") || s.word(of, "next")
                || of > k && s.word(of, "the") && (s.word(of + 1, "previous") || s.word(of + 1, "following"))) {
            int shiftAt = s.word(of, "the") ? of + 1 : of;
            int yearAt = shiftAt + 1;
            if (s.word(yearAt, "year")) {
                int shift = s.word(shiftAt, "this") ? 0 : s.word(shiftAt, "next") || s.word(shiftAt, "following") ? 1 : -1;
                String value = anchor == null ? String.format("XXXX-%02d", month)
                        : AnchorCalendar.month(anchor.getYear() + shift, month);
                return Candidate.of(i, yearAt + 1, TimexType.DATE, value, true);
            }
        }
        if (foreign ? !months.afterMonthIn(i) : !months.aloneAllowed(i)) {
            return null;
        }
        return Candidate.of(i, k, TimexType.DATE, AnchorCalendar.month(month, s.direction(i, k), anchor), true);
    }

    /**
     * "Wednesday, June 5, 2019", "Wednesday 5 June", "Kamis (21/3/2024)": the weekday joins the explicit date;
     * "lunedì 29", "jeudi 14": a weekday with a day of the month is the nearest such day around the anchor.
     */
    private Candidate weekdayWithDate(int i) {
        Token day = s.tok(i);
        int[] named = ForeignRelativeRules.weekdayAt(s, i);
        boolean abbreviation = v.isWeekdayAbbreviation(day.lower()) && day.isCapitalized();
        if (named == null && !abbreviation) {
            return null;
        }
        int dow = named == null ? v.weekday(day.lower()) : named[0];
        int k = named == null ? i + 1 : named[1];
        if (s.punct(k, ".") && s.adjacent(k) && day.length() <= 4) {
            k++;
        }
        boolean paren = s.punct(k, "(");
        if (s.punct(k, ",") || paren) {
            k++;
            if (!paren && s.tok(k) != null && s.tok(k).isWord() && s.number(k + 1)
                    && TimeLexicon.get().is(s.tok(k).lower(), TimeLexicon.Kind.ARTICLE)) {
                k++; // "Tuesday, the 15th", "Dienstag, dem 15. Mai": the day in apposition to its weekday
            }
        }
        if (s.tok(k) == null || s.tok(k).newlineBefore()) {
            return null;
        }
        Candidate bracketed = paren ? bracketedDay(i, k, dow) : null;
        if (bracketed != null) {
            return bracketed;
        }
        Candidate inner = Candidate.longer(monthFirst(k), s.number(k) ? Candidate.longer(dayFirst(k),
                numbers.match(k)) : null);
        if (inner == null && !paren && s.number(k) && dayEnd(k) > 0 && !s.punct(dayEnd(k), ":")
                && (dayEnd(k) > k + 1 || !day.lower().endsWith("day"))) {
            // English writes "Monday 29th"; a bare number after an English weekday is a count ("Tuesday 12 people").
            return dayOfMonthOnWeekday(i, dayEnd(k), dow, s.tok(k).number());
        }
        if (inner == null || inner.value().length() < 10 || inner.type() != TimexType.DATE) {
            return null;
        }
        int end = paren && s.punct(inner.end(), ")") ? inner.end() + 1 : inner.end();
        Candidate typo = WeekdaySlip.corrected(inner, dow, i, end, anchor);
        return typo != null ? typo : inner.withSpan(i, end);
    }

    /**
     * "sábado (26)", "Rabu (14/5)": a weekday with its day (and month) in brackets and no year, the way Portuguese
     * and Indonesian news write the day an event falls on: the nearest such day around the anchor that falls on the
     * weekday, or null (then the weekday alone is read).
     */
    private Candidate bracketedDay(int i, int k, int dow) {
        if (!s.number(k) || s.tok(k).length() > 2 || s.tok(k).number() < 1 || s.tok(k).number() > 31) {
            return null;
        }
        int day = s.tok(k).number();
        if (s.punct(k + 1, ")")) {
            Candidate near = dayOfMonthOnWeekday(i, k + 2, dow, day);
            // a day without its month is of the weeks around the article; a month off, the bracket is no date
            return near == null || Math.abs(LocalDate.parse(near.value()).toEpochDay() - anchor.toEpochDay())
                    > BRACKET_REACH_DAYS ? null : near;
        }
        boolean slash = s.punct(k + 1, "/") || s.punct(k + 1, ".") || s.punct(k + 1, "-");
        if (!slash || !s.number(k + 2) || s.tok(k + 2).length() > 2 || !s.punct(k + 3, ")") || anchor == null) {
            return null;
        }
        int month = s.tok(k + 2).number();
        for (int shift : new int[] {0, -1, 1}) {
            LocalDate d = AnchorCalendar.safeDate(anchor.getYear() + shift, month, day);
            // the year of the anchor, unless the day lies over half a year away and the next or last year fits
            if (d != null && d.getDayOfWeek().getValue() == dow
                    && Math.abs(d.toEpochDay() - anchor.toEpochDay()) <= HALF_YEAR_DAYS) {
                return Candidate.of(i, k + 4, TimexType.DATE, AnchorCalendar.day(d), true);
            }
        }
        return null;
    }

    /** How far from the anchor a bracketed day without its month may lie ("sábado (26)"). */
    private static final int BRACKET_REACH_DAYS = 20;
    /** How far from the anchor a bracketed day and month without a year may lie. */
    private static final int HALF_YEAR_DAYS = 183;

    /** The day of the month nearest the anchor (within two months) that falls on the weekday, or null. */
    private Candidate dayOfMonthOnWeekday(int first, int end, int dow, int dayOfMonth) {
        if (anchor == null) {
            return null;
        }
        LocalDate best = null;
        for (int shift = -2; shift <= 2; shift++) {
            LocalDate month = anchor.plusMonths(shift);
            LocalDate d = AnchorCalendar.safeDate(month.getYear(), month.getMonthValue(), dayOfMonth);
            if (d != null && d.getDayOfWeek().getValue() == dow && (best == null
                    || Math.abs(d.toEpochDay() - anchor.toEpochDay()) < Math.abs(best.toEpochDay() - anchor.toEpochDay()))) {
                best = d;
            }
        }
        return best == null ? null : Candidate.of(first, end, TimexType.DATE, AnchorCalendar.day(best), true);
    }

    // --- ordinals: "the 13th of May", "the first quarter of 2019", "the 20th century", "third-quarter" ----------

    private Candidate theOrdinal(int i) {
        int k = s.word(i, "the") ? i + 1 : i;
        int ord = 0;
        int after = k + 1;
        Token t = s.tok(k);
        if (t == null) {
            return null;
        }
        if (t.isNumber() && t.length() <= 2 && s.adjacent(k + 1) && s.tok(k + 1) != null
                && ORDINAL_SUFFIXES.contains(s.tok(k + 1).lower())) {
            ord = t.number();
            after = k + 2;
        } else if (t.isWord()) {
            ord = v.ordinalWord(t.lower());
            if (ord == -1 && k == i) {
                return null;
            }
        }
        if (ord == 0) {
            return null;
        }
        if (k > i && s.word(after, "of")) {
            int month = months.number(after + 1, false);
            if (month > 0 && ord > 0) {
                int end = after + 2;
                int year = -1;
                if (s.punct(end, ",") && s.number(end + 1) && s.tok(end + 1).length() == 4) {
                    end++;
                }
                if (s.number(end) && s.tok(end).length() == 4) {
                    year = s.tok(end).number();
                    end++;
                }
                return dated(i, end, month, ord, -1, year);
            }
        }
        int u = after;
        if (s.dash(u) && s.adjacent(u)) {
            u++;
        }
        if (s.word(u, "century") && ord > 0 && ord <= 21) {
            return Candidate.of(i, u + 1, TimexType.DATE, String.format("%02d", ord - 1), false);
        }
        if (s.word(u, "week") && s.word(u + 1, "of") && months.number(u + 2, false) > 0 && (ord == -1 || ord <= 5)) {
            return weekOfMonth(i, u + 3, months.number(u + 2, false), ord);
        }
        boolean quarter = s.word(u, "quarter");
        boolean half = s.word(u, "half");
        if (!quarter && !half || ord > (quarter ? 4 : 2)) {
            return null;
        }
        return periods.periodOfYear(i, u + 1, quarter ? "Q" : "H", ord);
    }

}
