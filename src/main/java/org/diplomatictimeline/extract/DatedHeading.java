package org.diplomatictimeline.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.diplomatictimeline.time.Timex;

/**
 * Decides whether a heading line (a line without closing punctuation) is a standfirst that tells a dated occasion
 * ("Мероприятие состоится в Петербурге 27-28 июля", "Le sommet aura lieu à Pau le 13 janvier") rather than a
 * section title: such lines are read for events like sentences, other headings are not.
 */
final class DatedHeading {

    /** A calendar day (with or without its year): "2023-07-27", "XXXX-07-27". */
    private static final Pattern DAY = Pattern.compile("(\\d{4}|XXXX)-\\d{2}-\\d{2}");
    /** Shorter lines are labels ("Sommet du G5 Sahel en France"), not statements of an occasion. */
    private static final int MIN_WORDS = 4;

    private DatedHeading() {
    }

    /**
     * True when the heading {@code s} holds a temporal expression that names a day of the calendar in words or
     * digits (not a relative word such as "today", which a heading repeats from the page's date) and has at least
     * {@link #MIN_WORDS} words.
     *
     * @param timexes the document's temporal expressions sorted by start; {@code from} is the first at or after
     *                the heading's start
     */
    static boolean tellsOccasion(String text, Sentence s, List<Timex> timexes, int from) {
        if (s.text(text).strip().split("\\s+").length < MIN_WORDS) {
            return false;
        }
        for (int i = from; i < timexes.size() && timexes.get(i).start() < s.end(); i++) {
            Timex t = timexes.get(i);
            if (t.end() <= s.end() && DAY.matcher(t.value()).matches() && t.text().chars().anyMatch(Character::isDigit)) {
                return true;
            }
        }
        return false;
    }
}
