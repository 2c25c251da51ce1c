package org.diplomatictimeline.time;

import java.util.HashSet;
import java.util.Set;

/**
 * "the 70th anniversary of China-Russia diplomatic ties": the year of the anniversary, when the thing it counts from
 * is in {@link Foundings}. Without a known founding nothing is emitted.
 */
final class AnniversaryRules {

    private static final int LEFT = 4;
    private static final int RIGHT = 16;

    private final Scan s;
    private final Vocabulary v;

    AnniversaryRules(Scan scan) {
        this.s = scan;
        this.v = scan.vocab;
    }

    Candidate match(int i) {
        int k = s.word(i, "the") ? i + 1 : i;
        int afterOrdinal = ordinalEnd(k);
        if (afterOrdinal < 0 || !s.word(afterOrdinal, "anniversary")) {
            return null;
        }
        int n = ordinalValue(k);
        int end = afterOrdinal + 1;
        // "the 70th anniversary of <what>" names it after "of", up to a comma or the next anniversary;
        // "the China-Russia 70th anniversary" names it just before.
        Set<String> words = new HashSet<>();
        if (s.word(end, "of")) {
            for (int j = end + 1; j < Math.min(s.size(), end + RIGHT) && !TenseCues.sentenceStartsAt(s.tokens, j)
                    && !s.word(j, "anniversary") && !s.punct(j, ",") && !s.punct(j, ";"); j++) {
                words.add(s.tok(j).lower());
            }
        } else {
            for (int j = k - 1; j >= Math.max(0, k - LEFT) && !TenseCues.sentenceStartsAt(s.tokens, j + 1); j--) {
                words.add(s.tok(j).lower());
            }
        }
        Foundings.Founding f = Foundings.match(words);
        if (f == null || n <= 0) {
            return null;
        }
        return Candidate.of(i, end, TimexType.DATE, AnchorCalendar.year(f.date().getYear() + n), false);
    }

    /** The token after "70th", "70-th", "seventieth", "seventy-fifth" at k, or -1. */
    private int ordinalEnd(int k) {
        Token t = s.tok(k);
        if (t == null) {
            return -1;
        }
        if (t.isNumber() && t.length() <= 3) {
            if (s.word(k + 1, "th") || s.word(k + 1, "st") || s.word(k + 1, "nd") || s.word(k + 1, "rd")) {
                return s.adjacent(k + 1) ? k + 2 : -1;
            }
            return s.dash(k + 1) && s.word(k + 2, "th") ? k + 3 : -1;
        }
        if (!t.isWord()) {
            return -1;
        }
        if (v.ordinalWord(t.lower()) > 0) {
            return k + 1;
        }
        int tens = v.numberWord(t.lower());
        if (tens >= 20 && tens % 10 == 0 && s.dash(k + 1) && s.tok(k + 2) != null
                && v.ordinalWord(s.tok(k + 2).lower()) > 0 && v.ordinalWord(s.tok(k + 2).lower()) < 10) {
            return k + 3;
        }
        return -1;
    }

    private int ordinalValue(int k) {
        Token t = s.tok(k);
        if (t.isNumber()) {
            return t.number();
        }
        int ord = v.ordinalWord(t.lower());
        return ord > 0 ? ord : v.numberWord(t.lower()) + v.ordinalWord(s.tok(k + 2).lower());
    }
}
