package org.diplomatictimeline.time;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * Fixed-date days named in news: Christmas, New Year's Day and Eve, Victory Day (9 May), Bastille Day, Armistice Day,
 * May Day. Resolved like a month-day without year ("on Christmas" follows the tense); "Christmas 2018" is absolute.
 */
final class HolidayRules {

    /** Lower-case words of the name (apostrophes and "'s" dropped) to month * 100 + day. */
    private static final Map<String, Integer> DAYS = Map.of(
            "christmas", 1225, "christmas eve", 1224, "christmas day", 1225, "new year day", 101, "new year eve", 1231,
            "victory day", 509, "bastille day", 714, "armistice day", 1111, "may day", 501);
    private static final Set<String> FIRST_WORDS = Set.of("christmas", "new", "victory", "bastille", "armistice", "may");

    private final Scan s;
    private final LocalDate anchor;

    HolidayRules(Scan scan) {
        this.s = scan;
        this.anchor = scan.anchor;
    }

    static Set<String> startWords() {
        return FIRST_WORDS;
    }

    Candidate match(int i) {
        Token t = s.tok(i);
        if (t == null || !t.isCapitalized() || !FIRST_WORDS.contains(t.lower())) {
            return null;
        }
        // Read up to three name words, skipping "'s" ("New Year's Day").
        StringBuilder name = new StringBuilder(t.lower());
        int best = -1;
        int bestEnd = -1;
        int k = i + 1;
        Integer md = DAYS.get(name.toString());
        if (md != null) {
            best = md;
            bestEnd = k;
        }
        for (int words = 1; words < 3; words++) {
            if ((s.punct(k, "'") || s.punct(k, "’")) && s.word(k + 1, "s")) {
                k += 2;
            }
            Token w = s.tok(k);
            if (w == null || !w.isCapitalized()) {
                break;
            }
            name.append(' ').append(w.lower());
            k++;
            md = DAYS.get(name.toString());
            if (md != null) {
                best = md;
                bestEnd = k;
            }
        }
        if (best < 0) {
            return null;
        }
        int month = best / 100;
        int day = best % 100;
        if (s.number(bestEnd) && s.tok(bestEnd).length() == 4) {
            int year = s.tok(bestEnd).number();
            return Candidate.of(i, bestEnd + 1, TimexType.DATE,
                    AnchorCalendar.day(LocalDate.of(year, month, day)), false);
        }
        return Candidate.of(i, bestEnd, TimexType.DATE,
                AnchorCalendar.monthDay(month, day, s.direction(i, bestEnd), anchor), true);
    }
}
