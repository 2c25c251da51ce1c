package org.diplomatictimeline.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.diplomatictimeline.model.DateModifier;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Evidence;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.ParticipantKind;
import org.diplomatictimeline.model.Place;
import org.diplomatictimeline.model.PlaceKind;

/**
 * Merges mentions of one event, first within each document ("the meeting" refers back), then across documents,
 * when type, actors, date (at the coarser precision) and place agree; never two meetings on different days.
 */
public final class EventMerger {

    private static final Set<EventType> ENCOUNTERS = Set.of(EventType.MEETING, EventType.TALKS,
            EventType.NEGOTIATION, EventType.VISIT, EventType.SUMMIT);
    private static final Set<EventType> TALK_WORDS = Set.of(EventType.MEETING, EventType.TALKS,
            EventType.NEGOTIATION);

    private final EventTitles titles = new EventTitles();

    /** Merges the mentions (in document order) into events with deterministic ids. */
    public List<Event> merge(List<EventMention> mentions) {
        return toEvents(cluster(mentions));
    }

    /** Which mentions end up together: clusters of indices into {@code mentions}, for scoring against gold. */
    public List<List<Integer>> group(List<EventMention> mentions) {
        java.util.IdentityHashMap<EventMention, Integer> index = new java.util.IdentityHashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            index.put(mentions.get(i), i);
        }
        List<List<Integer>> groups = new ArrayList<>();
        for (EventCluster c : cluster(mentions)) {
            groups.add(c.members.stream().map(index::get).sorted().toList());
        }
        return groups;
    }

    List<EventCluster> cluster(List<EventMention> mentions) {
        Map<String, List<EventCluster>> byDocument = new LinkedHashMap<>();
        for (EventMention m : mentions) {
            List<EventCluster> clusters = byDocument.computeIfAbsent(m.documentId(), k -> new ArrayList<>());
            EventCluster single = new EventCluster(m);
            EventCluster target = m.key().startsWith("next:") ? null
                    : m.anaphoric() ? antecedent(clusters, single) : best(clusters, single, true);
            if (target != null) {
                target.absorb(single);
            } else {
                clusters.add(single);
            }
        }
        List<EventCluster> all = new ArrayList<>();
        byDocument.values().forEach(all::addAll);
        // Dated clusters first, so an undated report joins the dated event it agrees with rather than the reverse.
        all.sort(Comparator.comparing((EventCluster c) -> !c.date().isKnown()));
        List<EventCluster> merged = new ArrayList<>();
        // Across documents two clusters can only merge when they share an actor and, when both are dated, a month;
        // so only those are compared, which keeps a large corpus near linear.
        Map<String, List<EventCluster>> index = new java.util.HashMap<>();
        java.util.IdentityHashMap<EventCluster, Integer> position = new java.util.IdentityHashMap<>();
        for (EventCluster c : all) {
            java.util.IdentityHashMap<EventCluster, Integer> candidates = new java.util.IdentityHashMap<>();
            for (String key : queryKeys(c)) {
                for (EventCluster x : index.getOrDefault(key, List.of())) {
                    candidates.put(x, position.get(x));
                }
            }
            // Same order as the merged list, so the result does not depend on hash order.
            List<EventCluster> ordered = new ArrayList<>(candidates.keySet());
            ordered.sort(Comparator.comparingInt(candidates::get));
            EventCluster found = best(ordered, c, false);
            if (found != null) {
                found.absorb(c);
            } else {
                position.put(c, merged.size());
                merged.add(c);
            }
            EventCluster target = found != null ? found : c;
            for (String key : filingKeys(target)) {
                List<EventCluster> list = index.computeIfAbsent(key, k -> new ArrayList<>());
                if (list.isEmpty() || list.get(list.size() - 1) != target) {
                    list.add(target);
                }
            }
        }
        return merged;
    }

    /**
     * Keys a cluster is filed under, per actor of its type family: a single day ("d:") also under its month's days
     * ("dm:"), other short dates under each month they cover ("c:"), a long or unknown date apart; and always under
     * "all" for the few queries (undated, long) that cannot narrow by date. Two single days only agree when equal,
     * so a day meets only its own day and the coarse dates around it, which keeps a large corpus linear.
     */
    private static Set<String> filingKeys(EventCluster c) {
        Set<String> keys = new HashSet<>();
        EventDate date = c.date();
        List<String> dateKeys = new ArrayList<>();
        if (!date.isKnown()) {
            dateKeys.add("undated");
        } else if (date.span().lengthInDays() > 400) {
            dateKeys.add("long");
        } else if (singleDay(date)) {
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
    private static Set<String> queryKeys(EventCluster c) {
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
            if (singleDay(date)) {
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

    private static boolean singleDay(EventDate d) {
        return d.precision() == DatePrecision.DAY && !d.isRange() && !d.modifier().isOpenEnded();
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

    private static String family(EventType type) {
        if (ENCOUNTERS.contains(type)) {
            return "encounter|";
        }
        if (type == EventType.FORUM) {
            return "encounter|"; // a summit is both; forum ~ summit ~ encounter keeps one family
        }
        return type.name() + "|";
    }

    private EventCluster antecedent(List<EventCluster> clusters, EventCluster mention) {
        EventType type = mention.type();
        for (boolean sameWord : new boolean[] {true, false}) {
            for (int i = clusters.size() - 1; i >= 0; i--) {
                EventCluster c = clusters.get(i);
                boolean wordMatches = TALK_WORDS.contains(type) ? c.members.stream().anyMatch(m -> TALK_WORDS
                        .contains(m.type())) : c.hasType(type);
                if ((!sameWord || wordMatches) && compatible(c, mention, true) >= 0) {
                    return c;
                }
            }
        }
        return null;
    }

    private EventCluster best(List<EventCluster> clusters, EventCluster candidate, boolean sameDocument) {
        EventCluster best = null;
        int bestScore = -1;
        for (EventCluster c : clusters) {
            int score = compatible(c, candidate, sameDocument);
            if (score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        return best;
    }

    /** A score of agreement, or -1 when the two cannot be the same event. */
    int compatible(EventCluster a, EventCluster b, boolean sameDocument) {
        EventType ta = a.type();
        EventType tb = b.type();
        if (!typesCompatible(ta, tb)) {
            return -1;
        }
        EventDate da = a.date();
        EventDate db = b.date();
        boolean bothDated = da.isKnown() && db.isKnown();
        if (bothDated && !datesAgree(da, db)) {
            return -1;
        }
        if (!plannedAfterReport(a, db) || !plannedAfterReport(b, da)) {
            return -1;
        }
        if (bothDated && (visitAndOneDayWithin(a, da, b, db) || visitAndOneDayWithin(b, db, a, da))) {
            return -1; // a visit of several days and the talks on one of its days: the talks are part of the visit
        }
        boolean keyed = ta == EventType.SANCTION || ta == EventType.ANNIVERSARY;
        if (!a.key().equals(b.key()) && (keyed || !a.key().isBlank() && !b.key().isBlank())) {
            return -1; // different anniversaries, sanctions on different targets
        }
        if (ta == EventType.ANNIVERSARY || tb == EventType.ANNIVERSARY) {
            return !a.key().isBlank() && a.key().equals(b.key()) ? 10 : -1;
        }
        Set<String> pa = a.ids(ParticipantKind.PERSON);
        Set<String> pb = b.ids(ParticipantKind.PERSON);
        Set<String> ca = a.ids(ParticipantKind.COUNTRY);
        Set<String> cb = b.ids(ParticipantKind.COUNTRY);
        Set<String> oa = a.ids(ParticipantKind.ORGANISATION);
        Set<String> ob = b.ids(ParticipantKind.ORGANISATION);
        int persons = overlap(pa, pb);
        int countries = overlap(ca, cb);
        int orgs = overlap(oa, ob);
        boolean aEmpty = pa.isEmpty() && ca.isEmpty() && oa.isEmpty();
        boolean bEmpty = pb.isEmpty() && cb.isEmpty() && ob.isEmpty();
        if (aEmpty || bEmpty) {
            boolean reference = aEmpty && a.allAnaphoric() || bEmpty && b.allAnaphoric();
            if (!sameDocument || !reference) {
                return -1; // a bare "the meeting" only refers back within its own article
            }
        } else if (!pa.isEmpty() && !pb.isEmpty()) {
            if (persons == 0) {
                return -1;
            }
        } else if (!ca.isEmpty() && !cb.isEmpty()) {
            if (countries < Math.min(2, Math.min(ca.size(), cb.size())) && orgs == 0) {
                return -1;
            }
        } else if (orgs == 0) {
            return -1;
        }
        if (!sameDocument && !bothDated && persons == 0) {
            return -1; // an undated report joins another article's event only on shared named people
        }
        // Only when exactly one side is dated: two undated reports have no date to be stale against.
        if (!sameDocument && da.isKnown() != db.isKnown() && staleForUndated(da.isKnown() ? b : a, da.isKnown() ? da : db)) {
            return -1;
        }
        if ((ta == EventType.STATEMENT || tb == EventType.STATEMENT)
                && !(bothDated && da.precision() == DatePrecision.DAY && db.precision() == DatePrecision.DAY
                && da.modifier() == DateModifier.NONE && db.modifier() == DateModifier.NONE
                && da.value().equals(db.value()))) {
            return -1;
        }
        if (ta == EventType.OTHER && !a.name().equalsIgnoreCase(b.name())) {
            return -1;
        }
        int placeScore = placesAgree(a.places(), b.places());
        if (placeScore < 0) {
            return -1;
        }
        return persons * 3 + countries + orgs + placeScore + (ta == tb ? 1 : 0)
                + (bothDated && da.value().equals(db.value()) ? 2 : 0);
    }

    /**
     * An undated mention in an article written weeks after another article's dated event ("thanked him in a
     * telephone call"), or one not reported as planned weeks before it happens, is news of its own, not that
     * event: news leaves the date out only of what is recent.
     */
    private static boolean staleForUndated(EventCluster undated, EventDate dated) {
        LocalDate reported = undated.earliestReport();
        if (reported == null) {
            return false;
        }
        boolean later = dated.span().first().isAfter(reported.plusDays(STALE_DAYS)) && !undated.anyPlanned();
        return later || dated.span().last().isBefore(reported.minusDays(STALE_DAYS));
    }

    private static final int STALE_DAYS = 14;

    private static boolean typesCompatible(EventType a, EventType b) {
        if (a == b) {
            return true;
        }
        if (ENCOUNTERS.contains(a) && ENCOUNTERS.contains(b)) {
            return true;
        }
        return (a == EventType.FORUM || a == EventType.SUMMIT) && (b == EventType.FORUM || b == EventType.SUMMIT);
    }

    private static boolean visitAndOneDayWithin(EventCluster visit, EventDate range, EventCluster other,
                                                EventDate day) {
        return range.isRange() && range.span().lengthInDays() > 1 && visit.hasType(EventType.VISIT)
                && singleDay(day) && !other.hasType(EventType.VISIT);
    }

    private static boolean datesAgree(EventDate a, EventDate b) {
        if (!a.span().overlaps(b.span())) {
            return false;
        }
        return !(singleDay(a) && singleDay(b)) || a.value().equals(b.value());
    }

    /** A report that an event is still to come cannot describe one that ended before the report was written. */
    private static boolean plannedAfterReport(EventCluster c, EventDate other) {
        LocalDate reported = c.latestPlannedReport();
        return !other.isKnown() || reported == null || !other.span().last().isBefore(reported);
    }

    private static int placesAgree(List<Place> a, List<Place> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int best = -1;
        for (Place x : a) {
            for (Place y : b) {
                if (x.id().equals(y.id())) {
                    best = Math.max(best, 2);
                } else if (!x.countryCode().isBlank() && x.countryCode().equals(y.countryCode())
                        && (x.kind() == PlaceKind.COUNTRY || y.kind() == PlaceKind.COUNTRY
                        || x.kind() == PlaceKind.VENUE ^ y.kind() == PlaceKind.VENUE)) {
                    best = Math.max(best, 1);
                }
            }
        }
        return best;
    }

    private static int overlap(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int n = 0;
        for (String x : small) {
            if (large.contains(x)) {
                n++;
            }
        }
        return n;
    }

    private List<Event> toEvents(List<EventCluster> clusters) {
        List<Event> events = new ArrayList<>();
        Map<String, Integer> usedIds = new java.util.HashMap<>();
        for (EventCluster c : clusters) {
            EventType type = c.type();
            EventDate when = c.date();
            List<Participant> participants = c.participants();
            if (participants.isEmpty() && c.name().isBlank() && c.places().isEmpty() && !when.isKnown()
                    && (ENCOUNTERS.contains(type) || type == EventType.OTHER)) {
                continue; // "the talks", no one named, nowhere, no date, nothing to refer back to: nothing to show
            }
            List<Place> places = c.places();
            Place place = places.stream().min(Comparator.comparingInt(p -> p.kind().ordinal())).orElse(null);
            String title = titles.title(type, participants, places, c.name());
            Set<String> topics = new LinkedHashSet<>();
            List<Evidence> evidence = new ArrayList<>();
            double confidence = 0;
            for (EventMention m : c.members) {
                topics.addAll(m.topics());
                for (Evidence e : m.evidence()) {
                    if (!evidence.contains(e)) {
                        evidence.add(e);
                    }
                }
                confidence = Math.max(confidence, m.confidence());
            }
            confidence = Math.min(1.0, confidence + 0.1 * (c.documents().size() - 1));
            String id = uniqueId(type, when, participants, c.key(), usedIds);
            events.add(new Event(id, title, type, status(c, when), when, place, participants, List.copyOf(topics),
                    evidence, confidence));
        }
        return events;
    }

    private static EventStatus status(EventCluster c, EventDate when) {
        if (c.members.stream().anyMatch(m -> m.status() == EventStatus.CANCELLED)) {
            return EventStatus.CANCELLED;
        }
        LocalDate latestReport = null;
        for (EventMention m : c.members) {
            if (m.documentDate().isKnown() && m.documentDate().precision() == DatePrecision.DAY) {
                LocalDate d = LocalDate.parse(m.documentDate().value());
                if (latestReport == null || d.isAfter(latestReport)) {
                    latestReport = d;
                }
            }
        }
        if (when.isKnown() && latestReport != null) {
            if (when.span().last().isBefore(latestReport)) {
                return EventStatus.HAPPENED;
            }
            if (when.span().first().isAfter(latestReport)) {
                return EventStatus.PLANNED;
            }
        }
        // Same day as the latest report, or undated: what the reports say, the latest report first.
        return c.members.stream().max(Comparator.comparing((EventMention m) -> m.documentDate().isKnown()
                        ? m.documentDate().value() : "").thenComparing(m -> m.status() == EventStatus.HAPPENED))
                .map(EventMention::status).orElse(EventStatus.HAPPENED);
    }

    private static String uniqueId(EventType type, EventDate when, List<Participant> participants, String key,
                                   Map<String, Integer> used) {
        StringBuilder b = new StringBuilder(type.name()).append('|').append(when.isKnown() ? when.value() : "?")
                .append('|').append(key);
        new TreeSet<>(participants.stream().map(Participant::id).toList()).forEach(p -> b.append('|').append(p));
        String base = "ev-" + hex12(b.toString());
        String id = base;
        // Events that share type, date and actors (two statements by one ministry that day) get numbered ids.
        for (int n = used.getOrDefault(base, 1); used.containsKey(id); n++) {
            id = base + "-" + (n + 1);
            used.put(base, n + 1);
        }
        used.put(id, 1);
        return id;
    }

    /** The first 12 hex digits of the SHA-256 of {@code s} (a stable id; formatting all 32 bytes was a hot spot). */
    private static String hex12(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
