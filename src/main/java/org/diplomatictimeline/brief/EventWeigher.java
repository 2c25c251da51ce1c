package org.diplomatictimeline.brief;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.Participant;

/**
 * Weighs events by what a news editor looks at: how many independent outlets and articles report it, how senior
 * its participants are, its type and whether it happened. The weight is a sum of points so that its reason can
 * name every part; see docs/decisions/0080-event-weight-and-chronology.md.
 */
public final class EventWeigher {

    private final Outlets outlets;
    private final RankTable ranks;
    private final TypeProfile types;

    public EventWeigher(Outlets outlets) {
        this(outlets, RankTable.standard(), TypeProfile.standard());
    }

    public EventWeigher(Outlets outlets, RankTable ranks, TypeProfile types) {
        this.outlets = outlets;
        this.ranks = ranks;
        this.types = types;
    }

    public EventWeight weigh(Event e) {
        List<String> docs = e.documentIds();
        Set<String> known = new HashSet<>();
        int unknown = 0;
        for (String d : docs) {
            var o = outlets.outlet(d);
            if (o.isPresent()) {
                known.add(o.get());
            } else {
                unknown++;
            }
        }
        // An article whose outlet is unknown counts as a source of its own; repeats from one outlet count a little.
        int sources = known.size() + unknown;
        double corroboration = 2.0 * log2(1 + sources) + 0.5 * log2(1 + docs.size() - sources);
        int heads = 0;
        int ministers = 0;
        for (Participant p : e.participants()) {
            switch (ranks.rankOf(p)) {
                case HEAD -> heads++;
                case MINISTER -> ministers++;
                default -> { }
            }
        }
        double rank = heads > 0 ? 2.5 + 0.5 * Math.min(heads - 1, 2)
                : ministers > 0 ? 1.25 + 0.25 * Math.min(ministers - 1, 2) : 0;
        double type = types.of(e.type()).points();
        double status = switch (e.status()) {
            case HAPPENED -> 1.0;
            case ANNOUNCED -> 0.5;
            case PLANNED -> 0.0;
            case CANCELLED -> -0.5;
            case POSTPONED -> -0.25;
        };
        double value = Math.max(0, Math.round((corroboration + rank + type + status) * 10) / 10.0);
        ParticipantRank top = heads > 0 ? ParticipantRank.HEAD : ministers > 0 ? ParticipantRank.MINISTER
                : ParticipantRank.OTHER;
        String reason = String.join("; ", corroboration(docs.size(), known.size(), unknown),
                rank(heads, ministers), e.type().label().toLowerCase(Locale.ROOT), statusWord(e.status()))
                .replace("; ; ", "; ");
        return new EventWeight(value, docs.size(), known.size(), top, reason);
    }

    private static String corroboration(int articles, int outlets, int unknown) {
        String a = articles == 1 ? "reported by 1 article" : "reported by " + articles + " articles";
        if (unknown == articles) {
            return articles == 1 ? a + " (outlet unknown)" : a + " (outlets unknown)";
        }
        String o = " from " + outlets + (outlets == 1 ? " outlet" : " outlets");
        if (unknown == 0) {
            return a + o;
        }
        return a + o + " and " + unknown + (unknown == 1 ? " of unknown outlet" : " of unknown outlets");
    }

    private static String rank(int heads, int ministers) {
        if (heads > 1) {
            return heads + " heads of state or government take part";
        }
        if (heads == 1) {
            return "a head of state or government takes part";
        }
        if (ministers > 1) {
            return ministers + " ministers take part";
        }
        return ministers == 1 ? "a minister takes part" : "";
    }

    private static String statusWord(EventStatus s) {
        return switch (s) {
            case HAPPENED -> "happened";
            case ANNOUNCED -> "announced";
            case PLANNED -> "planned";
            case CANCELLED -> "called off";
            case POSTPONED -> "postponed";
        };
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
