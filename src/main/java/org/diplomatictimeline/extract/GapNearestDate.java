package org.diplomatictimeline.extract;

import java.util.List;
import java.util.Optional;
import org.diplomatictimeline.time.Timex;

/**
 * The temporal expression nearest to an event word, measured by the gap on the side where the expression stands,
 * with a comma (Latin or Arabic) in the gap counting as a few words more (decision 0092).
 */
final class GapNearestDate {

    /** How many characters a comma between a word and a date weighs: about two words of the same stretch. */
    private static final int COMMA_WEIGHT = 12;

    private GapNearestDate() {
    }

    /**
     * The usable expression nearest to a word running from {@code from} to {@code to} in {@code text}, by the gap on
     * either side, a comma in the gap counting as a few words more: a date after the word counts from its end, so
     * that a long word ("élection", "Präsidentschaftswahl") does not push its own date behind one told before it
     * across a comma ("after Thursday's stop in Accra, since his election on 4 May").
     */
    static Optional<Timex> of(List<Timex> candidates, int from, int to, String text) {
        Timex best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Timex t : candidates) {
            int gapFrom = t.start() >= to ? to : Math.min(t.end(), from);
            int gapTo = t.start() >= to ? t.start() : from;
            int d = t.start() >= to ? t.start() - to : t.start() >= from ? 0 : from - t.end();
            d += COMMA_WEIGHT * commas(text, gapFrom, gapTo);
            if (d < bestDistance) {
                best = t;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    private static int commas(String text, int from, int to) {
        int n = 0;
        for (int i = Math.max(0, from); i < Math.min(to, text.length()); i++) {
            char ch = text.charAt(i);
            if (ch == ',' || ch == '\u060C') {
                n++;
            }
        }
        return n;
    }
}
