package org.diplomatictimeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import org.diplomatictimeline.extract.lang.LanguageFolders;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.time.Timex;

/**
 * A trip told by a verb with its purpose ("se rend à Rome pour rencontrer X", "reist nach Berlin, um X zu treffen",
 * "viajó a Lima para reunirse con X"): the meeting is an occasion of its own beside the visit, held where the visit
 * goes, by the traveller and X, on the visit's day unless the text gives the meeting a day of its own. The meeting is
 * told by a verb: a noun after the purpose word ("for talks with", "per il bilaterale") names the trip's single
 * occasion, as the news sets count it. English "to meet" is not read yet: there a same-day visit and meeting of the
 * same people still fold into one in the merge. The words are the PURPOSE rows of each language folder's
 * {@code clauses.tsv} (a word that opens the purpose) and PURPOSE_CLOSE rows (a word just before the verb that closes
 * a purpose opened further back: "um ... zu treffen").
 */
final class PurposeOccasions {

    static final Set<String> PURPOSE = LanguageFolders.withWordsOfKind("clauses.tsv", "PURPOSE");
    static final Set<String> CLOSE = LanguageFolders.withWordsOfKind("clauses.tsv", "PURPOSE_CLOSE");
    /** How many words may stand between the purpose word and the meeting word ("to hold talks", "for a meeting"). */
    static final int NEAR = 2;
    /** How far back a purpose word may open a purpose its closing word ends ("um Kanzlerin Ida Marr zu treffen"). */
    static final int REACH = 8;
    private static final Set<EventType> MEETINGS = Set.of(EventType.MEETING, EventType.TALKS, EventType.NEGOTIATION);

    /** The visit and the meeting it is made for, the one told before the other. */
    record Pair(Trigger visit, Trigger meeting) {
    }

    private PurposeOccasions() {
    }

    /** The trip and the meeting told as its purpose, one of them {@code family}, the clause's encounter, or null. */
    static Pair of(String text, List<Token> tokens, List<Trigger> found, Trigger family) {
        return find(found, family, (visit, meeting) -> (meeting.pos().equals("VERB") || closed(tokens, meeting))
                && purposeBetween(text, tokens, found, visit, meeting));
    }

    /**
     * The first trip told by a verb and meeting told after it that {@code linked} joins, one of them {@code family}
     * (the clause's encounter), or null: the search this class and {@link ArrivalTalks} share.
     */
    static Pair find(List<Trigger> found, Trigger family, BiPredicate<Trigger, Trigger> linked) {
        if (family == null || family.type() != EventType.VISIT && !MEETINGS.contains(family.type())) {
            return null;
        }
        for (Trigger visit : found) {
            if (visit.type() != EventType.VISIT || !visit.pos().equals("VERB") || visit.isStatement()) {
                continue; // a trip told as a verb; "the visit to Riyadh to attend meetings" names one occasion
            }
            for (Trigger meeting : found) {
                if ((visit == family || meeting == family) && MEETINGS.contains(meeting.type())
                        && !meeting.isStatement() && meeting.start() > visit.end() && linked.test(visit, meeting)) {
                    return new Pair(visit, meeting);
                }
            }
        }
        return null;
    }

    /**
     * Whether a purpose word stands after the visit word and just before the meeting word (or further back, where a
     * closing word stands just before it), with no other encounter word between the visit and the meeting.
     */
    private static boolean purposeBetween(String text, List<Token> tokens, List<Trigger> found, Trigger visit,
                                          Trigger meeting) {
        if (encounterBetween(found, visit, meeting)) {
            return false;
        }
        boolean closed = closed(tokens, meeting);
        int cue = cueBefore(tokens, visit, meeting, closed ? REACH : NEAR + 1, PURPOSE);
        return cue >= 0 && (closed || plainBetween(text, tokens, cue + 1, meeting.tokenIndex()));
    }

    /** Whether another encounter word stands between the trip word and the meeting word. */
    static boolean encounterBetween(List<Trigger> found, Trigger visit, Trigger meeting) {
        return found.stream().anyMatch(o -> o != visit && o != meeting && !o.isStatement()
                && EventAssembler.MEETING_FAMILY.contains(o.type()) && o.start() > visit.end()
                && o.end() < meeting.start());
    }

    /**
     * The index of the nearest of {@code cues} within {@code reach} tokens before the meeting word and after the trip
     * word, with no comma or stop between it and the meeting word; or -1.
     */
    static int cueBefore(List<Token> tokens, Trigger visit, Trigger meeting, int reach, Set<String> cues) {
        int to = meeting.tokenIndex();
        for (int p = to - 1; p > visit.tokenIndex() && p >= to - reach; p--) {
            Token w = tokens.get(p);
            if (w.end() <= visit.end()) {
                return -1;
            }
            String lw = w.lower();
            if (lw.equals(",") || lw.equals(";") || lw.equals(".")) {
                return -1;
            }
            if (cues.contains(lw)) {
                return p;
            }
        }
        return -1;
    }

    /** Whether a closing word stands just before the meeting word ("zu treffen"): a verb, whatever its entry. */
    private static boolean closed(List<Token> tokens, Trigger meeting) {
        return meeting.tokenIndex() > 0 && CLOSE.contains(tokens.get(meeting.tokenIndex() - 1).lower());
    }

    /**
     * Whether the words between are plain words, no name: the meeting's clause has no subject of its own ("to hold
     * talks", not "to Moscow follows talks").
     */
    static boolean plainBetween(String text, List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isUpperCase(text.charAt(tokens.get(i).start()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The meeting held for the visit: the traveller beside its own parties, the visit's place, the visit's status,
     * and the visit's day unless the words after the purpose date the meeting themselves.
     */
    static EventMention madeFor(Clause c, Pair pair, EventMention meeting, EventMention visit) {
        if (visit == null) {
            return meeting;
        }
        List<Participant> parties = new ArrayList<>(visit.participants());
        parties.addAll(meeting.participants());
        int from = pair.meeting().start();
        boolean ownDay = c.timexes().stream().anyMatch(x -> x.start() >= from && meeting.when().isKnown()
                && meeting.when().value().equals(x.value()))
                && c.timexes().stream().filter(x -> x.start() >= from).map(Timex::value)
                .noneMatch(v -> v.equals(visit.when().value()));
        return new EventMention(meeting.documentId(), meeting.order(), meeting.type(), visit.status(),
                ownDay ? meeting.when() : visit.when(), visit.places().isEmpty() ? meeting.places() : visit.places(),
                ArgumentFinder.dedupe(parties), meeting.topics(), meeting.evidence(), meeting.name(), meeting.key(),
                meeting.anaphoric(), meeting.documentDate(), meeting.confidence());
    }
}
