package org.diplomatictimeline.time;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * Expressions that need the anchor or are not calendar positions: today/yesterday, "last week", "next Monday",
 * weekdays by tense, "two weeks ago", PRESENT_REF/PAST_REF/FUTURE_REF words, durations, sets and times of day.
 */
final class RelativeRules {

    private static final Map<String, String> REF_WORDS = Map.ofEntries(
            Map.entry("now", "PRESENT_REF"), Map.entry("currently", "PRESENT_REF"),
            Map.entry("nowadays", "PRESENT_REF"), Map.entry("presently", "PRESENT_REF"),
            Map.entry("recently", "PAST_REF"), Map.entry("lately", "PAST_REF"), Map.entry("soon", "FUTURE_REF"),
            Map.entry("formerly", "PAST_REF"));
    private static final Map<String, Integer> SHIFT_WORDS = Map.ofEntries(
            Map.entry("this", 0), Map.entry("current", 0), Map.entry("last", -1), Map.entry("past", -1),
            Map.entry("previous", -1), Map.entry("next", 1), Map.entry("coming", 1), Map.entry("following", 1));
    private static final Map<String, String> SET_WORDS = Map.of("annual", "P1Y", "annually", "P1Y", "yearly", "P1Y",
            "monthly", "P1M", "weekly", "P1W", "daily", "P1D", "quarterly", "P3M", "hourly", "PT1H", "nightly", "P1D");
    private static final Set<String> FEW = Set.of("few", "several", "many", "some", "multiple", "numerous");

    private final Scan s;
    private final Vocabulary v;
    private final LocalDate anchor;
    private final ClockRules clock;

    RelativeRules(Scan scan) {
        this.s = scan;
        this.v = scan.vocab;
        this.anchor = scan.anchor;
        this.clock = new ClockRules(scan);
    }

    Candidate match(int i) {
        Token t = s.tok(i);
        if (t == null || t.kind() == TokenKind.PUNCT) {
            return null;
        }
        Candidate c = clock.match(i);
        c = Candidate.longer(c, amount(i));
        if (t.isWord()) {
            c = Candidate.longer(c, deictic(i));
            c = Candidate.longer(c, shifted(i));
            c = Candidate.longer(c, weekday(i));
            c = Candidate.longer(c, set(i));
            c = Candidate.longer(c, vague(i));
        }
        return c;
    }

    /** A clock time starting at i, or null. */
    Candidate clockAt(int i) {
        Token t = s.tok(i);
        return t == null || t.kind() == TokenKind.PUNCT ? null : clock.match(i);
    }

    // --- today, yesterday, tomorrow, tonight, "the day before", now/recently/soon ----------------------------

    private Candidate deictic(int i) {
        Token t = s.tok(i);
        switch (t.lower()) {
            case "today":
            case "aujourd":
            case "heute":
            case "hoy":
            case "oggi":
            case "сегодня":
                return dayShift(i, i + 1, 0);
            case "yesterday":
            case "hier":
            case "gestern":
            case "ayer":
            case "ieri":
            case "вчера":
                return dayShift(i, i + 1, -1);
            case "tomorrow":
            case "demain":
            case "morgen":
            case "mañana":
            case "domani":
            case "завтра":
                return dayShift(i, i + 1, 1);
            case "tonight":
                return Candidate.of(i, i + 1, TimexType.TIME, dayValue(0) + "TNI", true);
            case "the":
                if (s.word(i + 1, "day") && (s.word(i + 2, "before") || s.word(i + 2, "after"))) {
                    if (s.word(i + 3, "yesterday") || s.word(i + 3, "tomorrow")) {
                        return dayShift(i, i + 4, s.word(i + 3, "yesterday") ? -2 : 2);
                    }
                    return dayShift(i, i + 3, s.word(i + 2, "before") ? -1 : 1);
                }
                if ((s.word(i + 1, "next") || s.word(i + 1, "following") || s.word(i + 1, "previous"))
                        && s.word(i + 2, "day")) {
                    return dayShift(i, i + 3, s.word(i + 1, "previous") ? -1 : 1);
                }
                if ((s.word(i + 1, "past") || s.word(i + 1, "future")) && !startsAmountOrUnit(i + 2)) {
                    return Candidate.of(i, i + 2, TimexType.DATE, s.word(i + 1, "past") ? "PAST_REF" : "FUTURE_REF",
                            true);
                }
                return null;
            default:
                String ref = REF_WORDS.get(t.lower());
                if (ref != null) {
                    return Candidate.of(i, i + 1, TimexType.DATE, ref, true);
                }
                if (t.is("at") && s.word(i + 1, "present")) {
                    return Candidate.of(i, i + 2, TimexType.DATE, "PRESENT_REF", true);
                }
                return null;
        }
    }

    private Candidate dayShift(int first, int end, int days) {
        int k = end;
        if (s.word(first, "aujourd") && s.punct(k, "'") && s.word(k + 1, "hui")) {
            k += 2;
        }
        Candidate c = Candidate.of(first, k, TimexType.DATE, dayValue(days), true);
        String part = s.tok(k) == null ? null : v.dayPart(s.tok(k).lower());
        if (part != null && !s.tok(k).lower().equals("overnight")) {
            return Candidate.of(first, k + 1, TimexType.TIME, c.value() + "T" + part, true);
        }
        return c;
    }

    private String dayValue(int days) {
        if (anchor == null) {
            return days == 0 ? "PRESENT_REF" : days < 0 ? "PAST_REF" : "FUTURE_REF";
        }
        return AnchorCalendar.day(anchor.plusDays(days));
    }

    // --- this/last/next + unit | weekday | month | season | part of day; "earlier this week" ------------------

    private Candidate shifted(int i) {
        int k = i;
        boolean the = s.word(k, "the");
        if (the) {
            k++;
        }
        boolean earlierLater = !the && (s.word(k, "earlier") || s.word(k, "later"));
        if (earlierLater) {
            k++;
            if (s.word(k, "today")) {
                return dayShift(i, k + 1, 0);
            }
        }
        Token t = s.tok(k);
        Integer shift = t == null ? null : SHIFT_WORDS.get(t.lower());
        if (shift == null || earlierLater && shift != 0) {
            return null;
        }
        if (the && shift == 0) {
            return null;
        }
        int j = k + 1;
        Token w = s.tok(j);
        if (w == null || !w.isWord()) {
            return null;
        }
        if (shift != 0 && (amountEnd(j) > 0)) {
            return pastNext(i, j);
        }
        String part = v.dayPart(w.lower());
        if (part != null && !the) {
            int days = t.is("last") && w.is("night") ? -1 : 0;
            if (shift > 0 && !w.is("night")) {
                days = 1;
            } else if (shift > 0) {
                days = 1;
            }
            if (!t.is("this") && !t.is("last") && !t.is("next")) {
                return null;
            }
            return Candidate.of(i, j + 1, TimexType.TIME, dayValue(days) + "T" + part, true);
        }
        if (w.is("weekend")) {
            String week = anchor == null ? (shift == 0 ? "XXXX-WXX" : shift < 0 ? "PAST_REF" : "FUTURE_REF")
                    : AnchorCalendar.week(anchor.plusWeeks(shift));
            return Candidate.of(i, j + 1, TimexType.DATE, week.endsWith("REF") ? week : week + "-WE", true);
        }
        Unit unit = v.unit(w.lower());
        if (unit != null && !unit.isClock() && !w.lower().endsWith("s")) {
            if (unit == Unit.DAY && shift == 0) {
                return null;
            }
            return Candidate.of(i, j + 1, TimexType.DATE, AnchorCalendar.shift(anchor, shift, unit), true);
        }
        if (earlierLater || the) {
            return null;
        }
        int dow = v.weekday(w.lower());
        if (dow > 0) {
            Candidate c = Candidate.of(i, j + 1, TimexType.DATE, AnchorCalendar.weekdayOffset(dow, shift, anchor), true);
            return withDayPart(c);
        }
        int month = v.englishMonth(w.lower());
        if (month > 0 && w.isCapitalized()) {
            return Candidate.of(i, j + 1, TimexType.DATE, monthShift(month, shift), true);
        }
        String season = v.season(w.lower());
        if (season != null) {
            Direction dir = shift < 0 ? Direction.PAST : shift > 0 ? Direction.FUTURE : Direction.NEUTRAL;
            return Candidate.of(i, j + 1, TimexType.DATE, AnchorCalendar.season(season, dir, anchor, true), true);
        }
        return null;
    }

    /** "last May": the latest May before the anchor's month; "next May": the first after it; "this May": this year's. */
    private String monthShift(int month, int shift) {
        if (anchor == null) {
            return shift == 0 ? String.format("XXXX-%02d", month) : shift < 0 ? "PAST_REF" : "FUTURE_REF";
        }
        int year = anchor.getYear();
        if (shift < 0 && month >= anchor.getMonthValue()) {
            year--;
        } else if (shift > 0 && month <= anchor.getMonthValue()) {
            year++;
        }
        return AnchorCalendar.month(year, month);
    }

    /** "the past two years", "the next four years", "the last few days": durations. */
    private Candidate pastNext(int first, int j) {
        int afterAmount = amountEnd(j);
        String amount = amountValue(j);
        Unit unit = s.tok(afterAmount) == null ? null : v.unit(s.tok(afterAmount).lower());
        if (unit == null || amount == null) {
            return null;
        }
        return Candidate.of(first, afterAmount + 1, TimexType.DURATION, unit.duration(amount), false);
    }

    private Candidate withDayPart(Candidate c) {
        Token next = s.tok(c.end());
        String part = next == null ? null : v.dayPart(next.lower());
        if (part == null || c.value().endsWith("REF")) {
            return c;
        }
        return new Candidate(c.first(), c.end() + 1, TimexType.TIME, c.value() + "T" + part, null, null, true);
    }

    // --- weekdays --------------------------------------------------------------------------------------------

    private Candidate weekday(int i) {
        Token t = s.tok(i);
        int dow = v.weekday(t.lower());
        if (dow == 0 || t.length() <= 4 && !(t.isCapitalized() && s.punct(i + 1, ".") && s.adjacent(i + 1))) {
            return null;
        }
        if (!t.isCapitalized() && v.weekday(t.lower()) > 0 && isEnglishWeekday(t.lower())) {
            return null;
        }
        Candidate c = Candidate.of(i, i + 1, TimexType.DATE,
                AnchorCalendar.weekday(dow, s.direction(i, i + 1), anchor), true);
        return withDayPart(c);
    }

    private static boolean isEnglishWeekday(String lower) {
        return lower.endsWith("day") && lower.length() >= 6;
    }

    // --- amounts: "two days", "a 2-day visit", "three years ago", "50 years old" -----------------------------

    private Candidate amount(int i) {
        int afterAmount = amountEnd(i);
        if (afterAmount < 0) {
            return null;
        }
        String amount = amountValue(i);
        int u = afterAmount;
        boolean hyphen = s.dash(u) && s.adjacent(u) && s.adjacent(u + 1);
        if (hyphen) {
            u++;
        }
        Token ut = s.tok(u);
        Unit unit = ut == null || !ut.isWord() ? null : v.unit(ut.lower());
        if (unit == null || amount == null) {
            return null;
        }
        if (s.tok(i).isNumber() && s.tok(i).length() == 4 && !hyphen) {
            return null;
        }
        int end = u + 1;
        if (s.word(end, "ago") && !amount.equals("X")) {
            return agoShift(i, end + 1, -parseAmount(amount), unit);
        }
        if (s.word(end, "from") && s.word(end + 1, "now") && !amount.equals("X")) {
            return agoShift(i, end + 2, parseAmount(amount), unit);
        }
        if ((s.word(end, "later") || s.word(end, "earlier")) && !amount.equals("X") && !hyphen) {
            long n = parseAmount(amount);
            return agoShift(i, end + 1, s.word(end, "later") ? n : -n, unit);
        }
        if ((s.word(i, "a") || s.word(i, "an")) && !hyphen && s.number(i - 1)) {
            return null;
        }
        return Candidate.of(i, end, TimexType.DURATION, unit.duration(amount), false);
    }

    private Candidate agoShift(int first, int end, long amount, Unit unit) {
        if (unit.isClock()) {
            return null;
        }
        return Candidate.of(first, end, TimexType.DATE, AnchorCalendar.shift(anchor, amount, unit), true);
    }

    private static long parseAmount(String amount) {
        return Math.round(Double.parseDouble(amount));
    }

    private boolean startsAmountOrUnit(int i) {
        Token t = s.tok(i);
        return t != null && (amountEnd(i) > 0 || t.isWord() && v.unit(t.lower()) != null);
    }

    /** The token after an amount at i ("2", "2.5", "twenty-five", "two and a half", "a", "several"), or -1. */
    int amountEnd(int i) {
        Token t = s.tok(i);
        if (t == null) {
            return -1;
        }
        if (t.isNumber()) {
            if (s.punct(i + 1, ".") && s.adjacent(i + 1) && s.number(i + 2) && s.adjacent(i + 2)) {
                return i + 3;
            }
            return t.length() <= 4 ? i + 1 : -1;
        }
        if (!t.isWord()) {
            return -1;
        }
        if (t.is("a") || t.is("an")) {
            if (s.word(i + 1, "few") || s.word(i + 1, "couple")) {
                return s.word(i + 2, "of") ? i + 3 : i + 2;
            }
            return i + 1;
        }
        if (FEW.contains(t.lower())) {
            return i + 1;
        }
        int n = v.numberWord(t.lower());
        if (n < 0) {
            return -1;
        }
        int k = i + 1;
        if (n >= 20 && n < 100 && n % 10 == 0 && s.dash(k) && s.tok(k + 1) != null
                && v.numberWord(s.tok(k + 1).lower()) > 0 && v.numberWord(s.tok(k + 1).lower()) < 10) {
            k += 2;
        }
        if (s.word(k, "and") && s.word(k + 1, "a") && s.word(k + 2, "half")) {
            k += 3;
        }
        return k;
    }

    /** The amount at i as a duration number ("2", "2.5", "X" for "several"), or null. */
    String amountValue(int i) {
        Token t = s.tok(i);
        int end = amountEnd(i);
        if (end < 0) {
            return null;
        }
        if (t.isNumber()) {
            return end == i + 3 ? t.text() + "." + s.tok(i + 2).text() : t.text();
        }
        if (t.is("a") || t.is("an")) {
            return end == i + 1 ? "1" : s.word(i + 1, "couple") ? "2" : "X";
        }
        if (FEW.contains(t.lower())) {
            return "X";
        }
        int n = v.numberWord(t.lower());
        if (end >= i + 3 && s.dash(i + 1)) {
            n += v.numberWord(s.tok(i + 2).lower());
        }
        return s.word(end - 1, "half") ? n + ".5" : Integer.toString(n);
    }

    // --- sets: "every year", "each Monday", "annual", "weekly" ----------------------------------------------

    private Candidate set(int i) {
        Token t = s.tok(i);
        String set = SET_WORDS.get(t.lower());
        if (set != null) {
            if (t.isCapitalized() && !TenseCues.sentenceStartsAt(s.tokens, i)) {
                return null;
            }
            return Candidate.of(i, i + 1, TimexType.SET, set, false);
        }
        if (!t.is("every") && !t.is("each")) {
            return null;
        }
        int k = i + 1;
        String amount = "1";
        if (s.word(k, "other")) {
            amount = "2";
            k++;
        } else if (amountEnd(k) > 0 && !s.word(k, "a") && !s.word(k, "an")) {
            amount = amountValue(k);
            k = amountEnd(k);
        }
        Token w = s.tok(k);
        if (w == null || !w.isWord()) {
            return null;
        }
        Unit unit = v.unit(w.lower());
        if (unit != null) {
            return Candidate.of(i, k + 1, TimexType.SET, unit.duration(amount), false);
        }
        int dow = v.weekday(w.lower());
        if (dow > 0) {
            return Candidate.of(i, k + 1, TimexType.SET, "XXXX-WXX-" + dow, false);
        }
        int month = v.englishMonth(w.lower());
        if (month > 0 && w.isCapitalized()) {
            return Candidate.of(i, k + 1, TimexType.SET, String.format("XXXX-%02d", month), false);
        }
        return null;
    }

    // --- vague spans: "for years", "in recent years", "in the coming weeks" ----------------------------------

    private Candidate vague(int i) {
        Token t = s.tok(i);
        if (t.is("recent") || t.is("coming") || t.is("past")) {
            Token w = s.tok(i + 1);
            Unit unit = w == null || !w.isWord() ? null : v.unit(w.lower());
            if (unit != null && w.lower().endsWith("s")) {
                int first = s.word(i - 1, "the") ? i - 1 : i;
                if (t.is("coming")) {
                    return Candidate.of(first, i + 2, TimexType.DATE, "FUTURE_REF", true);
                }
                return Candidate.of(first, i + 2, TimexType.DURATION, unit.duration("X"), false);
            }
            return null;
        }
        Unit unit = v.unit(t.lower());
        if (unit != null && t.lower().endsWith("s") && !unit.isClock()
                && (s.word(i - 1, "for") || s.word(i - 1, "over") && s.word(i - 2, "for"))) {
            return Candidate.of(i, i + 1, TimexType.DURATION, unit.duration("X"), false);
        }
        return null;
    }
}
