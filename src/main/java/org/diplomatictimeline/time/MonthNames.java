package org.diplomatictimeline.time;

import java.util.Set;

/**
 * Month names at a token of the scan: their number in English or another language, the English short forms that
 * may carry a period, and when a bare month name is a date rather than a word ("May", "March", "Juli").
 */
final class MonthNames {

    private static final Set<String> MONTH_ALONE_CUES = Set.of("in", "since", "until", "till", "by", "early",
            "late", "mid", "last", "next", "this", "of", "from", "before", "after", "during", "through", "to",
            "and", "or", "between", "coming", "past", "previous", "following", "end", "start", "beginning");

    /** How many words a phrase of the time data's month-in kind may have ("au mois de"). */
    private static final int MONTH_IN_WORDS = 3;

    private final Scan s;
    private final Vocabulary v;

    MonthNames(Scan scan) {
        this.s = scan;
        this.v = scan.vocab;
    }

    /** "Sept", "Jan": an English short month name, which may carry a period that is not a sentence end. */
    boolean isAbbreviation(int i) {
        Token t = s.tok(i);
        return t.length() <= 4 && v.englishMonth(t.lower()) > 0 && !t.is("may") && !t.is("june") && !t.is("july");
    }

    /** Month number at token i: English names, and other languages' names when {@code foreign} is allowed. */
    int number(int i, boolean foreign) {
        Token t = s.tok(i);
        if (t == null || !t.isWord()) {
            return 0;
        }
        int m = v.englishMonth(t.lower());
        if (m > 0) {
            // Abbreviations need a capital ("Jan", "Sept.") so that words like "mar" or "jun" do not count.
            return t.isCapitalized() || t.length() > 4 && !t.is("march") ? m : 0;
        }
        if (!foreign) {
            return 0;
        }
        int one = v.foreignMonth(t.lower());
        if (one > 0) {
            return one;
        }
        TimeLexicon.Entry phrase = TimeLexicon.get().match(s, i, TimeLexicon.Kind.MONTH, null);
        return phrase == null ? 0 : phrase.number();
    }

    /**
     * The token after the month name at {@code i}: past the second word of a two-word name ("كانون الثاني") and past
     * another name of the same month set beside it, with or without a slash, as Arabic news writes both calendars'
     * names ("19 فبراير/شباط 2015", "يونيو حزيران"). {@code i} must hold a month name.
     */
    int end(int i) {
        int end = i + length(i);
        int month = number(i, true);
        int other = s.punct(end, "/") ? end + 1 : end;
        if (month > 0 && s.tok(other) != null && s.tok(other).isWord() && number(other, true) == month
                && v.englishMonth(s.tok(other).lower()) == 0) {
            return other + length(other);
        }
        return end;
    }

    /** How many tokens the month name at {@code i} takes: two for a phrase of the time data, else one. */
    private int length(int i) {
        Token t = s.tok(i);
        if (t != null && t.isWord() && v.foreignMonth(t.lower()) == 0 && v.englishMonth(t.lower()) == 0) {
            TimeLexicon.Entry phrase = TimeLexicon.get().match(s, i, TimeLexicon.Kind.MONTH, null);
            if (phrase != null) {
                return phrase.length();
            }
        }
        return 1;
    }

    /**
     * Whether a phrase of the time data's month-in kind ends right before the month name at {@code i} ("en juillet",
     * "a luglio", "im Juli", "в июле"): another language's bare month name is a date only there, so a name or a
     * common word spelt like a month stays a word.
     */
    boolean afterMonthIn(int i) {
        for (int n = 1; n <= MONTH_IN_WORDS && i - n >= 0; n++) {
            TimeLexicon.Entry e = TimeLexicon.get().match(s, i - n, TimeLexicon.Kind.MONTH_IN, null);
            if (e != null && e.length() == n) {
                return true;
            }
        }
        return false;
    }

    /** A bare month name is a date only when capitalised, and "May"/"March" only after a temporal cue. */
    boolean aloneAllowed(int i) {
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
}
