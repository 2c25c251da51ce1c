package org.diplomatictimeline.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/**
 * Calendar expressions: full and partial dates in English and day-month-year orders of other languages, numeric dates,
 * years, decades, centuries, quarters, halves, seasons and ISO weeks.
 */
final class CalendarRules {

    private static final Set<String> YEAR_CUES = Set.of("in", "since", "from", "of", "by", "until", "till", "year",
            "between", "and", "to", "before", "after", "around", "circa", "c", "during", "early", "late", "mid");
    private static final Set<String> NOT_YEAR_AFTER = Set.of("people", "troops", "soldiers", "km", "kilometres",
            "kilometers", "miles", "metres", "meters", "tonnes", "tons", "cars", "jobs", "workers", "units", "employees",
            "dollars", "euros", "yuan", "rubles", "roubles", "votes", "feet", "pounds", "barrels", "delegates",
            "members", "hectares", "students", "refugees", "civilians", "deaths", "cases", "copies", "planes",
            "aircraft", "vehicles", "points", "shares", "mw", "kg", "m", "b", "bn", "million", "billion");
    private static final Set<String> MONTH_ALONE_CUES = Set.of("in", "since", "until", "till", "by", "early",
            "late", "mid", "last", "next", "this", "of", "from", "before", "after", "during", "through", "to",
            "and", "or", "between", "coming", "past", "previous", "following", "end", "start", "beginning");

    private static final Set<String> DAY_SUFFIXES = Set.of("st", "nd", "rd", "th", "er", "e", "o", "º", "°");
    private static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th");
    private static final Set<String> SEASON_CUES = Set.of("in", "during", "by", "until", "since", "early",
            "late", "mid", "this", "last", "next", "through", "till");

    private final Scan s;
    private final Vocabulary v;
    private final LocalDate anchor;

    CalendarRules(Scan scan) {
        this.s = scan;
        this.v = scan.vocab;
        this.anchor = scan.anchor;
    }

    Candidate match(int i) {
        Token t = s.tok(i);
        if (t == null) {
            return null;
        }
        if (t.isNumber()) {
            return Candidate.longer(numeric(i), dayFirst(i));
        }
        if (t.kind() == TokenKind.PUNCT) {
            return t.is("'") || t.is("’") ? shortDecade(i) : null;
        }
        Candidate c = monthFirst(i);
        c = Candidate.longer(c, weekdayWithDate(i));
        c = Candidate.longer(c, theOrdinal(i));
        c = Candidate.longer(c, season(i));
        c = Candidate.longer(c, quarterCode(i));
        return c;
    }

    // --- numbers first: ISO dates, numeric dates, years, decades -------------------------------------------------

    private Candidate numeric(int i) {
        Token t = s.tok(i);
        int n = t.number();
        if (t.length() == 4) {
            if ((s.dash(i + 1) || s.punct(i + 1, "/") || s.punct(i + 1, ".")) && s.adjacent(i + 1) && s.adjacent(i + 2)) {
                String sep = s.tok(i + 1).text();
                if (s.number(i + 2) && s.tok(i + 2).length() <= 2) {
                    int m = s.tok(i + 2).number();
                    if (s.punct(i + 3, sep) && s.adjacent(i + 3) && s.number(i + 4) && s.adjacent(i + 4)
                            && s.tok(i + 4).length() <= 2) {
                        LocalDate d = AnchorCalendar.safeDate(n, m, s.tok(i + 4).number());
                        return d == null ? null : Candidate.of(i, i + 5, TimexType.DATE, AnchorCalendar.day(d), false);
                    }
                    if (sep.equals("-") && m >= 1 && m <= 12 && s.tok(i + 2).length() == 2 && !s.punct(i + 3, "-")) {
                        return Candidate.of(i, i + 3, TimexType.DATE, AnchorCalendar.month(n, m), false);
                    }
                }
                if (sep.equals("-") && s.word(i + 2, "w") && s.number(i + 3) && s.adjacent(i + 3)) {
                    int w = s.tok(i + 3).number();
                    if (w >= 1 && w <= 53) {
                        return Candidate.of(i, i + 4, TimexType.DATE, String.format("%04d-W%02d", n, w), false);
                    }
                }
            }
            if (s.word(i + 1, "s") && s.adjacent(i + 1) && n % 10 == 0) {
                int first = s.word(i - 1, "the") ? i - 1 : i;
                return Candidate.of(first, i + 2, TimexType.DATE, (n / 10) + "X", false);
            }
            if (s.dash(i + 1) && s.number(i + 2) && s.tok(i + 2).length() == 4 && s.tok(i + 2).number() > n
                    && plausibleYear(i, n) && s.tok(i + 2).number() - n < 100) {
                return new Candidate(i, i + 3, TimexType.DATE, AnchorCalendar.year(n),
                        null, AnchorCalendar.year(s.tok(i + 2).number()), false);
            }
            if (plausibleYear(i, n)) {
                int end = i + 1;
                if (s.word(end, "года") || s.word(end, "году") || s.word(end, "год")) {
                    end++;
                } else if (s.word(end, "г") && s.punct(end + 1, ".")) {
                    end += 2;
                }
                return Candidate.of(i, end, TimexType.DATE, AnchorCalendar.year(n), false);
            }
            return null;
        }
        if (t.length() == 2 && n % 10 == 0 && s.word(i + 1, "s") && s.adjacent(i + 1)) {
            int first = s.word(i - 1, "the") ? i - 1 : i;
            return Candidate.of(first, i + 2, TimexType.DATE, (n < 30 ? "20" : "19") + n / 10 + "X", false);
        }
        if (t.length() <= 2 && (s.punct(i + 1, "/") || s.punct(i + 1, ".")) && s.adjacent(i + 1)
                && s.number(i + 2) && s.adjacent(i + 2) && s.tok(i + 2).length() <= 2
                && s.punct(i + 3, s.tok(i + 1).text()) && s.adjacent(i + 3) && s.number(i + 4) && s.adjacent(i + 4)
                && (s.tok(i + 4).length() == 4 || s.tok(i + 4).length() == 2)) {
            return numericDate(i, s.tok(i + 1).text().equals("."));
        }
        return null;
    }

    /** dd.mm.yyyy is always day-first; with slashes only an unambiguous reading (or one near the anchor) is taken. */
    private Candidate numericDate(int i, boolean dots) {
        int a = s.tok(i).number();
        int b = s.tok(i + 2).number();
        int y = s.tok(i + 4).number();
        if (s.tok(i + 4).length() == 2) {
            y += y < 50 ? 2000 : 1900;
        }
        LocalDate dayFirst = AnchorCalendar.safeDate(y, b, a);
        LocalDate monthFirst = dots ? null : AnchorCalendar.safeDate(y, a, b);
        LocalDate chosen;
        if (dayFirst != null && monthFirst != null && !dayFirst.equals(monthFirst)) {
            chosen = nearAnchor(dayFirst, monthFirst);
        } else {
            chosen = dayFirst != null ? dayFirst : monthFirst;
        }
        return chosen == null ? null : Candidate.of(i, i + 5, TimexType.DATE, AnchorCalendar.day(chosen), false);
    }

    private LocalDate nearAnchor(LocalDate a, LocalDate b) {
        if (anchor == null) {
            return null;
        }
        long da = Math.abs(ChronoUnit.DAYS.between(a, anchor));
        long db = Math.abs(ChronoUnit.DAYS.between(b, anchor));
        // Take the reading near the document date when only one is near, or when one is within days and the other not.
        if (da <= 31 && db > 31 || da <= 3 && db > 7) {
            return a;
        }
        return db <= 31 && da > 31 || db <= 3 && da > 7 ? b : null;
    }

    boolean plausibleYear(int i, int n) {
        if (n < 1000 || n > 2199) {
            return false;
        }
        Token prev = s.tok(i - 1);
        if (prev != null && (prev.is("$") || prev.is("€") || prev.is("£") || prev.is("¥") || prev.is("#")
                || prev.is("no") || (prev.is(",") || prev.is(".") || prev.is("/") || prev.is("-"))
                && !s.tok(i).spaceBefore() && s.number(i - 2) && !s.tok(i - 1).spaceBefore())) {
            return false;
        }
        Token next = s.tok(i + 1);
        if (next != null && (next.is("%") || next.isWord() && NOT_YEAR_AFTER.contains(next.lower())
                || (next.is(",") || next.is(".") || next.is(":")) && s.adjacent(i + 2) && s.number(i + 2))) {
            return false;
        }
        if (n >= 1900 && n <= 2099) {
            return true;
        }
        return prev != null && prev.isWord() && YEAR_CUES.contains(prev.lower());
    }

    private Candidate shortDecade(int i) {
        if (s.number(i + 1) && s.adjacent(i + 1) && s.tok(i + 1).length() == 2 && s.word(i + 2, "s")
                && s.adjacent(i + 2) && s.tok(i + 1).number() % 10 == 0) {
            int d = s.tok(i + 1).number();
            int first = s.word(i - 1, "the") ? i - 1 : i;
            return Candidate.of(first, i + 3, TimexType.DATE, (d < 30 ? "20" : "19") + d / 10 + "X", false);
        }
        return null;
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
        if ((s.dash(k) || s.word(k, "to") || s.word(k, "and") || s.word(k, "until") || s.word(k, "through")
                || s.word(k, "au") || s.word(k, "bis") || s.word(k, "al") || s.word(k, "по")) && dayEnd(k + 1) > 0) {
            rangeEndDay = s.tok(k + 1).number();
            afterSecond = dayEnd(k + 1);
            k = afterSecond;
        }
        int m = k;
        if (s.word(m, "of") || s.word(m, "de")) {
            m++;
        }
        int month = monthAt(m, true);
        if (month == 0) {
            return null;
        }
        int end = m + 1 + (isAbbreviation(m) && s.punct(m + 1, ".") && s.adjacent(m + 1) ? 1 : 0);
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
    private Candidate dated(int first, int end, int month, int day, int endDay, int year) {
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
        String value = AnchorCalendar.monthDay(month, day, s.direction(first, end), anchor);
        Candidate c = Candidate.of(first, end, TimexType.DATE, value, true);
        if (endDay > 0) {
            String endValue = value.substring(0, 8) + String.format("%02d", endDay);
            c = c.withEnd(end, endValue, true);
        }
        return c;
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
        if (n != null && n.is(".") && !n.spaceBefore() && monthAt(k + 1, true) > 0) {
            return k + 1;
        }
        return k;
    }

    /** "Sept", "Jan": an English short month name, which may carry a period that is not a sentence end. */
    private boolean isAbbreviation(int i) {
        Token t = s.tok(i);
        return t.length() <= 4 && v.englishMonth(t.lower()) > 0 && !t.is("may") && !t.is("june") && !t.is("july");
    }

    /** Month number at token i: English names, and other languages' names when {@code foreign} is allowed. */
    int monthAt(int i, boolean foreign) {
        Token t = s.tok(i);
        if (t == null || !t.isWord()) {
            return 0;
        }
        int m = v.englishMonth(t.lower());
        if (m > 0) {
            // Abbreviations need a capital ("Jan", "Sept.") so that words like "mar" or "jun" do not count.
            return t.isCapitalized() || t.length() > 4 && !t.is("march") ? m : 0;
        }
        return foreign ? v.foreignMonth(t.lower()) : 0;
    }

    // --- month first: "May 13, 2019", "May 13", "June 5-7", "May 2019", "May" ---------------------------------

    private Candidate monthFirst(int i) {
        int month = monthAt(i, false);
        boolean foreign = false;
        if (month == 0) {
            month = monthAt(i, true);
            foreign = true;
        }
        if (month == 0) {
            return null;
        }
        int k = i + 1;
        if (isAbbreviation(i) && s.punct(k, ".") && s.adjacent(k)) {
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
        if (s.word(k, "of") && (s.word(k + 1, "this") || s.word(k + 1, "last") || s.word(k + 1, "next")
                || s.word(k + 1, "the") && (s.word(k + 2, "previous") || s.word(k + 2, "following")))) {
            // "April of last year", "September of this year": the year is named relative to the anchor.
            int shiftAt = s.word(k + 1, "the") ? k + 2 : k + 1;
            int yearAt = shiftAt + 1;
            if (s.word(yearAt, "year")) {
                int shift = s.word(shiftAt, "this") ? 0 : s.word(shiftAt, "next") || s.word(shiftAt, "following") ? 1 : -1;
                String value = anchor == null ? String.format("XXXX-%02d", month)
                        : AnchorCalendar.month(anchor.getYear() + shift, month);
                return Candidate.of(i, yearAt + 1, TimexType.DATE, value, true);
            }
        }
        if (foreign || !monthAloneAllowed(i)) {
            return null;
        }
        return Candidate.of(i, k, TimexType.DATE, AnchorCalendar.month(month, s.direction(i, k), anchor), true);
    }

    /** A bare month name is a date only when capitalised, and "May"/"March" only after a temporal cue. */
    private boolean monthAloneAllowed(int i) {
        Token t = s.tok(i);
        if (!t.isCapitalized() || t.length() <= 4 && !t.is("may") && !t.is("june") && !t.is("july")) {
            return false;
        }
        Token prev = s.tok(i - 1);
        boolean cue = prev != null && (prev.isWord() && MONTH_ALONE_CUES.contains(prev.lower())
                || prev.is("-") && s.word(i - 2, "mid"));
        if (t.is("may") || t.is("march")) {
            return cue;
        }
        return cue || prev == null || !prev.isCapitalized() || TenseCues.sentenceStartsAt(s.tokens, i);
    }

    /** "Wednesday, June 5, 2019", "Wednesday 5 June": the weekday joins the explicit date. */
    private Candidate weekdayWithDate(int i) {
        Token day = s.tok(i);
        if (v.weekday(day.lower()) == 0 || !day.isCapitalized() && day.lower().endsWith("day")) {
            return null;
        }
        int k = i + 1;
        if (s.punct(k, ",")) {
            k++;
        }
        if (s.tok(k) == null || s.tok(k).newlineBefore()) {
            return null;
        }
        Candidate inner = Candidate.longer(monthFirst(k), s.number(k) ? dayFirst(k) : null);
        if (inner == null || inner.value().length() < 10 || inner.type() != TimexType.DATE) {
            return null;
        }
        return inner.withSpan(i, inner.end());
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
            int month = monthAt(after + 1, false);
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
        boolean quarter = s.word(u, "quarter");
        boolean half = s.word(u, "half");
        if (!quarter && !half || ord > (quarter ? 4 : 2)) {
            return null;
        }
        return periodOfYear(i, u + 1, quarter ? "Q" : "H", ord);
    }

    /** "first quarter [of 2019 | of this year | of last year]"; without a year, the tense picks one. */
    private Candidate periodOfYear(int first, int k, String code, int ord) {
        if (s.word(k, "of") || s.punct(k, ",")) {
            if (s.number(k + 1) && s.tok(k + 1).length() == 4) {
                int year = s.tok(k + 1).number();
                int n = ord > 0 ? ord : code.equals("Q") ? 4 : 2;
                return Candidate.of(first, k + 2, TimexType.DATE, AnchorCalendar.year(year) + "-" + code + n, false);
            }
            int shift = s.word(k + 1, "this") || s.word(k + 1, "the") && s.word(k + 2, "year") ? 0
                    : s.word(k + 1, "last") ? -1 : s.word(k + 1, "next") ? 1 : 9;
            int end = k + 3;
            if (shift != 9 && s.word(end - 1, "year")) {
                String y = anchor == null ? "XXXX" : AnchorCalendar.year(anchor.getYear() + shift);
                int n = ord > 0 ? ord : code.equals("Q") ? 4 : 2;
                return Candidate.of(first, end, TimexType.DATE, y + "-" + code + n, true);
            }
        }
        if (ord < 0) {
            return null;
        }
        if (code.equals("Q")) {
            return Candidate.of(first, k, TimexType.DATE,
                    AnchorCalendar.quarter(ord, s.direction(first, k), anchor), true);
        }
        String y = anchor == null ? "XXXX" : AnchorCalendar.year(anchor.getYear());
        return Candidate.of(first, k, TimexType.DATE, y + "-H" + ord, true);
    }

    /** "Q2 2019", "H1 2019". */
    private Candidate quarterCode(int i) {
        Token t = s.tok(i);
        if (!(t.text().equals("Q") || t.text().equals("H")) || !s.number(i + 1) || !s.adjacent(i + 1)) {
            return null;
        }
        int n = s.tok(i + 1).number();
        if (n < 1 || n > (t.text().equals("Q") ? 4 : 2)) {
            return null;
        }
        int y = s.punct(i + 2, ",") ? i + 3 : i + 2;
        if (s.number(y) && s.tok(y).length() == 4) {
            return Candidate.of(i, y + 1, TimexType.DATE, s.tok(y).text() + "-" + t.text() + n, false);
        }
        return null;
    }

    // --- seasons: "summer 2019", "the summer of 2019", "this summer" is relative ------------------------------

    private Candidate season(int i) {
        int k = s.word(i, "the") ? i + 1 : i;
        Token t = s.tok(k);
        String code = t == null || !t.isWord() ? null : v.season(t.lower());
        if (code == null) {
            return null;
        }
        int y = s.word(k + 1, "of") ? k + 2 : k + 1;
        if (s.number(y) && s.tok(y).length() == 4) {
            return Candidate.of(i, y + 1, TimexType.DATE, s.tok(y).text() + "-" + code, false);
        }
        if (t.is("fall") && k == i) {
            return null;
        }
        Token prev = s.tok(i - 1);
        boolean cue = prev != null && prev.isWord() && SEASON_CUES.contains(prev.lower());
        boolean startsSentence = k == i && t.isCapitalized() && !t.is("spring") && TenseCues.sentenceStartsAt(s.tokens, i)
                && s.punct(i + 1, ",");
        if (!cue && !startsSentence || k > i && (s.word(k + 1, "of") || t.is("fall"))) {
            return null;
        }
        return Candidate.of(i, k + 1, TimexType.DATE, AnchorCalendar.season(code, s.direction(i, k + 1), anchor), true);
    }
}
