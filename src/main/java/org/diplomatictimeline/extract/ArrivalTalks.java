package org.diplomatictimeline.extract;

import java.util.List;
import java.util.Set;
import org.diplomatictimeline.extract.lang.LanguageFolders;

/**
 * A trip told by a verb and a meeting told in the clause that place or moment opens ("arrived in Oslo, where he held
 * talks with X", "llegó a Lima el martes, cuando se reunió con X", "est arrivé à Rome, où il a rencontré X"): two acts,
 * the arrival and the sitting, each an occasion of its own, held by the traveller where and when he arrived unless the
 * meeting's clause gives a day of its own ({@link PurposeOccasions#madeFor}). The meeting's clause names no subject of
 * its own between the linking word and the meeting word (a pronoun or clitic at most), so the traveller is the one who
 * meets. The words are the ARRIVAL_LINK rows of each language folder's {@code clauses.tsv}.
 */
final class ArrivalTalks {

    static final Set<String> LINK = LanguageFolders.withWordsOfKind("clauses.tsv", "ARRIVAL_LINK");
    static final Set<String> AGENT = LanguageFolders.withWordsOfKind("clauses.tsv", "AGENT");
    /** How many words may stand between the linking word and the meeting word ("where he later held talks"). */
    static final int NEAR = 4;

    private ArrivalTalks() {
    }

    /** The trip and the meeting told in the clause its place or time opens, one of them {@code family}, or null. */
    static PurposeOccasions.Pair of(String text, List<Token> tokens, List<Trigger> found, Trigger family) {
        return PurposeOccasions.find(found, family, (visit, meeting) -> !received(tokens, meeting)
                && linkedClause(text, tokens, found, visit, meeting));
    }

    /**
     * Whether a linking word stands after the trip word and at most {@link #NEAR} plain words before the meeting
     * word, with no other encounter word between the trip and the meeting and no sentence stop between.
     */
    private static boolean linkedClause(String text, List<Token> tokens, List<Trigger> found, Trigger visit,
                                        Trigger meeting) {
        if (PurposeOccasions.encounterBetween(found, visit, meeting)) {
            return false;
        }
        int cue = PurposeOccasions.cueBefore(tokens, visit, meeting, NEAR + 1, LINK);
        return cue >= 0 && PurposeOccasions.plainBetween(text, tokens, cue + 1, meeting.tokenIndex());
    }

    /**
     * Whether the meeting word is told in the passive with its agent just after it ("où il a été accueilli par le
     * maire"): the traveller is welcomed on arrival, one occasion with it.
     */
    private static boolean received(List<Token> tokens, Trigger meeting) {
        int next = meeting.tokenIndex() + 1;
        while (next < tokens.size() && tokens.get(next).end() <= meeting.end()) {
            next++; // past the trigger's own words
        }
        return next < tokens.size() && AGENT.contains(tokens.get(next).lower());
    }
}
