package org.diplomatictimeline.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/** Dates written with digits: ISO dates and weeks, numeric day/month/year dates, years, year ranges and decades. */
final class NumericRules {

    private static final Set<String> YEAR_CUES = Set.of("in", "since", "from", "of", "by", "until", "till", "year",
            "between", "and", "to", "before", "after", "around", "circa", "c", "during", "early", "late", "mid");
    private static final Set<String> NOT_YEAR_AFTER = Set.of("people", "troops", "soldiers", "km", "kilometres",
            "kilometers", "miles", "metres", "meters", "tonnes", "tons", "cars", "jobs", "workers", "units", "employees",
            "dollars", "euros", "yuan", "rubles", "roubles", "votes", "feet", "pounds", "barrels", "delegates",
            "members", "hectares", "students", "refugees", "civilians", "deaths", "cases", "copies", "planes",
            "aircraft", "vehicles", "points", "shares", "mw", "kg", "m", "b", "bn", "million", "billion");
    /** "Resolution 2118", "flight 1549", "No. 1325": numbers that name things. */
    private static final Set<String> NOT_YEAR_BEFORE = Set.of("no", "resolution", "resolutions", "number", "flight",
            "route", "article", "paragraph", "code", "room", "decree", "bus", "highway", "order", "case", "law",
            "bill", "item", "page", "pages", "chapter", "section", "model", "version", "unit", "tel", "phone");

    private final Scan s;
    private final LocalDate anchor;

    NumericRules(Scan scan) {
        this.s = scan;
        this.anchor = scan.anchor;
    }

    // --- numbers first: ISO dates, numeric dates, years, decades -------------------------------------------------

    Candidate match(int i) {
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
        // "19-5-2023" (Arabic and some other pages) only with a four-digit year: "3-2-1" is a score or a vote.
        boolean dashed = s.dash(i + 1) && s.tok(i + 4) != null && s.tok(i + 4).length() == 4;
        if (t.length() <= 2 && (s.punct(i + 1, "/") || s.punct(i + 1, ".") || dashed) && s.adjacent(i + 1)
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
                || prev.isWord() && NOT_YEAR_BEFORE.contains(prev.lower()) || (prev.is(",") || prev.is(".") || prev.is("/") || prev.is("-"))
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

    Candidate shortDecade(int i) {
        if (s.number(i + 1) && s.adjacent(i + 1) && s.tok(i + 1).length() == 2 && s.word(i + 2, "s")
                && s.adjacent(i + 2) && s.tok(i + 1).number() % 10 == 0) {
            int d = s.tok(i + 1).number();
            int first = s.word(i - 1, "the") ? i - 1 : i;
            return Candidate.of(first, i + 3, TimexType.DATE, (d < 30 ? "20" : "19") + d / 10 + "X", false);
        }
        return null;
    }
}
