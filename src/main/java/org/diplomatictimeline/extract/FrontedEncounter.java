package org.diplomatictimeline.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.diplomatictimeline.extract.mention.Mention;
import org.diplomatictimeline.extract.mention.MentionKind;

/**
 * Two sittings one sentence tells apart by a phrase set before its main clause ("Before his meeting with A, X was
 * welcomed by B and C"; "Tras sus conversaciones con A, X se reunió con B"): the sitting in the fronted phrase is
 * with the people the phrase names, the one of the main clause with the people named after its word, so each is
 * told with its own counterparts (decision 0111). The cues are those {@link AnchoredPhrase} reads.
 */
final class FrontedEncounter {

    /** The sitting named in the fronted phrase, the main clause's sitting, and the phrase. */
    record Pair(Trigger fronted, Trigger main, AnchoredPhrase phrase) {

        /** The one of the two that is not {@code family}, the sentence's chosen encounter. */
        Trigger other(Trigger family) {
            return family == fronted ? main : fronted;
        }

        /**
         * The clause as {@code t} sees it: the fronted sitting without the people named after the main clause's
         * word (its counterparts), the main sitting without the people inside the phrase; the subject between the
         * phrase and the main word ("..., X was welcomed by") takes part in both.
         */
        Clause clauseOf(Clause c, Trigger t) {
            if (t == fronted) {
                return without(c, m -> m.kind() == MentionKind.PERSON && m.start() >= main.end());
            }
            if (t == main) {
                return without(c, m -> m.kind() == MentionKind.PERSON && phrase.start() <= m.start()
                        && m.end() <= phrase.end());
            }
            return c;
        }
    }

    private FrontedEncounter() {
    }

    /**
     * The pair when the sentence opens with a cue phrase holding one sitting (meeting, talks or negotiations) with a
     * named person and tells another sitting after it with a named person the phrase does not name, one of the two
     * being {@code family}; null otherwise.
     */
    static Pair of(Clause c, List<Trigger> found, Trigger family) {
        if (family == null || !sitting(family)) {
            return null;
        }
        for (Trigger f : found) {
            if (!sitting(f)) {
                continue;
            }
            Optional<AnchoredPhrase> phrase = AnchoredPhrase.of(c, f, found);
            if (phrase.isEmpty() || !opensSentence(c, phrase.get())) {
                continue;
            }
            AnchoredPhrase p = phrase.get();
            Set<String> inPhrase = c.mentions().stream().filter(m -> m.kind() == MentionKind.PERSON
                    && p.start() <= m.start() && m.end() <= p.end()).map(Mention::id).collect(Collectors.toSet());
            if (inPhrase.isEmpty()) {
                continue; // "After the talks, X met B": the talks are the ones just told, not a sitting of their own
            }
            for (Trigger m : found) {
                if (m == f || !sitting(m) || m.start() < p.end() || family != f && family != m) {
                    continue;
                }
                boolean ownCounterpart = c.mentions().stream().anyMatch(x -> x.kind() == MentionKind.PERSON
                        && x.start() >= m.end() && !inPhrase.contains(x.id()));
                if (ownCounterpart) {
                    return new Pair(f, m, p);
                }
            }
        }
        return null;
    }

    private static boolean sitting(Trigger t) {
        return !t.isStatement() && MergeRule.TALK_TYPES.contains(t.type());
    }

    /** Whether nothing but punctuation stands before the phrase in its sentence. */
    private static boolean opensSentence(Clause c, AnchoredPhrase p) {
        for (Token k : c.tokens()) {
            if (k.start() >= p.start()) {
                return true;
            }
            if (Character.isLetterOrDigit(k.lower().charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static Clause without(Clause c, Predicate<Mention> dropped) {
        return new Clause(c.doc(), c.sentence(), c.tokens(), c.mentions().stream().filter(dropped.negate()).toList(),
                c.timexes(), c.attributions(), c.evidence(), c.docDate(), c.allMentions(), c.order(), c.enclosing(),
                c.withinCue(), c.language(), c.toldDays());
    }
}
