package org.diplomatictimeline.extract;

import java.util.List;
import java.util.Set;
import org.diplomatictimeline.extract.lang.LanguageFolders;
import org.diplomatictimeline.model.DateBasis;

/**
 * An encounter word that points at an occasion of the same parties the article already named ("this tour, originally
 * planned for July", "another virtual meeting is scheduled for June 10", "cette tournée"): told with a date of its
 * own and no party, it is an earlier or later occasion of the encounter's parties, so it takes them and stays an
 * event of its own (its date keeps it apart from the encounter). The cue words live in each language folder's
 * {@code dating.tsv} (kind REFERRING).
 */
final class ReferredOccasion {

    static final Set<String> REFERRING = LanguageFolders.withWordsOfKind("dating.tsv", "REFERRING");
    /** How many words may stand between the cue and the encounter's word ("another virtual meeting"). */
    private static final int REACH = 3;

    private ReferredOccasion() {
    }

    /**
     * The mention with the parties of the last encounter of its type told before it, when it names none, has a date
     * of its own and a referring word stands before it; otherwise the mention as it is.
     */
    static EventMention withPartiesOfTold(Clause c, Trigger t, EventMention m, List<EventMention> told) {
        if (!m.participants().isEmpty() || !EventAssembler.MEETING_FAMILY.contains(m.type())
                || !m.when().isKnown() || m.when().basis() == DateBasis.INFERRED || !refersBack(c.tokens(), t)) {
            return m;
        }
        for (int i = told.size() - 1; i >= 0; i--) {
            EventMention e = told.get(i);
            if (e.type() == m.type() && e.documentId().equals(m.documentId()) && !e.participants().isEmpty()) {
                return new EventMention(m.documentId(), m.order(), m.type(), m.status(), m.when(), m.places(),
                        e.participants(), m.topics(), m.evidence(), m.name(), m.key(), false, m.documentDate(),
                        m.confidence());
            }
        }
        return m;
    }

    /** Whether a referring word stands just before the trigger, with no punctuation between them. */
    static boolean refersBack(List<Token> tokens, Trigger t) {
        return t.hasWordBefore(tokens, REFERRING, REACH);
    }
}
