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
    /** The marks that close an opening phrase: the comma of each script, and a dash. */
    private static final String SET_OFF = ",\u060C\u3001\u2013\u2014";

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
        return opening(text, s.start(), s.end());
    }

    /**
     * Whether the sentence opens with an after-phrase set off by a comma ("Following the talks, ...", "Usai
     * pertemuan, ...", "عقب اللقاء، ..."): the sentence tells what followed an encounter, so an encounter it tells is
     * another sitting than that one (decision 0133). Without the comma the phrase's noun may run on into a longer
     * trigger ("after the bilateral meeting" where the table has "after the meeting") or be the subject's own
     * report ("X after the meeting said"), and the sitting the sentence tells may be the phrase's word itself.
     */
    static boolean opensSentence(String sentence) {
        return opening(sentence, 0, sentence.length()).filter(a -> setOff(sentence, a.end())).isPresent();
    }

    private static boolean setOff(String sentence, int end) {
        String rest = sentence.substring(end).stripLeading();
        return !rest.isEmpty() && SET_OFF.indexOf(rest.charAt(0)) >= 0;
    }

    private static Optional<AfterOccasion> opening(String text, int start, int end) {
        String lower = text.substring(start, end).toLowerCase(Locale.ROOT);
        AfterOccasion first = null;
        for (String cue : CUES) {
            int i = ClauseSegmenter.wordIndex(lower, cue);
            if (i >= 0 && (first == null || start + i < first.start())) {
                first = new AfterOccasion(cue, start + i, start + i + cue.length());
            }
        }
        return Optional.ofNullable(first).filter(a -> opens(text, start, a));
    }

    /**
     * Whether the phrase opens its sentence: "After the meeting, the two sides signed" tells what followed, but
     * "X said after the meeting that ..." or "said that after the meeting they will sign" sets words said or a plan
     * told, where the meeting stays what the speaker refers to.
     */
    private static boolean opens(String text, int sentenceStart, AfterOccasion a) {
        String before = text.substring(sentenceStart, a.start()).strip();
        return before.isEmpty() || before.split("[\\s\\p{Punct}]+").length <= OPENING_WORDS
                && before.chars().noneMatch(Character::isDigit);
    }

    /** Whether the trigger is the encounter word of the phrase: the encounter told before, not another. */
    boolean names(Trigger t) {
        return t.start() >= start && t.end() <= end;
    }
}
