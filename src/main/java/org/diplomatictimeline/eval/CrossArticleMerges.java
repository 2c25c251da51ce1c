package org.diplomatictimeline.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.diplomatictimeline.model.Event;

/**
 * Judges an extracted event whose evidence spans several gold articles. The merge is right when, in each article,
 * the event answers a gold event (the scoring rule, not one-to-one) and one such gold event per article can be
 * chosen so that all are one occasion ({@link OccasionRule}); otherwise it is a merge error.
 */
final class CrossArticleMerges {

    /** Past this many combinations the search stops and calls the merge unproven (never reached on news sets). */
    private static final int MAX_STEPS = 100_000;

    private final OccasionRule occasions;

    CrossArticleMerges(OccasionRule occasions) {
        this.occasions = occasions;
    }

    /** The error for this event, or empty when its articles report one occasion. */
    Optional<NewsReport.MergeError> judge(Event event, List<NewsGold.Article> articles) {
        Map<String, List<NewsGold.GoldEvent>> answered = new LinkedHashMap<>();
        List<String> silent = new ArrayList<>();
        for (NewsGold.Article a : articles) {
            List<NewsGold.GoldEvent> here = a.events().stream().filter(g -> NewsMatchRule.answers(event, g)).toList();
            answered.put(a.stem(), here);
            if (here.isEmpty()) {
                silent.add(a.stem());
            }
        }
        if (!silent.isEmpty()) {
            return Optional.of(new NewsReport.MergeError(event, answered,
                    "answers no gold event in " + String.join(", ", silent)));
        }
        List<List<NewsGold.GoldEvent>> choices = new ArrayList<>(answered.values());
        if (oneOccasion(choices, 0, new ArrayList<>(), new int[] {0})) {
            return Optional.empty();
        }
        return Optional.of(new NewsReport.MergeError(event, answered,
                "the gold events it answers in its articles are different occasions"));
    }

    /** Backtracking: can one gold event per article be picked so that every pair is one occasion? */
    private boolean oneOccasion(List<List<NewsGold.GoldEvent>> choices, int index, List<NewsGold.GoldEvent> picked,
                                int[] steps) {
        if (index == choices.size()) {
            return true;
        }
        for (NewsGold.GoldEvent g : choices.get(index)) {
            if (++steps[0] > MAX_STEPS) {
                return false;
            }
            if (picked.stream().allMatch(p -> occasions.sameOccasion(p, g))) {
                picked.add(g);
                if (oneOccasion(choices, index + 1, picked, steps)) {
                    return true;
                }
                picked.remove(picked.size() - 1);
            }
        }
        return false;
    }
}
