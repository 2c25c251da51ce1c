package org.diplomatictimeline.time;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * Amounts of time: durations ("two days", "a 2-day visit", "two and a half years"), shifts from the anchor ("three
 * years ago"), rates and sets ("200 jets a year", "every Monday", "annual") and vague stretches ("for years").
 */
final class QuantityRules {

    private static final Map<String, String> SET_WORDS = Map.of("annual", "P1Y", "annually", "P1Y", "yearly", "P1Y",
            "monthly", "P1M", "weekly", "P1W", "daily", "P1D", "quarterly", "P3M", "hourly", "PT1H", "nightly", "P1D");
    static final Set<String> QUALIFIERS = Set.of("straight", "consecutive", "successive", "trading",
            "business", "working", "full", "more", "additional", "extra", "long", "whole", "calendar");
    private static final Set<String> FREQUENCY = Set.of("once", "twice", "thrice", "times", "million", "billion",
            "thousand", "hundred");
    private static final Set<String> FEW = Set.of("few", "several", "many", "some", "multiple", "numerous");

    private final Scan s;
    private final Vocabulary v;
    private final LocalDate anchor;

    QuantityRules(Scan scan) {
        this.s = scan;
        this.v = scan.vocab;
        this.anchor = scan.anchor;
    }

    // --- amounts: "two days", "a 2-day visit", "three years ago", "50 years old" -----------------------------

    Candidate amount(int i) {
        int afterAmount = amountEnd(i);
        if (afterAmount < 0) {
            return null;
        }
        String amount = amountValue(i);
        int u = afterAmount;
        boolean hyphen = s.dash(u) && s.adjacent(u) && s.adjacent(u + 1);
        if (hyphen) {
            u++;
        } else if (s.tok(u) != null && QUALIFIERS.contains(s.tok(u).lower()) && !s.word(i, "a")) {
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
        boolean article = s.word(i, "a") || s.word(i, "an");
        if (article && (unit == Unit.SECOND || unit == Unit.QUARTER)) {
            // "a second round", "a quarter of the votes": ordinals and fractions, not durations.
            return null;
        }
        if (article && !hyphen && rateContext(i - 1)) {
            // "200 jets a year", "twice a week": a rate.
            return Candidate.of(i, u + 1, TimexType.SET, unit.duration("1"), false);
        }
        int end = u + 1;
        if (s.word(end, "ago") && !amount.equals("X")) {
            return agoShift(i, end + 1, -parseAmount(amount), unit);
        }
        if (s.word(i - 1, "in") && !hyphen && !amount.equals("X") && !unit.isClock()
                && s.direction(i, end) == Direction.FUTURE) {
            // "Xi will visit Moscow in two weeks": a point ahead of the anchor, not a length of time.
            return agoShift(i, end, parseAmount(amount), unit);
        }
        if (s.word(end, "from") && s.word(end + 1, "now") && !amount.equals("X")) {
            return agoShift(i, end + 2, parseAmount(amount), unit);
        }
        if ((s.word(end, "later") || s.word(end, "earlier")) && !amount.equals("X") && !hyphen) {
            long n = parseAmount(amount);
            // "two days later" counts from the last day the text mentioned, as "the day after" does.
            return shiftFrom(s.referenceDay(), i, end + 1, s.word(end, "later") ? n : -n, unit);
        }
        return Candidate.of(i, end, TimexType.DURATION, unit.duration(amount), false);
    }

    /** "200 jets a year", "twice a week", "tonnes a day": a number, a frequency word or a counted plural before. */
    private boolean rateContext(int p) {
        Token t = s.tok(p);
        if (t == null) {
            return false;
        }
        if (t.isNumber() || FREQUENCY.contains(t.lower())) {
            return true;
        }
        String w = t.lower();
        boolean plural = t.isWord() && !t.isCapitalized() && w.length() >= 4 && w.endsWith("s") && !w.endsWith("ss")
                && !w.endsWith("us") && !w.endsWith("is") && !NOT_COUNTED.contains(w);
        Token count = s.tok(p - 1);
        return plural && count != null && (count.isNumber() || v.numberWord(count.lower()) > 0
                || FREQUENCY.contains(count.lower()) || FEW.contains(count.lower()));
    }

    private static final Set<String> NOT_COUNTED = Set.of("takes", "lasts", "spends", "needs", "requires", "means",
            "seems", "remains", "always", "sometimes", "perhaps", "towards", "afterwards", "news", "series", "does",
            "goes", "gets", "makes", "gives", "was", "has", "this", "its", "his", "hers", "ours", "yours", "theirs",
            "whereas", "besides", "plans", "expects", "wants", "hopes", "lies");

    private Candidate agoShift(int first, int end, long amount, Unit unit) {
        return shiftFrom(anchor, first, end, amount, unit);
    }

    private Candidate shiftFrom(LocalDate reference, int first, int end, long amount, Unit unit) {
        if (unit.isClock()) {
            return null;
        }
        return Candidate.of(first, end, TimexType.DATE, AnchorCalendar.shift(reference, amount, unit), true);
    }

    private static long parseAmount(String amount) {
        return Math.round(Double.parseDouble(amount));
    }


    /** The token after an amount at i ("2", "2.5", "twenty-five", "two and a half", "a", "several"), or -1. */
    int amountEnd(int i) {
        Token t = s.tok(i);
        if (t == null) {
            return -1;
        }
        if (t.isNumber()) {
            if ((s.punct(i - 1, ",") || s.punct(i - 1, ".")) && !t.spaceBefore() && s.number(i - 2)
                    && !s.tok(i - 1).spaceBefore()) {
                // the "000" of "1,000" or the "5" of "2.5": not an amount of its own
                return -1;
            }
            int k = i + 1;
            while (s.punct(k, ",") && s.adjacent(k) && s.number(k + 1) && s.adjacent(k + 1)
                    && s.tok(k + 1).length() == 3) {
                k += 2;
            }
            if (k > i + 1) {
                return k;
            }
            if (s.punct(i + 1, ".") && s.adjacent(i + 1) && s.number(i + 2) && s.adjacent(i + 2)) {
                return i + 3;
            }
            return t.length() <= 4 ? i + 1 : -1;
        }
        if (!t.isWord()) {
            return -1;
        }
        if ((t.is("a") || t.is("an")) && (s.word(i + 1, "few") || s.word(i + 1, "couple"))) {
            return s.word(i + 2, "of") ? i + 3 : i + 2;
        }
        if (t.is("couple") && s.word(i + 1, "of")) {
            return i + 2;
        }
        if (FEW.contains(t.lower())) {
            return i + 1;
        }
        int[] n = wordNumber(i);
        if (n == null) {
            return -1;
        }
        int k = n[1];
        if (s.word(k, "and") && s.word(k + 1, "a") && s.word(k + 2, "half")) {
            k += 3;
        }
        return k;
    }

    /**
     * A number written in words at i: "a"/"an" (1), "seven", "twenty-five", "twenty five", "a hundred", "one hundred
     * and twenty". Returns {value, end} or null.
     */
    private int[] wordNumber(int i) {
        Token t = s.tok(i);
        int value;
        int k = i + 1;
        if (t.is("a") || t.is("an")) {
            value = 1;
        } else {
            value = v.numberWord(t.lower());
            if (value < 0 || value == 100) {
                return value == 100 ? new int[] {100, k} : null;
            }
        }
        if (value >= 1 && value < 10 && s.word(k, "hundred")) {
            value *= 100;
            k++;
            int rest = s.word(k, "and") ? k + 1 : k;
            int[] tail = s.tok(rest) != null && s.tok(rest).isWord() && !s.word(rest, "a") && !s.word(rest, "an")
                    ? wordNumber(rest) : null;
            if (tail != null && tail[0] < 100) {
                value += tail[0];
                k = tail[1];
            }
            return new int[] {value, k};
        }
        if (value >= 20 && value < 100 && value % 10 == 0) {
            int u = s.dash(k) && s.adjacent(k) ? k + 1 : k;
            int units = s.tok(u) == null ? -1 : v.numberWord(s.tok(u).lower());
            if (units > 0 && units < 10) {
                return new int[] {value + units, u + 1};
            }
        }
        return new int[] {value, k};
    }

    /** The amount at i as a duration number ("2", "2.5", "X" for "several"), or null. */
    String amountValue(int i) {
        Token t = s.tok(i);
        int end = amountEnd(i);
        if (end < 0) {
            return null;
        }
        if (t.isNumber()) {
            if (s.punct(i + 1, ",")) {
                StringBuilder digits = new StringBuilder(t.text());
                for (int k = i + 2; k < end; k += 2) {
                    digits.append(s.tok(k).text());
                }
                return digits.toString();
            }
            return end == i + 3 ? t.text() + "." + s.tok(i + 2).text() : t.text();
        }
        if ((t.is("a") || t.is("an")) && (s.word(i + 1, "few") || s.word(i + 1, "couple"))) {
            return s.word(i + 1, "couple") ? "2" : "X";
        }
        if (t.is("couple")) {
            return "2";
        }
        if (FEW.contains(t.lower())) {
            return "X";
        }
        int n = wordNumber(i)[0];
        return s.word(end - 1, "half") ? n + ".5" : Integer.toString(n);
    }

    // --- sets: "every year", "each Monday", "annual", "weekly" ----------------------------------------------

    Candidate set(int i) {
        Token t = s.tok(i);
        String set = SET_WORDS.get(t.lower());
        if (set != null) {
            if (t.isCapitalized() && !TenseCues.sentenceStartsAt(s.tokens, i)) {
                return null;
            }
            return Candidate.of(i, i + 1, TimexType.SET, set, false);
        }
        if (t.is("per")) {
            Unit per = s.tok(i + 1) == null ? null : v.unit(s.tok(i + 1).lower());
            return per == null || per.isClock() && per != Unit.HOUR ? null
                    : Candidate.of(i, i + 2, TimexType.SET, per.duration("1"), false);
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

    Candidate vague(int i) {
        Token t = s.tok(i);
        if (t.is("the")) {
            if ((s.word(i + 1, "long") || s.word(i + 1, "near") || s.word(i + 1, "short") || s.word(i + 1, "medium"))
                    && s.word(i + 2, "term")) {
                return Candidate.of(i, i + 3, TimexType.DATE, "FUTURE_REF", true);
            }
            if (s.word(i + 1, "time") && s.word(i + 2, "being")) {
                return Candidate.of(i, i + 3, TimexType.DATE, "PRESENT_REF", true);
            }
            Token w = s.tok(i + 1);
            Unit unit = w == null || !w.isWord() ? null : v.unit(w.lower());
            if (unit != null && !unit.isClock() && w.lower().endsWith("s")
                    && (s.word(i - 1, "over") || s.word(i - 1, "through") || s.word(i - 1, "throughout"))) {
                // "over the years": an unspecified stretch up to now.
                return Candidate.of(i - 1, i + 2, TimexType.DURATION, unit.duration("X"), false);
            }
            return null;
        }
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
