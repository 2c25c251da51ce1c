package org.diplomatictimeline.brief;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.DateSpan;
import org.diplomatictimeline.model.Event;

/**
 * The selection of key events, pure: events grouped by the date they are known at, each date scored by its
 * weightiest event plus a share of the others, the K best kept (or the N weightiest events), oldest first.
 */
public final class KeyDates {

    /** A date and its events, before citations are attached. */
    public record Group(String date, DateSpan span, double score, List<Event> events) {
    }

    /** Events on one date count beyond the first, but less: a busy day beats a quiet one of equal peak. */
    private static final double SHARE_OF_OTHERS = 0.25;

    /** How much of its score a date outside the articles' span keeps. */
    static final double BACKGROUND_FACTOR = 0.5;

    /** Days before the first article that still count as its news. */
    static final int BACKGROUND_GRACE_DAYS = 7;

    private KeyDates() {
    }

    /** All dated events grouped by date, chronological, each group's events weightiest first. */
    public static List<Group> group(List<Event> dated, ToDoubleFunction<Event> weight) {
        Map<String, List<Event>> byDate = new LinkedHashMap<>();
        for (Event e : dated) {
            byDate.computeIfAbsent(key(e), k -> new ArrayList<>()).add(e);
        }
        List<Group> groups = new ArrayList<>();
        for (Map.Entry<String, List<Event>> entry : byDate.entrySet()) {
            List<Event> events = new ArrayList<>(entry.getValue());
            events.sort(Comparator.comparingDouble(weight).reversed().thenComparing(Event::id));
            double max = weight.applyAsDouble(events.get(0));
            double sum = events.stream().mapToDouble(weight).sum();
            Event first = events.get(0);
            boolean day = first.when().precision() == DatePrecision.DAY;
            DateSpan span = day ? DateSpan.ofDay(first.when().span().first()) : first.when().span();
            // Only a day is busy: events known to a month or a year share a key because they are vague, not because
            // that time was eventful, so their number must not lift the date.
            double others = day ? SHARE_OF_OTHERS * (sum - max) : 0;
            double score = (max + others) * precisionFactor(first.when().precision());
            groups.add(new Group(entry.getKey(), span, score, events));
        }
        groups.sort(Comparator.comparing((Group g) -> g.span().first())
                .thenComparing(g -> g.span().lengthInDays()).thenComparing(Group::date));
        return groups;
    }

    /**
     * The groups with the score of a date outside the articles' own span lowered: a chronology of the news lists what
     * happened while it was reported, and a date recalled as background (or a year misread) is mentioned in passing
     * by many articles without being news in any. A week before the first article still counts, as articles report
     * the days before them.
     */
    public static List<Group> background(List<Group> groups, DateSpan articles) {
        if (articles == null) {
            return groups;
        }
        LocalDate from = articles.first().minusDays(BACKGROUND_GRACE_DAYS);
        List<Group> out = new ArrayList<>();
        for (Group g : groups) {
            boolean outside = g.span().last().isBefore(from) || g.span().first().isAfter(articles.last());
            out.add(outside ? new Group(g.date(), g.span(), g.score() * BACKGROUND_FACTOR, g.events()) : g);
        }
        return out;
    }

    /** The K groups of highest score (ties go to the earlier date), oldest first. */
    public static List<Group> topDates(List<Group> groups, int k) {
        List<Group> ranked = new ArrayList<>(groups);
        ranked.sort(Comparator.comparingDouble(Group::score).reversed()
                .thenComparing(g -> g.span().first()));
        List<Group> kept = new ArrayList<>(ranked.subList(0, Math.min(k, ranked.size())));
        kept.sort(Comparator.comparing((Group g) -> g.span().first()).thenComparing(g -> g.span().lengthInDays())
                .thenComparing(Group::date));
        return kept;
    }

    /** The N weightiest events (ties go to the earlier), grouped by date, oldest first. */
    public static List<Group> topEvents(List<Event> dated, int n, ToDoubleFunction<Event> weight) {
        List<Event> ranked = new ArrayList<>(dated);
        ranked.sort(Comparator.comparingDouble(weight).reversed()
                .thenComparing(e -> e.when().span().first()).thenComparing(Event::id));
        return group(ranked.subList(0, Math.min(n, ranked.size())), weight);
    }

    /**
     * How many dates suit a span when nobody said: a few for a week, about twenty for a year, at most forty.
     * Grows with the logarithm of the months covered, as editors' chronologies do.
     */
    public static int defaultCount(LocalDate from, LocalDate to) {
        double months = (ChronoUnit.DAYS.between(from, to) + 1) / 30.44;
        long k = Math.round(5 + 4 * Math.log(1 + months) / Math.log(2));
        return (int) Math.max(5, Math.min(40, k));
    }

    /**
     * A chronology lists days; a date known only to the month or the year is mostly background and needs much more
     * weight to make the list.
     */
    static double precisionFactor(DatePrecision p) {
        return switch (p) {
            case DAY -> 1.0;
            case WEEK -> 0.8;
            case MONTH -> 0.6;
            case SEASON, QUARTER, HALF_YEAR -> 0.5;
            case YEAR -> 0.35;
            case DECADE, CENTURY -> 0.2;
        };
    }

    /** The date an event is listed under: its day (the first of a range), else its TIMEX3 value. */
    static String key(Event e) {
        if (e.when().precision() == DatePrecision.DAY) {
            return e.when().span().first().toString();
        }
        return e.when().value();
    }
}
