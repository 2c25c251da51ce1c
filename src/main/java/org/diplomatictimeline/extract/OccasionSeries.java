package org.diplomatictimeline.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.diplomatictimeline.extract.mention.Mention;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.Place;
import org.diplomatictimeline.time.Timex;

/**
 * Occasions told as a series of days, each with its own place ("their meetings on 6 October in Prague and on
 * 31 October in Sochi", "talks in Geneva in May and in Vienna in June"): one event per day and place, since each
 * pair is an occasion of its own. A single day and place is the clause's one event, as before.
 */
final class OccasionSeries {

    /** Most words between a date and the place paired with it ("6 October in Prague": one, the preposition). */
    private static final int PAIR_GAP = 2;

    private static final String KEY = "series:";

    private static final EventDateResolver DATES = new EventDateResolver();
    private static final ActorMapper ACTORS = new ActorMapper();

    private OccasionSeries() {
    }

    /** A date and the place the text pairs with it. */
    private record Pair(Timex date, Mention place) {
    }

    /**
     * The encounter split into one per date-and-place pair the text names after its word, or the encounter alone.
     * Pairs stop at the next event word of {@code found}: a later word tells its own occasion.
     */
    static List<EventMention> split(Clause c, Trigger t, EventMention m, List<Trigger> found) {
        if (!"NOUN".equals(t.pos()) || !EventTypeProfile.encounter(t.type())) {
            return List.of(m);
        }
        int until = found.stream().filter(o -> o != t && o.start() >= t.end()).mapToInt(Trigger::start).min()
                .orElse(Integer.MAX_VALUE);
        List<Pair> pairs = pairs(c, t.end(), until);
        if (pairs.size() < 2) {
            return List.of(m);
        }
        List<EventMention> out = new ArrayList<>();
        Set<String> days = new HashSet<>();
        for (Pair p : pairs) {
            EventDate when = DATES.directed(DATES.fromTimex(p.date(), null, c.docDate()), p.date(), t.status(),
                    c.docDate());
            Optional<Place> place = ACTORS.place(p.place());
            if (!when.isKnown() || place.isEmpty() || !days.add(when.value())) {
                return List.of(m); // a day the series cannot be told from another: keep the clause's one event
            }
            out.add(new EventMention(m.documentId(), m.order(), m.type(), m.status(), when, List.of(place.get()),
                    m.participants(), m.topics(), m.evidence(), m.name(), KEY + when.value() + ":" + place.get().id(),
                    m.anaphoric(), m.documentDate(), m.confidence()));
        }
        return out;
    }

    /** The dates in {@code [from, until)} each standing next to a place told with "in" or "at", in text order. */
    private static List<Pair> pairs(Clause c, int from, int until) {
        List<Pair> out = new ArrayList<>();
        Set<Mention> used = new HashSet<>();
        for (Timex x : c.timexes()) {
            if (x.start() < from || x.end() > until || !EventDateResolver.canDate(x)) {
                continue;
            }
            for (Mention p : c.mentions()) {
                if (ActorMapper.isPlace(p) && !used.contains(p) && p.start() >= from && p.end() <= until
                        && c.governedBy(p, PlaceRanker.PLACE_PREPOSITIONS) && next(c, x, p)) {
                    out.add(new Pair(x, p));
                    used.add(p);
                    break;
                }
            }
        }
        return out;
    }

    /** Whether the date and the place stand side by side, at most {@link #PAIR_GAP} words apart, either first. */
    private static boolean next(Clause c, Timex x, Mention p) {
        int a = x.end() <= p.start() ? x.end() : p.end();
        int b = x.end() <= p.start() ? p.start() : x.start();
        if (b < a) {
            return false; // overlapping: the place is a word of the date or the other way round
        }
        int between = 0;
        for (Token k : c.tokens()) {
            if (k.start() >= a && k.end() <= b) {
                if (++between > PAIR_GAP || !Character.isLetter(k.lower().charAt(0))) {
                    return false; // a comma or a further word between them breaks the pair
                }
            }
        }
        return true;
    }
}
