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
     * ("dm:") and each calendar day it covers ("day:"), other short dates under each month they cover ("c:"), a long
     * date apart; an undated cluster under the
     * week its article was written ("u:"), or apart when its article has no date; and always under "all" for
     * reports from undated articles, which may join any of a person's dated news. Two single days only agree when
     * equal, so a day meets only its own day and the coarse dates around it.
     */
    static Set<String> filingKeys(EventCluster c) {
        Set<String> keys = new HashSet<>();
        EventDate date = c.date();
        List<String> dateKeys = new ArrayList<>();
        if (!date.isKnown()) {
            LocalDate reported = c.earliestReport();
            dateKeys.add(reported == null ? "u:none" : "u:" + week(reported));
        } else if (date.span().lengthInDays() > 400) {
            dateKeys.add("long");
        } else if (MergeRule.singleDay(date)) {
            dateKeys.add("d:" + date.value());
            dateKeys.add("dm:" + month(date.span().first()));
            // Each calendar day it may cover, for undated reports, which meet only the days near their report.
            for (LocalDate day = date.span().first(); !day.isAfter(date.span().last()); day = day.plusDays(1)) {
                dateKeys.add("day:" + day);
            }
        } else {
            months(date.span().first(), date.span().last()).forEach(m -> dateKeys.add("c:" + m));
        }
        for (String a : actorKeys(c)) {
            keys.add(a + "|all");
            dateKeys.forEach(d -> keys.add(a + "|" + d));
        }
        return keys;
    }

    /**
     * Keys to look up. A dated cluster: the same day or the coarse dates that cover it, and long dates. An undated
     * one (which joins only on shared people, and only what lies near its report): the dated events of the weeks
     * around its report and the undated reports written in those weeks; from an undated article, all of a person's.
     * Dated clusters are merged first, so they never need to look for undated ones.
     */
    static Set<String> queryKeys(EventCluster c) {
        Set<String> keys = new HashSet<>();
        EventDate date = c.date();
        if (!date.isKnown()) {
            List<String> personDateKeys = new ArrayList<>();
            LocalDate reported = c.earliestReport();
            if (reported == null) {
                personDateKeys.add("all");
            } else {
                LocalDate from = reported.minusDays(MergeRule.STALE_DAYS);
                LocalDate to = reported.plusDays(MergeRule.PLANNED_DAYS);
                for (String m : months(from, to)) {
                    personDateKeys.add("c:" + m);
                }
                // A single day meets this report only when near it (UNDATED_ONLY_NEAR_ITS_REPORT): the days of that
                // window, not every single day of its months, which grow with the corpus.
                LocalDate last = reported.plusDays(c.anyPlanned() ? MergeRule.PLANNED_DAYS : MergeRule.STALE_DAYS);
                for (LocalDate day = from; !day.isAfter(last); day = day.plusDays(1)) {
                    personDateKeys.add("day:" + day);
                }
                personDateKeys.add("long");
                for (long w = week(from); w <= week(reported.plusDays(MergeRule.STALE_DAYS)); w++) {
                    personDateKeys.add("u:" + w);
                }
            }
            for (String a : personKeys(c)) {
                personDateKeys.forEach(d -> keys.add(a + "|" + d));
            }
            return keys;
        }
        List<String> dateKeys = new ArrayList<>();
        if (date.span().lengthInDays() > 400) {
            dateKeys.add("long");
            months(date.span().first(), date.span().last()).stream().limit(MAX_MONTHS)
                    .forEach(m -> dateKeys.add("c:" + m));
        } else if (MergeRule.singleDay(date)) {
            dateKeys.add("d:" + date.value());
            dateKeys.add("c:" + month(date.span().first()));
        } else {
            for (String m : months(date.span().first(), date.span().last())) {
                dateKeys.add("c:" + m);
                dateKeys.add("dm:" + m);
            }
        }
        dateKeys.add("long");
        for (String a : actorKeys(c)) {
            dateKeys.forEach(d -> keys.add(a + "|" + d));
        }
        return keys;
    }

    /** A long date meets the coarse dates of its first years only: enough for "in the 2010s", not a century. */
    private static final int MAX_MONTHS = 120;

    private static long week(LocalDate d) {
        return Math.floorDiv(d.toEpochDay(), 7);
    }

    private static String month(LocalDate d) {
        return d.getYear() + "-" + d.getMonthValue();
    }

    private static List<String> months(LocalDate first, LocalDate last) {
        List<String> months = new ArrayList<>();
        for (LocalDate m = first.withDayOfMonth(1); !m.isAfter(last); m = m.plusMonths(1)) {
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
