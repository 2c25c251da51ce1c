package org.diplomatictimeline.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.diplomatictimeline.extract.MergeRule.Scope;
import org.diplomatictimeline.model.DateBasis;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.ParticipantKind;

/**
 * Merges mentions of one event, first within each document ("the meeting" refers back), then across documents,
 * when every {@link MergeRule} allows it. Across documents the link is complete: a report joins an event only when
 * it agrees with each article's reading of that event, never with a union that grew from several articles.
 */
public final class EventMerger {

    private static final Set<EventType> TALK_WORDS = Set.of(EventType.MEETING, EventType.TALKS,
            EventType.NEGOTIATION);

    private final EventProjection projection = new EventProjection();

    /** Merges the mentions (in document order) into events with deterministic ids. */
    public List<Event> merge(List<EventMention> mentions) {
        // "the two leaders signed a declaration": an act nothing dated took in is the occasion's, on its days; dated
        // once the grouping is done, so what joins what stays as it was
        return projection.events(DayProgrammeSitting.dated(HeldAtOccasion.dated(cluster(mentions))));
    }

    /** Which mentions end up together: clusters of indices into {@code mentions}, for scoring against gold. */
    public List<List<Integer>> group(List<EventMention> mentions) {
        IdentityHashMap<EventMention, Integer> index = new IdentityHashMap<>();
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
        List<EventCluster> all = new ArrayList<>();
        withinDocuments(mentions).values().forEach(all::addAll);
        // Dated clusters first, so an undated report joins the dated event it agrees with rather than the reverse.
        all.sort(Comparator.comparing((EventCluster c) -> !c.date().isKnown()));
        return acrossDocuments(all);
    }

    /** Coreference inside each article: a mention joins the best agreeing cluster of its own article. */
    private static Map<String, List<EventCluster>> withinDocuments(List<EventMention> mentions) {
        Map<String, List<EventCluster>> byDocument = new LinkedHashMap<>();
        for (EventMention m : mentions) {
            List<EventCluster> clusters = byDocument.computeIfAbsent(m.documentId(), k -> new ArrayList<>());
            EventMention sidelined = sidelineDated(clusters, m);
            EventCluster single = new EventCluster(VisitOfDatedTalks.dated(clusters, sidelined));
            EventCluster target = m.key().startsWith("next:") ? null
                    : m.anaphoric() ? antecedent(clusters, single) : best(clusters, single);
            if (target != null) {
                target.absorb(single);
            } else {
                clusters.add(sidelined == m ? single : new EventCluster(onSomeDay(sidelined, single)));
            }
        }
        byDocument.replaceAll((document, clusters) -> MultiDayOccasion.fold(foldSentenceRepeats(clusters)));
        return byDocument;
    }

    /**
     * Two clusters of one article that a later sentence shows to be one occasion (both its triggers told of the
     * same signing, each with one party) become one once both exist: a mention joins one cluster only, so the two
     * never met while the article was read.
     */
    private static List<EventCluster> foldSentenceRepeats(List<EventCluster> clusters) {
        Map<Integer, List<EventCluster>> bySentence = new HashMap<>();
        List<EventCluster> kept = new ArrayList<>();
        for (EventCluster c : clusters) {
            EventCluster into = null;
            for (int start : c.sentenceStarts()) {
                for (EventCluster x : bySentence.getOrDefault(start, List.of())) {
                    if (into == null && MergeRule.oneSentenceRepeat(x, c)
                            && MergeRule.firstRefusing(x, c, Scope.SAME_DOCUMENT) == null) {
                        into = x;
                    }
                }
            }
            EventCluster owner = into != null ? into : c;
            if (into != null) {
                into.absorb(c);
            } else {
                kept.add(c);
            }
            for (int start : c.sentenceStarts()) {
                bySentence.computeIfAbsent(start, k -> new ArrayList<>()).add(owner);
            }
        }
        return kept;
    }

    /**
     * Across articles: each article's cluster is compared only with the events blocking proposes, and joins the
     * best-agreeing one whose every article-part (and whose whole) the rules allow.
     */
    private static List<EventCluster> acrossDocuments(List<EventCluster> documentClusters) {
        List<Parts> merged = new ArrayList<>();
        MergeIndex index = new MergeIndex();
        List<Parts> candidates = new ArrayList<>();
        int[] query = {0};
        for (EventCluster c : documentClusters) {
            query[0]++;
            candidates.clear();
            index.candidates(c, entry -> {
                Parts x = (Parts) entry;
                // A stamp per query, not a set: each candidate once, however many keys propose it.
                if (x.seen != query[0]) {
                    x.seen = query[0];
                    candidates.add(x);
                }
            });
            // Same order as the merged list, so the result does not depend on hash order.
            candidates.sort(Comparator.comparingInt(x -> x.position));
            Parts found = null;
            int bestScore = -1;
            for (Parts x : candidates) {
                int score = x.admit(c) ? MergeScoring.agreement(x.event, c) : -1;
                if (score > bestScore) {
                    found = x;
                    bestScore = score;
                }
            }
            Parts target;
            if (found != null) {
                found.event.absorb(c);
                found.add(c);
                target = found;
            } else {
                // A fresh cluster of its own, so that absorbing later articles never changes this article's part.
                target = new Parts(EventCluster.copyOf(c), merged.size());
                target.add(c);
                merged.add(target);
            }
            index.file(target);
        }
        return merged.stream().map(p -> p.event).toList();
    }

    /**
     * One event across articles with its article-parts: its documents and one part per distinct rule profile, its
     * place in the merged list and the last query that proposed it.
     */
    private static final class Parts extends MergeIndex.Entry {
        final EventCluster event;
        final int position;
        int seen;
        private final Set<String> documents = new HashSet<>();
        private final Map<MergeScoring.Profile, EventCluster> byProfile = new LinkedHashMap<>();

        Parts(EventCluster event, int position) {
            this.event = event;
            this.position = position;
        }

        @Override
        EventCluster event() {
            return event;
        }

        void add(EventCluster part) {
            documents.addAll(part.documents());
            byProfile.putIfAbsent(MergeScoring.profile(part), part);
        }

        /** Whether the whole event and every part allow the candidate; two clusters of one article were told apart
         *  by its own coreference, and that stands. The whole is asked first: it refuses most candidates, and the
         *  answer (all must allow) does not depend on the order. */
        boolean admit(EventCluster candidate) {
            for (String d : candidate.documents()) {
                if (documents.contains(d)) {
                    return false;
                }
            }
            if (MergeRule.firstRefusing(event, candidate, Scope.ACROSS_DOCUMENTS) != null) {
                return false;
            }
            for (EventCluster part : byProfile.values()) {
                if (MergeRule.firstRefusing(part, candidate, Scope.ACROSS_DOCUMENTS) != null) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * An undated meeting of one of the summit's people that the article's latest dated summit keeps apart (a
     * bilateral on its sidelines), or of the visitor of its latest dated visit, happened during that summit or visit:
     * it takes its dates, inferred, as "during the visit" does in one sentence.
     */
    private static EventMention sidelineDated(List<EventCluster> clusters, EventMention m) {
        if (m.when().isKnown() || !MergeRule.SIDELINE_TYPES.contains(m.type())) {
            return m;
        }
        EventCluster single = new EventCluster(m);
        EventCluster held = null;
        int heldShared = 0;
        for (int i = clusters.size() - 1; i >= 0; i--) {
            EventCluster c = clusters.get(i);
            // People count double; a visit that names nobody ("the Congolese leg begins on the 31st. There he
            // will meet the president") is the occasion of a meeting in its country.
            int shared = 2 * ArgumentAgreement.sharedPeople(c.ids(ParticipantKind.PERSON),
                    single.ids(ParticipantKind.PERSON)) + (c.type() == EventType.VISIT
                    && c.ids(ParticipantKind.PERSON).isEmpty() && c.ids(ParticipantKind.COUNTRY).stream()
                    .anyMatch(single.ids(ParticipantKind.COUNTRY)::contains)
                    || hostOnItsDays(c, single) ? 1 : 0);
            if (c.date().isKnown() && shared > heldShared && encloses(c, single)) {
                held = c; // the latest occasion sharing the most of the meeting's people
                heldShared = shared;
            }
        }
        if (held == null) {
            return m;
        }
        EventDate d = held.date();
        EventDate within = new EventDate(d.value(), d.endValue(), d.precision(), d.modifier(),
                DateBasis.INFERRED, d.span(), "a meeting at the " + held.type().label().toLowerCase(
                        Locale.ROOT) + " reported earlier (" + d.value()
                + (d.endValue() == null ? "" : " to " + d.endValue()) + ")");
        return m.withWhen(within);
    }

    /**
     * A meeting dated by its occasion that stays an event of its own: the occasion's days decided what it joins,
     * but it happened on some day of them, so it shows what holds them (decision 0099).
     */
    private static EventMention onSomeDay(EventMention dated, EventCluster single) {
        EventDate d = dated.when();
        return dated.withWhen(DayWithinOccasion.of(d, d.reason(), dated.status() == EventStatus.PLANNED,
                single.earliestReport()));
    }

    /** Talks with the hosts only ({@link ClusterRelations#hostSitting}) during a visit dated to its days and told
     *  in the same status: a visit still to come holds none of the talks its article tells as done. */
    private static boolean hostOnItsDays(EventCluster visit, EventCluster meeting) {
        return visit.date().precision() == DatePrecision.DAY
                && visit.anyPlanned() == meeting.anyPlanned() && ClusterRelations.hostSitting(visit, meeting);
    }

    /** A summit whose sidelines hold the meeting, or a visit that is news when its article was written (not "the
     *  first visit since 2016") of one known day, or of several days when the meeting is a pair's item of its
     *  programme; a bare "talks" somewhere in a visit of several days stays part of it. */
    private static boolean encloses(EventCluster c, EventCluster meeting) {
        if (c.type() == EventType.SUMMIT || c.type() == EventType.FORUM) {
            return !MergeRule.SIDELINE_MEETINGS_APART.allows(c, meeting, Scope.SAME_DOCUMENT);
        }
        LocalDate reported = meeting.earliestReport();
        return c.type() == EventType.VISIT && MergeRule.visitAndTalks(c, meeting)
                && MergeRule.tellsApart(c.date())
                && (!c.date().isRange() || ClusterRelations.programmeMeeting(c, meeting))
                && (reported == null
                || !c.date().span().last().isBefore(reported.minusDays(MergeRule.STALE_DAYS)));
    }

    private static EventCluster antecedent(List<EventCluster> clusters, EventCluster mention) {
        EventType type = mention.type();
        for (boolean sameWord : new boolean[] {true, false}) {
            for (int i = clusters.size() - 1; i >= 0; i--) {
                EventCluster c = clusters.get(i);
                boolean wordMatches = TALK_WORDS.contains(type) ? c.members.stream().anyMatch(m -> TALK_WORDS
                        .contains(m.type())) : c.hasType(type);
                if ((!sameWord || wordMatches) && MergeRule.firstRefusing(c, mention, Scope.SAME_DOCUMENT) == null) {
                    return c;
                }
            }
        }
        return null;
    }

    private static EventCluster best(List<EventCluster> clusters, EventCluster candidate) {
        EventCluster best = null;
        int bestScore = -1;
        for (EventCluster c : clusters) {
            int score = MergeRule.firstRefusing(c, candidate, Scope.SAME_DOCUMENT) == null
                    ? MergeScoring.agreement(c, candidate) : -1;
            if (score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        return best;
    }
}
