package org.diplomatictimeline.extract;

import java.util.List;
import java.util.Set;
import org.diplomatictimeline.extract.lang.LanguageFolders;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.ParticipantKind;

/**
 * An occasion told with a plural possessive and no names ("their 2016 Oslo meeting", "leur rencontre de 2016",
 * "su reunión de 2016", "ihr Treffen von 2016"): it is the occasion of the people the sentence or the one before
 * named, when those are clear (at least two persons of the encounter just told). The possessives are the THEIR rows
 * of each language folder's {@code parties.tsv}.
 */
final class PossessiveOccasion {

    /** How many words (a year, a place, an adjective) may stand between the possessive and the occasion's noun. */
    private static final int MODIFIERS = 3;

    private PossessiveOccasion() {
    }

    /** Whether a plural possessive stands a few words before the noun {@code t}, with no mark between them. */
    static boolean possessed(Clause c, Trigger t) {
        if (!"NOUN".equals(t.pos())) {
            return false;
        }
        Set<String> their = LanguageFolders.ownWordsOfKind(c.language(), "parties.tsv", "THEIR");
        List<Token> k = c.tokens();
        for (int i = t.tokenIndex() - 1, words = 0; i >= 0 && words <= MODIFIERS; i--, words++) {
            String w = k.get(i).lower();
            if (their.contains(w)) {
                return true;
            }
            if (!Character.isLetterOrDigit(w.charAt(0))) {
                return false;
            }
        }
        return false;
    }

    /**
     * The persons of {@code previous} when the possessed occasion {@code t} names no person of its own and
     * {@code previous} has at least two: "their" is then that pair. Empty otherwise.
     */
    static List<Participant> owners(Clause c, Trigger t, List<Participant> own, EventMention previous) {
        if (previous == null || own.stream().anyMatch(p -> p.kind() == ParticipantKind.PERSON)) {
            return List.of();
        }
        List<Participant> pair = previous.participants().stream().filter(p -> p.kind() == ParticipantKind.PERSON)
                .toList();
        return pair.size() >= 2 && possessed(c, t) ? pair : List.of();
    }
}
