package org.diplomatictimeline.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.table.ResourceTable;

/**
 * The words that open a phrase naming the occasion a clause's event happened inside ("during her visit"), read from
 * {@code enclosure-cues.txt}: the visit named after one is an occasion of its own beside the clause's meeting.
 */
final class EnclosureCues {

    /** How far after a cue the occasion's word may stand ("during her first three-day state visit"). */
    static final int REACH = 40;
    /** Occasions a cue names beside a clause's own encounter: travel and gatherings, not talks. */
    static final Set<EventType> ENCLOSED = Set.of(EventType.VISIT, EventType.SUMMIT, EventType.FORUM);
    private static final List<String> CUES = load();

    private EnclosureCues() {
    }

    /**
     * Where a sentence names the occasion its event happened inside.
     *
     * @param sidelinesFrom the end of "on the sidelines of", or -1
     * @param from          the end of that or of another cue ("during"), or -1
     */
    record Enclosure(int sidelinesFrom, int from) {

        /** Whether the trigger names the enclosing occasion rather than the clause's own event. */
        boolean holds(Trigger t) {
            if (from < 0 || t.start() < from) {
                return false;
            }
            return sidelinesFrom >= 0 ? t.type() == EventType.FORUM || t.type() == EventType.SUMMIT
                    : ENCLOSED.contains(t.type()) && t.start() - from <= REACH;
        }
    }

    /** The sentence's enclosure: the English sidelines phrase first, else the first cue of the table. */
    static Enclosure of(String text, Sentence s) {
        int sidelines = ClauseSegmenter.sidelinesEnd(text, s);
        return new Enclosure(sidelines, sidelines >= 0 ? sidelines : end(text, s));
    }

    /** Where the first cue of the sentence ends, or -1 when it has none. */
    static int end(String text, Sentence s) {
        String lower = text.substring(s.start(), s.end()).toLowerCase(Locale.ROOT);
        int best = -1;
        for (String cue : CUES) {
            int i = lower.indexOf(cue);
            while (i >= 0 && i > 0 && Character.isLetter(lower.charAt(i - 1))) {
                i = lower.indexOf(cue, i + 1);
            }
            if (i >= 0 && (best < 0 || s.start() + i + cue.length() < best)) {
                best = s.start() + i + cue.length();
            }
        }
        return best;
    }

    private static List<String> load() {
        return ResourceTable.read(EnclosureCues.class, "enclosure-cues.txt").lines().stream().map(String::strip)
                .toList();
    }
}
