package org.diplomatictimeline.extract;

import java.util.ArrayList;
import java.util.List;
import org.diplomatictimeline.extract.mention.Mention;
import org.diplomatictimeline.extract.mention.MentionKind;
import org.diplomatictimeline.time.Timex;

/**
 * The place and day told after the speaker of a verb that follows its quote, set off by commas: "“...,” said the
 * minister in the Foreign Office, London, on Tuesday.", "«...», ujar Menlu X di Gedung Y, Jakarta, Rabu (31/1).".
 * The attribution of such a verb ends at the first comma after it; the pieces after that comma that hold nothing
 * but a place, a date and short function words still tell where and when the words were said, not what was said.
 */
final class TrailingCircumstance {

    /** A lower-case word this short is a preposition or an article ("on", "pada", "à", "el"), not a new clause. */
    private static final int FUNCTION_WORD = 4;

    private TrailingCircumstance() {
    }

    /**
     * The dating expressions of the pieces after the attribution of {@code t}, a verb that follows its quote, up to
     * the sentence's end; empty when the verb does not follow a quote or a piece holds more than a place and a day.
     */
    static List<Timex> timexes(Clause c, Trigger t, int[] span) {
        if (!SpeakerFinder.afterQuote(c, t) || span[1] >= c.sentence().end()) {
            return List.of();
        }
        List<Token> k = c.tokens();
        int from = c.tokenBefore(span[1]) + 1;
        if (from >= k.size() || !k.get(from).lower().equals(",")) {
            return List.of(); // the attribution does not end at a comma: nothing set off follows it
        }
        for (int i = from + 1; i < k.size(); i++) {
            Token w = k.get(i);
            if (w.start() >= c.sentence().end()) {
                break;
            }
            if (!circumstantial(c, w)) {
                return List.of(); // ", adding that ...", ", who ...": more is said or told, not only where and when
            }
        }
        List<Timex> trailing = new ArrayList<>();
        for (Timex x : c.timexes()) {
            if (x.start() >= span[1] && x.end() <= c.sentence().end() && EventDateResolver.canDate(x)) {
                trailing.add(x);
            }
        }
        return trailing;
    }

    /** A word of a trailing circumstance: punctuation, a digit, a short function word, a place's or a date's word. */
    private static boolean circumstantial(Clause c, Token w) {
        String word = w.lower();
        if (word.codePoints().noneMatch(Character::isLetter)) {
            return true; // ",", "(31/1)", "."
        }
        if (word.length() <= FUNCTION_WORD && word.codePoints().noneMatch(Character::isUpperCase)
                && !c.doc().text().substring(w.start(), w.end()).codePoints().anyMatch(Character::isUpperCase)) {
            return true; // "on", "di", "à"
        }
        for (Timex x : c.timexes()) {
            if (x.start() <= w.start() && w.end() <= x.end()) {
                return true;
            }
        }
        for (Mention m : c.mentions()) {
            if (m.kind() != MentionKind.PERSON && m.kind() != MentionKind.TOPIC && m.start() <= w.start()
                    && w.end() <= m.end()) {
                return true; // "Jakarta", "the Foreign Office"
            }
        }
        return false;
    }
}
