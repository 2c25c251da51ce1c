package org.diplomatictimeline.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
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
    static Set<Key> filingKeys(EventCluster c) {
        Set<Key> keys = new HashSet<>();
        EventDate date = c.date();
        DateKeys dateKeys = new DateKeys();
        if (!date.isKnown()) {
            LocalDate reported = c.earliestReport();
            if (reported == null) {
                dateKeys.add(Kind.UNDATED_ARTICLE, 0);
            } else {
                dateKeys.add(Kind.UNDATED_WEEK, week(reported));
            }
        } else if (date.span().lengthInDays() > 400) {
            dateKeys.add(Kind.LONG, 0);
        } else if (MergeRule.singleDay(date)) {
            dateKeys.addDay(date.value());
            dateKeys.add(Kind.DAYS_OF_MONTH, month(date.span().first()));
            // Each calendar day it may cover, for undated reports, which meet only the days near their report.
            for (LocalDate day = date.span().first(); !day.isAfter(date.span().last()); day = day.plusDays(1)) {
                dateKeys.add(Kind.CALENDAR_DAY, day.toEpochDay());
            }
        } else {
            addMonths(dateKeys, Kind.COARSE, date.span().first(), date.span().last(), Integer.MAX_VALUE);
        }
        String family = family(c.type());
        forEachActor(c, actor -> {
            keys.add(new Key(family, actor, Kind.ALL, 0, null));
            dateKeys.fileUnder(family, actor, keys);
        });
        return keys;
    }

    /**
     * Keys to look up. A dated cluster: the same day or the coarse dates that cover it, and long dates. An undated
     * one (which joins only on shared people, and only what lies near its report): the dated events of the weeks
     * around its report and the undated reports written in those weeks; from an undated article, all of a person's.
     * Dated clusters are merged first, so they never need to look for undated ones.
     */
    static Set<Key> queryKeys(EventCluster c) {
        Set<Key> keys = new HashSet<>();
        EventDate date = c.date();
        String family = family(c.type());
        if (!date.isKnown()) {
            DateKeys personDateKeys = new DateKeys();
            LocalDate reported = c.earliestReport();
            if (reported == null) {
                personDateKeys.add(Kind.ALL, 0);
            } else {
                LocalDate from = reported.minusDays(MergeRule.STALE_DAYS);
                LocalDate to = reported.plusDays(MergeRule.PLANNED_DAYS);
                addMonths(personDateKeys, Kind.COARSE, from, to, Integer.MAX_VALUE);
                // A single day meets this report only when near it (UNDATED_ONLY_NEAR_ITS_REPORT): the days of that
                // window, not every single day of its months, which grow with the corpus.
                LocalDate last = reported.plusDays(c.anyPlanned() ? MergeRule.PLANNED_DAYS : MergeRule.STALE_DAYS);
                for (long day = from.toEpochDay(); day <= last.toEpochDay(); day++) {
                    personDateKeys.add(Kind.CALENDAR_DAY, day);
                }
                personDateKeys.add(Kind.LONG, 0);
                for (long w = week(from); w <= week(reported.plusDays(MergeRule.STALE_DAYS)); w++) {
                    personDateKeys.add(Kind.UNDATED_WEEK, w);
                }
            }
            for (String id : c.ids(ParticipantKind.PERSON)) {
                personDateKeys.fileUnder(family, id, keys);
            }
            return keys;
        }
        DateKeys dateKeys = new DateKeys();
        if (date.span().lengthInDays() > 400) {
            dateKeys.add(Kind.LONG, 0);
            addMonths(dateKeys, Kind.COARSE, date.span().first(), date.span().last(), MAX_MONTHS);
        } else if (MergeRule.singleDay(date)) {
            dateKeys.addDay(date.value());
            dateKeys.add(Kind.COARSE, month(date.span().first()));
        } else {
            for (LocalDate m = date.span().first().withDayOfMonth(1); !m.isAfter(date.span().last());
                    m = m.plusMonths(1)) {
                dateKeys.add(Kind.COARSE, month(m));
                dateKeys.add(Kind.DAYS_OF_MONTH, month(m));
            }
        }
        dateKeys.add(Kind.LONG, 0);
        forEachActor(c, actor -> dateKeys.fileUnder(family, actor, keys));
        return keys;
    }

    /** A long date meets the coarse dates of its first years only: enough for "in the 2010s", not a century. */
    private static final int MAX_MONTHS = 120;

    /**
     * What a key says of the date: an undated cluster's week of report or its undated article, a long date, a
     * single day by its value, a month's single days, a calendar day, a month of coarse dates, or any date.
     */
    enum Kind { UNDATED_WEEK, UNDATED_ARTICLE, LONG, DAY, DAYS_OF_MONTH, CALENDAR_DAY, COARSE, ALL }

    /**
     * One blocking key: the type family and an actor (a participant id or the occasion) with a date key, the day's
     * value for {@link Kind#DAY}, else a number (week, month or epoch day). Built from the cluster's own strings, so
     * hashing reuses their cached hashes instead of building and hashing a joined string for every key.
     */
    static final class Key {
        private final String family;
        private final String actor;
        private final Kind kind;
        private final long number;
        private final String day;
        /** Every key is hashed several times (filed, looked up, compared across sets): hashed once here. */
        private final int hash;

        Key(String family, String actor, Kind kind, long number, String day) {
            this.family = family;
            this.actor = actor;
            this.kind = kind;
            this.number = number;
            this.day = day;
            int h = family.hashCode() * 31 + actor.hashCode();
            h = h * 31 + kind.ordinal();
            h = h * 31 + Long.hashCode(number);
            this.hash = day == null ? h : h * 31 + day.hashCode();
        }

        String family() {
            return family;
        }

        String actor() {
            return actor;
        }

        Kind kind() {
            return kind;
        }

        long number() {
            return number;
        }

        String day() {
            return day;
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && hash == k.hash && number == k.number && kind == k.kind
                    && actor.equals(k.actor) && family.equals(k.family) && Objects.equals(day, k.day);
        }

        @Override
        public String toString() {
            return "Key[family=" + family + ", actor=" + actor + ", kind=" + kind + ", number=" + number + ", day="
                    + day + "]";
        }
    }

    /** The date keys of one cluster, to be joined with each of its actors. */
    private static final class DateKeys {
        /** Each date key once, with an empty actor: joined with the cluster's actors by {@link #fileUnder}. */
        private final List<Key> dates = new ArrayList<>();

        void add(Kind kind, long number) {
            dates.add(new Key("", "", kind, number, null));
        }

        void addDay(String value) {
            dates.add(new Key("", "", Kind.DAY, 0, value));
        }

        void fileUnder(String family, String actor, Set<Key> keys) {
            for (Key d : dates) {
                keys.add(new Key(family, actor, d.kind(), d.number(), d.day()));
            }
        }
    }

    private static long week(LocalDate d) {
        return Math.floorDiv(d.toEpochDay(), 7);
    }

    private static long month(LocalDate d) {
        return d.getYear() * 12L + d.getMonthValue() - 1;
    }

    private static void addMonths(DateKeys keys, Kind kind, LocalDate first, LocalDate last, int limit) {
        int n = 0;
        for (LocalDate m = first.withDayOfMonth(1); !m.isAfter(last) && n < limit; m = m.plusMonths(1), n++) {
            keys.add(kind, month(m));
        }
    }

    /** Every participant id of the cluster and its occasion; the key set drops repeats. */
    private static void forEachActor(EventCluster c, Consumer<String> action) {
        for (ParticipantKind kind : ParticipantKind.values()) {
            c.ids(kind).forEach(action);
        }
        if (!c.key().isBlank()) {
            action.accept(c.key());
        }
    }

    /** Encounters of every kind (a forum is both an encounter and a summit) share one family; others their own. */
    private static String family(EventType type) {
        return MergeRule.ENCOUNTERS.contains(type) || type == EventType.FORUM ? "encounter" : type.name();
    }
}
