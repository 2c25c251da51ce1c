package org.diplomatictimeline.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.ParticipantKind;

/**
 * Blocking for merging across documents: the keys a cluster is filed under and the keys it looks up, so that only
 * clusters that could pass {@link MergeRule}s (a shared actor or occasion of one type family, dates that can agree)
 * are ever compared. This keeps a large corpus near linear; the rules, not the blocking, decide.
 */
final class MergeBlocking {

    private MergeBlocking() {
    }

    /**
     * Keys a cluster is filed under, per actor of its type family: a single day ("d:") also under its month's days
     * ("dm:"), other short dates under each month they cover ("c:"), a long or unknown date apart; and always under
     * "all" for the few queries (undated, long) that cannot narrow by date. Two single days only agree when equal,
     * so a day meets only its own day and the coarse dates around it.
     */
    static Set<String> filingKeys(EventCluster c) {
        Set<String> keys = new HashSet<>();
        EventDate date = c.date();
        List<String> dateKeys = new ArrayList<>();
        if (!date.isKnown()) {
            dateKeys.add("undated");
        } else if (date.span().lengthInDays() > 400) {
            dateKeys.add("long");
        } else if (MergeRule.singleDay(date)) {
            dateKeys.add("d:" + date.value());
            dateKeys.add("dm:" + month(date.span().first()));
        } else {
            months(date).forEach(m -> dateKeys.add("c:" + m));
        }
        if (date.isKnown()) {
            dateKeys.add("c:all");
        }
        for (String a : actorKeys(c)) {
            keys.add(a + "|all");
            dateKeys.forEach(d -> keys.add(a + "|" + d));
        }
        return keys;
    }

    /** Keys to look up: the same day or coarse dates that cover it, clusters with a long date or none. */
    static Set<String> queryKeys(EventCluster c) {
        Set<String> keys = new HashSet<>();
        EventDate date = c.date();
        List<String> dateKeys = new ArrayList<>();
        // Across documents an undated side joins only on a shared named person, so those look-ups go by person.
        List<String> personDateKeys = new ArrayList<>();
        if (!date.isKnown()) {
            personDateKeys.add("all");
        } else if (date.span().lengthInDays() > 400) {
            dateKeys.add("long");
            dateKeys.add("c:all");
            personDateKeys.add("all");
        } else {
            if (MergeRule.singleDay(date)) {
                dateKeys.add("d:" + date.value());
                dateKeys.add("c:" + month(date.span().first()));
            } else {
                for (String m : months(date)) {
                    dateKeys.add("c:" + m);
                    dateKeys.add("dm:" + m);
                }
            }
            dateKeys.add("long");
            personDateKeys.add("undated");
        }
        for (String a : actorKeys(c)) {
            dateKeys.forEach(d -> keys.add(a + "|" + d));
        }
        for (String a : personKeys(c)) {
            personDateKeys.forEach(d -> keys.add(a + "|" + d));
        }
        return keys;
    }

    private static String month(LocalDate d) {
        return d.getYear() + "-" + d.getMonthValue();
    }

    private static List<String> months(EventDate date) {
        List<String> months = new ArrayList<>();
        for (LocalDate m = date.span().first().withDayOfMonth(1); !m.isAfter(date.span().last()); m = m.plusMonths(1)) {
            months.add(month(m));
        }
        return months;
    }

    private static Set<String> personKeys(EventCluster c) {
        String family = family(c.type());
        Set<String> persons = new HashSet<>();
        for (String id : c.ids(ParticipantKind.PERSON)) {
            persons.add(family + id);
        }
        return persons;
    }

    private static Set<String> actorKeys(EventCluster c) {
        String family = family(c.type());
        Set<String> actors = new HashSet<>();
        for (ParticipantKind kind : ParticipantKind.values()) {
            for (String id : c.ids(kind)) {
                actors.add(family + id);
            }
        }
        if (!c.key().isBlank()) {
            actors.add(family + c.key());
        }
        return actors;
    }

    /** Encounters of every kind (a forum is both an encounter and a summit) share one family; others their own. */
    private static String family(EventType type) {
        return MergeRule.ENCOUNTERS.contains(type) || type == EventType.FORUM ? "encounter|" : type.name() + "|";
    }
}
