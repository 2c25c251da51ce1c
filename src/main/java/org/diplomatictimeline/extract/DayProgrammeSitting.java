package org.diplomatictimeline.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.ParticipantKind;

/**
 * A sitting told without a date right after a dated occasion of its article ("On Tuesday the guest was received by
 * the president. Afterwards he met the speaker of parliament."): the clause dater leaves it undated so that it may
 * join the occasion told before, but when the article's own coreference kept it apart (other partners, another
 * programme item) it is another item of that occasion's programme, on its days. Left undated it would be dropped as
 * background. It takes the days of the latest occasion told before it, only when that occasion is dated to days,
 * told in the same status, and a few sentences before it.
 */
final class DayProgrammeSitting {

    /** How many sentences after the dated occasion a sitting may be told and still be one of its programme. */
    static final int NEAR_SENTENCES = 3;

    /**
     * How many sentences after the dated occasion a done sitting its sentence tells as one more act ("also",
     * "weitere") may be told: the cue word ties it to the occasion told last, so a quote or a paragraph of what was
     * said between them does not untie it (decision 0120).
     */
    static final int NEAR_SENTENCES_CUED = 5;

    private DayProgrammeSitting() {
    }

    /** The clusters with each undated sitting of one article dated by the occasion its article told just before. */
    static List<EventCluster> dated(List<EventCluster> clusters) {
        List<EventCluster> result = new ArrayList<>(clusters);
        OccasionsToldBefore told = new OccasionsToldBefore(result);
        for (int i = 0; i < result.size(); i++) {
            EventCluster sitting = result.get(i);
            if (sitting.date().isKnown() || sitting.documents().size() != 1 || !sitting(sitting)
                    || namesNobody(sitting)) {
                continue;
            }
            int sittingTold = sitting.members.stream().mapToInt(EventMention::order).min().orElse(0);
            Optional<OccasionsToldBefore.Told> occasion = told.latest(sitting.documents().iterator().next(),
                    m -> m.when().isKnown(), o -> o < sittingTold, c -> occasionOf(c, sitting)
                            && (!doneSitting(sitting) || AnotherSitting.newPartner(sitting, c)));
            int near = doneSitting(sitting) ? NEAR_SENTENCES_CUED : NEAR_SENTENCES;
            if (occasion.isPresent() && sittingTold / 10 - occasion.get().order() / 10 <= near) {
                result.set(i, withDaysOf(sitting, occasion.get().occasion()));
            }
        }
        return result;
    }

    /**
     * An item of a programme (a banquet, a wreath-laying) told in one status, or a sitting told as still to come (a
     * schedule's "meetings with the prime minister are also planned"). A sitting told as done without a date is most
     * often the occasion told before, told again ("present at the talks were ..."), or background ("having already
     * met"), so it keeps no date, unless its sentence tells it as one more act ("he also met the speaker"): then it
     * is an item only where it names a partner of its own ({@link AnotherSitting}).
     */
    private static boolean sitting(EventCluster c) {
        if (c.anyPlanned() == c.anyHappened()) {
            return false;
        }
        return EventTypeProfile.of(c.type()).programme() || MergeRule.TALK_TYPES.contains(c.type()) && c.anyPlanned()
                || doneSitting(c);
    }

    /** A meeting or talks told as done, with a word that tells it as one more act of the day. */
    private static boolean doneSitting(EventCluster c) {
        return MergeRule.TALK_TYPES.contains(c.type()) && c.anyHappened() && !c.anyPlanned()
                && !EventTypeProfile.of(c.type()).programme() && AnotherSitting.toldAsAnother(c);
    }

    private static boolean namesNobody(EventCluster c) {
        return c.ids(ParticipantKind.PERSON).isEmpty() && c.places().isEmpty();
    }

    /**
     * An encounter held somewhere on known days, told in the sitting's status, that is news when its article was
     * written, not background ("sworn in in 2003").
     */
    private static boolean occasionOf(EventCluster c, EventCluster sitting) {
        EventDate d = c.date();
        if (!EventTypeProfile.encounter(c.type()) || !EventTypeProfile.of(c.type()).place() || !d.isKnown()
                || d.precision() != DatePrecision.DAY || d.span() == null
                || d.reason().endsWith(ClauseDater.BEFORE_THE_NEWS)
                || c.anyHappened() != sitting.anyHappened() || c.anyPlanned() != sitting.anyPlanned()) {
            return false;
        }
        LocalDate reported = sitting.earliestReport();
        return reported == null || !d.span().last().isBefore(reported.minusDays(MergeRule.STALE_DAYS));
    }

    private static EventCluster withDaysOf(EventCluster sitting, EventCluster occasion) {
        EventDate d = occasion.date();
        EventDate on = DayWithinOccasion.of(d, "an item of the " + occasion.type().label().toLowerCase(Locale.ROOT)
                + " reported just before (" + d.value() + (d.endValue() == null ? "" : " to " + d.endValue()) + ")",
                sitting.anyPlanned() || occasion.anyPlanned(), occasion.earliestReport());
        EventCluster dated = null;
        for (EventMention m : sitting.members) {
            EventCluster one = new EventCluster(m.withWhen(on));
            if (dated == null) {
                dated = one;
            } else {
                dated.absorb(one);
            }
        }
        return dated;
    }
}
