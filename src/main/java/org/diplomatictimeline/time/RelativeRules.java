package org.diplomatictimeline.time;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * Expressions that need the anchor: today/yesterday, "last week", "next Monday", weekdays by tense, "the day",
 * PRESENT_REF/PAST_REF/FUTURE_REF words; durations and sets are delegated to {@link QuantityRules}, clock times to
 * {@link ClockRules}.
 */
final class RelativeRules {

    private static final Map<String, String> REF_WORDS = Map.ofEntries(
            Map.entry("now", "PRESENT_REF"), Map.entry("currently", "PRESENT_REF"),
            Map.entry("nowadays", "PRESENT_REF"), Map.entry("presently", "PRESENT_REF"),
            Map.entry("recently", "PAST_REF"), Map.entry("lately", "PAST_REF"), Map.entry("soon", "FUTURE_REF"),
            Map.entry("recent", "PAST_REF"), Map.entry("current", "PRESENT_REF"), Map.entry("later", "FUTURE_REF"));
    private static final Map<String, Integer> SHIFT_WORDS = Map.ofEntries(
            Map.entry("this", 0), Map.entry("current", 0), Map.entry("last", -1), Map.entry("past", -1),
            Map.entry("previous", -1), Map.entry("next", 1), Map.entry("coming", 1), Map.entry("following", 1));

    private final Scan s;
    private final Vocabulary v;
    private final LocalDate anchor;
    private final ClockRules clock;
    private final QuantityRules quantities;

    RelativeRules(Scan scan) {
        this.s = scan;
        this.v = scan.vocab;
        this.anchor = scan.anchor;
        this.clock = new ClockRules(scan);
        this.quantities = new QuantityRules(scan);
    }

    Candidate match(int i) {
        Token t = s.tok(i);
        if (t == null || t.kind() == TokenKind.PUNCT) {
            return null;
        }
        Candidate c = clock.match(i);
        c = Candidate.longer(c, quantities.amount(i));
        if (t.isWord()) {
            c = Candidate.longer(c, deictic(i));
            c = Candidate.longer(c, shifted(i));
            c = Candidate.longer(c, weekday(i));
            c = Candidate.longer(c, quantities.set(i));
            c = Candidate.longer(c, quantities.vague(i));
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
                return dayShift(i, i + 1, 0);
            case "yesterday":
                return dayShift(i, i + 1, -1);
            case "tomorrow":
                return dayShift(i, i + 1, 1);
            case "tonight":
                return Candidate.of(i, i + 1, TimexType.TIME, dayValue(0) + "TNI", true);
            case "the":
                if (s.word(i + 1, "day") && (s.word(i + 2, "before") || s.word(i + 2, "after"))) {
                    if (s.word(i + 3, "yesterday") || s.word(i + 3, "tomorrow")) {
                        return dayShift(i, i + 4, s.word(i + 3, "yesterday") ? -2 : 2);
                    }
                    // "the day after falling 3 %" or "the day before the vote" name another reference point.
                    Token after = s.tok(i + 3);
                    return after != null && after.isWord() ? null
                            : referenceShift(i, i + 3, s.word(i + 2, "before") ? -1 : 1);
                }
                if ((s.word(i + 1, "next") || s.word(i + 1, "following") || s.word(i + 1, "previous"))
                        && s.word(i + 2, "day")) {
                    return referenceShift(i, i + 3, s.word(i + 1, "previous") ? -1 : 1);
                }
                if (dayOfReport(i)) {
                    int end = s.word(i + 1, "same") ? i + 3 : i + 2;
                    String day = s.lastDay() != null ? s.lastDay() : dayValue(0);
                    return Candidate.of(i, end, TimexType.DATE, day, true);
                }
                if ((s.word(i + 1, "past") || s.word(i + 1, "future")) && !startsAmountOrUnit(i + 2)) {
                    return Candidate.of(i, i + 2, TimexType.DATE, s.word(i + 1, "past") ? "PAST_REF" : "FUTURE_REF",
                            true);
                }
                return null;
            default:
                String ref = REF_WORDS.get(t.lower());
                if (ref != null && !s.word(i + 1, "than") && !(t.is("later") && s.word(i + 1, "on"))) {
                    return Candidate.of(i, i + 1, TimexType.DATE, ref, true);
                }
                if (t.is("at") && s.word(i + 1, "present")) {
                    return Candidate.of(i, i + 2, TimexType.DATE, "PRESENT_REF", true);
                }
                return null;
        }
    }

    /**
     * "ended the day up 2 %", "for the day", "on the same day": the day being reported, i.e. the anchor. Only after
     * such verbs and prepositions, and not when a clause or "of" follows ("the day of the vote", "the day when").
     */
    private boolean dayOfReport(int i) {
        int d = s.word(i + 1, "same") ? i + 2 : i + 1;
        if (!s.word(d, "day")) {
            return false;
        }
        Token prev = s.tok(i - 1);
        Token next = s.tok(d + 1);
        boolean led = prev != null && prev.isWord() && DAY_LEADS.contains(prev.lower());
        boolean open = next != null && next.isWord() && DAY_FOLLOWS.contains(next.lower());
        return led && !open;
    }

    private static final Set<String> DAY_LEADS = Set.of("for", "on", "during", "end", "ended", "ending", "ends", "of",
            "finish", "finished", "finishing", "close", "closed", "closing", "in", "throughout", "that");
    private static final Set<String> DAY_FOLLOWS = Set.of("before", "after", "of", "when", "that", "which", "on",
            "in", "following", "they", "he", "she", "it", "we", "i");

    private Candidate dayShift(int first, int end, int days) {
        int k = end;
        Candidate c = Candidate.of(first, k, TimexType.DATE, dayValue(days), true);
        String part = s.tok(k) == null ? null : v.dayPart(s.tok(k).lower());
        if (part != null && !s.tok(k).lower().equals("overnight")) {
            return Candidate.of(first, k + 1, TimexType.TIME, c.value() + "T" + part, true);
        }
        return c;
    }

    /** "the day before", "the next day": relative to the last day the text mentioned, else to the anchor. */
    private Candidate referenceShift(int first, int end, int days) {
        LocalDate reference = s.referenceDay();
        String value = reference == null ? (days < 0 ? "PAST_REF" : "FUTURE_REF")
                : AnchorCalendar.day(reference.plusDays(days));
        return Candidate.of(first, end, TimexType.DATE, value, true);
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
        if (shift == null && the && !earlierLater && s.word(i - 1, "of") && t != null && t.isWord()) {
            // "the end of the year", "the start of the week": the anchor's own period.
            Unit own = v.unit(t.lower());
            if (own != null && !own.isClock() && own != Unit.DAY && !t.lower().endsWith("s")
                    && !s.word(k + 1, "of") && !s.word(k + 1, "before") && !s.word(k + 1, "after")) {
                return Candidate.of(i, k + 1, TimexType.DATE, AnchorCalendar.shift(anchor, 0, own), true);
            }
        }
        if (the && !earlierLater && t != null && t.is("weekend") && anchor != null
                && (s.word(i - 1, "over") || s.word(i - 1, "during") || s.word(i - 1, "at") || s.word(i - 1, "on"))) {
            boolean past = s.direction(i, k + 1) == Direction.PAST;
            int dow = anchor.getDayOfWeek().getValue();
            LocalDate inWeek = past && dow < 6 ? anchor.minusWeeks(1) : anchor;
            return Candidate.of(i, k + 1, TimexType.DATE, AnchorCalendar.week(inWeek) + "-WE", true);
        }
        if (shift == null || earlierLater && shift != 0) {
            return null;
        }
        if (the && shift == 0) {
            return null;
        }
        int j = k + 1;
        if (s.word(j, "financial") || s.word(j, "fiscal") || s.word(j, "calendar")) {
            // "the last financial quarter", "this fiscal year"
            j++;
        }
        Token w = s.tok(j);
        if (w == null || !w.isWord()) {
            return null;
        }
        if (shift != 0 && (quantities.amountEnd(j) > 0)) {
            return pastNext(i, j);
        }
        String part = v.dayPart(w.lower());
        if (part != null && !the) {
            if (!t.is("this") && !t.is("last") && !t.is("next")) {
                return null;
            }
            // "this morning" is today's, "next morning" tomorrow's, "last night" yesterday's.
            int days = shift > 0 ? 1 : t.is("last") && w.is("night") ? -1 : 0;
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
            if (the && t.is("past")) {
                // "over the past decade": a stretch of time up to now, not the previous calendar decade.
                return Candidate.of(i, j + 1, TimexType.DURATION, unit.duration("1"), false);
            }
            // "returned the following month" counts from the month just told ("recalled in March"), not from the
            // article's date; with no such date before it, the article's date is all there is.
            LocalDate from = the && t.is("following") && s.referenceFor(unit) != null ? s.referenceFor(unit) : anchor;
            return Candidate.of(i, j + 1, TimexType.DATE, AnchorCalendar.shift(from, shift, unit), true);
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
        int afterAmount = quantities.amountEnd(j);
        String amount = quantities.amountValue(j);
        if (s.tok(afterAmount) != null && QuantityRules.QUALIFIERS.contains(s.tok(afterAmount).lower())) {
            afterAmount++;
        }
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
        if (dow == 0 || v.isWeekdayAbbreviation(t.lower()) || v.weekdayNeedsCapital(t.lower()) && !t.isCapitalized()) {
            // Abbreviations ("Sun", "Sat", "Wed") count only next to a date, see CalendarRules.weekdayWithDate.
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

    private boolean startsAmountOrUnit(int i) {
        Token t = s.tok(i);
        return t != null && (quantities.amountEnd(i) > 0 || t.isWord() && v.unit(t.lower()) != null);
    }
}
