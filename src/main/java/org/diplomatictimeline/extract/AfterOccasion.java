package org.diplomatictimeline.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.diplomatictimeline.model.EventStatus;

/**
 * "After the meeting, the two presidents signed a trade agreement", "à l'issue de l'entretien", "по итогам
 * переговоров", "عقب اللقاء": a phrase naming the encounter just told as what the sentence's news followed (the AFTER
 * rows of the language folders' {@code dating.tsv}). The encounter word in it refers back to that encounter, so it is
 * no occasion of its own and no rival for the clause's own events; those are the encounter's facets of the same
 * day (a signing, a banquet, a press conference, another body's session), events of their own dated, like "during
 * the talks", by the encounter (decision 0126).
 *
 * @param cue   the phrase as the table writes it
 * @param start where the phrase starts in the document's text
 * @param end   where it ends
 */
record AfterOccasion(String cue, int start, int end) {

    private static final List<String> CUES = ClauseSegmenter.phrases("AFTER");
    /** How many words may stand before the phrase ("And immediately after the meeting, ..."). */
    private static final int OPENING_WORDS = 2;

    /**
     * The after-phrase of a sentence told after a dated encounter of one day that happened ("the meeting" it names
     * is that one); empty when the sentence holds none, or nothing dated of one day was told before: then the
     * phrase's word may be the only report of its encounter, and stays one.
     */
    static Optional<AfterOccasion> of(String text, Sentence s, EventMention toldBefore) {
        if (toldBefore == null || toldBefore.status() != EventStatus.HAPPENED
                || !MergeRule.singleDay(toldBefore.when())) {
            return Optional.empty();
        }
        String lower = text.substring(s.start(), s.end()).toLowerCase(Locale.ROOT);
        AfterOccasion first = null;
        for (String cue : CUES) {
            int i = ClauseSegmenter.wordIndex(lower, cue);
            if (i >= 0 && (first == null || s.start() + i < first.start())) {
                first = new AfterOccasion(cue, s.start() + i, s.start() + i + cue.length());
            }
        }
        return Optional.ofNullable(first).filter(a -> opens(text, s, a));
    }

    /**
     * Whether the phrase opens its sentence: "After the meeting, the two sides signed" tells what followed, but
     * "X said after the meeting that ..." or "said that after the meeting they will sign" sets words said or a plan
     * told, where the meeting stays what the speaker refers to.
     */
    private static boolean opens(String text, Sentence s, AfterOccasion a) {
        String before = text.substring(s.start(), a.start()).strip();
        return before.isEmpty() || before.split("[\\s\\p{Punct}]+").length <= OPENING_WORDS
                && before.chars().noneMatch(Character::isDigit);
    }

    /** Whether the trigger is the encounter word of the phrase: the encounter told before, not another. */
    boolean names(Trigger t) {
        return t.start() >= start && t.end() <= end;
    }
}
