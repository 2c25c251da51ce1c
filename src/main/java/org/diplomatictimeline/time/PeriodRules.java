package org.diplomatictimeline.time;

import java.time.LocalDate;
import java.util.Set;

/** Parts of a year: quarters and halves ("the first quarter of 2019", "Q2 2019", "H1 2019") and seasons. */
final class PeriodRules {

    private static final Set<String> SEASON_CUES = Set.of("in", "during", "by", "until", "since", "early",
            "late", "mid", "this", "last", "next", "through", "till");

    private final Scan s;
    private final Vocabulary v;
    private final LocalDate anchor;

    PeriodRules(Scan scan) {
        this.s = scan;
        this.v = scan.vocab;
        this.anchor = scan.anchor;
    }

    /** "first quarter [of 2019 | of this year | of last year]"; without a year, the tense picks one. */
    Candidate periodOfYear(int first, int k, String code, int ord) {
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
    Candidate quarterCode(int i) {
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

    Candidate season(int i) {
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
