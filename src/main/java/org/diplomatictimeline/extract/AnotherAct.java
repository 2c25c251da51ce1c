package org.diplomatictimeline.extract;

import org.diplomatictimeline.extract.MergeRule.Scope;

/**
 * Within an article, an act done at an occasion (event-types.tsv's held_at) whose every sentence tells it as one more
 * act ("the presidents also signed an agreement on ...", "Anche con il collega albanese ha firmato un memorandum",
 * "также подписали") is another document than the one told in another sentence, not that one told again: several
 * documents signed at one ceremony are several acts. The cue words are each language folder's {@code clauses.tsv}
 * ALSO rows (decision 0112). Only acts told as done are told apart so: an act still to come told "also" is most often
 * what the occasion further aims at, the act told before.
 */
final class AnotherAct {

    private AnotherAct() {
    }

    /** Whether the two clusters are two acts of one kind its article tells apart. */
    static boolean apart(EventCluster a, EventCluster b, Scope scope) {
        if (scope != Scope.SAME_DOCUMENT || a.type() != b.type() || !EventTypeProfile.of(a.type()).heldAt()
                || a.sharesSentenceWith(b) || !done(a) || !done(b)) {
            return false;
        }
        return AnotherSitting.toldAsAlso(a) || AnotherSitting.toldAsAlso(b);
    }

    /** Told only as done: "will also hand over the chair", "also needs to be ratified" aim at the act told before. */
    private static boolean done(EventCluster c) {
        return c.anyHappened() && !c.anyPlanned();
    }
}
