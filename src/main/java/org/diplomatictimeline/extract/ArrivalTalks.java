package org.diplomatictimeline.extract;

import java.util.List;
import java.util.Set;
import org.diplomatictimeline.extract.lang.LanguageFolders;
import org.diplomatictimeline.model.EventType;

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
    private static final Set<EventType> MEETINGS = Set.of(EventType.MEETING, EventType.TALKS, EventType.NEGOTIATION);

    private ArrivalTalks() {
    }

    /** The trip and the meeting told in the clause its place or time opens, one of them {@code family}, or null. */
    static PurposeOccasions.Pair of(String text, List<Token> tokens, List<Trigger> found, Trigger family) {
        if (family == null || family.type() != EventType.VISIT && !MEETINGS.contains(family.type())) {
            return null;
        }
        for (Trigger visit : found) {
            if (visit.type() != EventType.VISIT || !visit.pos().equals("VERB") || visit.isStatement()) {
                continue; // a trip told as a verb: "the visit to Oslo, where talks were held" names one occasion
            }
            for (Trigger meeting : found) {
                if ((visit == family || meeting == family) && MEETINGS.contains(meeting.type())
                        && !meeting.isStatement() && meeting.start() > visit.end() && !received(tokens, meeting)
                        && linkedClause(text, tokens, found, visit, meeting)) {
                    return new PurposeOccasions.Pair(visit, meeting);
                }
            }
        }
        return null;
    }

    /**
     * Whether a linking word stands after the trip word and at most {@link #NEAR} plain words before the meeting
     * word, with no other encounter word between the trip and the meeting and no sentence stop between.
     */
    private static boolean linkedClause(String text, List<Token> tokens, List<Trigger> found, Trigger visit,
                                        Trigger meeting) {
        if (found.stream().anyMatch(o -> o != visit && o != meeting && !o.isStatement()
                && EventAssembler.MEETING_FAMILY.contains(o.type()) && o.start() > visit.end()
                && o.end() < meeting.start())) {
            return false;
        }
        int to = meeting.tokenIndex();
        for (int p = to - 1; p > visit.tokenIndex() && p >= to - NEAR - 1; p--) {
            Token w = tokens.get(p);
            if (w.end() <= visit.end()) {
                return false;
            }
            String lw = w.lower();
            if (lw.equals(";") || lw.equals(".") || lw.equals(",")) {
                return false;
            }
            if (LINK.contains(lw)) {
                return plainBetween(text, tokens, p + 1, to);
            }
        }
        return false;
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

    /** Whether the words between are plain words, no name: the meeting's clause has no subject of its own. */
    private static boolean plainBetween(String text, List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isUpperCase(text.charAt(tokens.get(i).start()))) {
                return false;
            }
        }
        return true;
    }
}
