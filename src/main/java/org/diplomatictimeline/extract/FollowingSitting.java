package org.diplomatictimeline.extract;

import org.diplomatictimeline.extract.MergeRule.Scope;

/**
 * Within an article, a sitting told in a sentence that opens by naming the encounter just told as what it followed
 * ("Following the talks, the two delegations held a plenary session", "à l'issue de l'entretien,
 * les deux ministres ont présidé la commission mixte", "عقب اللقاء، عقدت جلسة مباحثات موسعة"): the AFTER phrase
 * (decision 0126) tells the news's order, so the sitting is a second act of the day, not the first told again,
 * even where it is of the same kind and has no parties but the first one's (decision 0133). A sitting told only
 * as what came after is kept apart from an earlier one of one day that happened, the only one after which the
 * phrase's own word is read as that sitting and never becomes one of its own ({@link AfterOccasion#names}).
 */
final class FollowingSitting {

    private FollowingSitting() {
    }

    /** Whether the two clusters are two sittings of one article, the later told as following the earlier. */
    static boolean apart(EventCluster a, EventCluster b, Scope scope) {
        if (scope != Scope.SAME_DOCUMENT || !EventTypeProfile.encounter(a.type())
                || !EventTypeProfile.encounter(b.type())) {
            return false;
        }
        return follows(a, b) || follows(b, a);
    }

    /** Whether every report of {@code later} opens with an after phrase and {@code earlier} happened before it. */
    private static boolean follows(EventCluster later, EventCluster earlier) {
        // only after a sitting of one day told as done does the assembly read the phrase's own word as that sitting
        // (AfterOccasion.of); otherwise that word is the sentence's sitting and may well be the earlier one again
        if (later.members.isEmpty() || !earlier.anyHappened() || !MergeRule.singleDay(earlier.date())
                || !MergeRule.singleDay(later.date()) || !toldAsFollowing(later)) {
            return false;
        }
        int first = later.members.stream().mapToInt(FollowingSitting::clause).min().orElse(Integer.MAX_VALUE);
        return earlier.members.stream().anyMatch(m -> clause(m) < first && !opensWithAfter(m));
    }

    /** The clause a mention was told in: its order is the clause's order times ten plus its place in the clause. */
    private static int clause(EventMention m) {
        return m.order() / 10;
    }

    private static boolean toldAsFollowing(EventCluster c) {
        return c.members.stream().allMatch(FollowingSitting::opensWithAfter);
    }

    private static boolean opensWithAfter(EventMention m) {
        return !m.evidence().isEmpty() && AfterOccasion.opensSentence(m.evidence().get(0).text());
    }
}
