package org.diplomatictimeline.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.ParticipantKind;

/**
 * The merged events filed under their {@link MergeBlocking} keys, with two narrower views that keep the candidate
 * lists bounded as a corpus grows: the keys of events whose dates are open to any agreeing date, and the events by
 * the occasion they name. A date a year or more wide (or coarser than half a year) agrees across articles only with a
 * report naming the same occasion ({@link MergeRule#needsNamedOccasion}), so such events are met through their
 * occasion rather than through every actor's month list, where thousands of "last year" reports would pile up.
 * Every candidate proposed is one the plain key lists would propose, and every one they would propose that the
 * date rule could allow is proposed, so the merge result does not change.
 */
final class MergeIndex {

    /** One event filed here, with every key it was ever filed under (as the plain lists hold it). */
    abstract static class Entry {
        private final Set<MergeBlocking.Key> filed = new HashSet<>();
        private final Set<MergeBlocking.Key> filedOpen = new HashSet<>();
        private final Set<String> occasions = new HashSet<>();
        private boolean wasOpen;
        private Filing lastFiling;

        abstract EventCluster event();
    }

    /**
     * What an event's keys are made of ({@link MergeBlocking#filingKeys}, its openness and its occasion). A report
     * that joins an event mostly repeats what it knew, and then the event's keys are the ones it is filed under
     * already: refiling would build them all to add none. Participant ids and the occasion are only ever added to,
     * so their count says whether they changed.
     */
    private record Filing(EventType type, EventDate date, LocalDate earliestReport, int actors, String occasion) {

        static Filing of(EventCluster c) {
            int actors = 0;
            for (ParticipantKind kind : ParticipantKind.values()) {
                actors += c.ids(kind).size();
            }
            return new Filing(c.type(), c.date(), c.earliestReport(), actors, c.key());
        }
    }

    private final Map<MergeBlocking.Key, List<Entry>> all = new HashMap<>();
    private final Map<MergeBlocking.Key, List<Entry>> open = new HashMap<>();
    private final Map<String, List<Entry>> byOccasion = new HashMap<>();

    /**
     * Files the event under its current keys. An event whose date is open now is (also) filed in the open lists under
     * every key it ever had, so the open lists propose it wherever the plain lists would; an event that names an
     * occasion is listed under it.
     */
    void file(Entry e) {
        Filing filing = Filing.of(e.event());
        if (filing.equals(e.lastFiling)) {
            return;
        }
        e.lastFiling = filing;
        List<MergeBlocking.Key> added = new ArrayList<>();
        for (MergeBlocking.Key key : MergeBlocking.filingKeys(e.event())) {
            if (e.filed.add(key)) {
                all.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
                added.add(key);
            }
        }
        boolean openNow = !MergeRule.needsNamedOccasion(e.event().date());
        if (openNow) {
            // Open at its last filing too: its older keys are in the open lists already, only the new ones are not.
            for (MergeBlocking.Key key : e.wasOpen ? added : e.filed) {
                if (e.filedOpen.add(key)) {
                    open.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
                }
            }
        }
        e.wasOpen = openNow;
        String occasion = e.event().key();
        if (!occasion.isBlank()) {
            if (e.occasions.add(occasion)) {
                byOccasion.computeIfAbsent(occasion, k -> new ArrayList<>()).add(e);
            }
        }
    }

    /**
     * Calls {@code sink} for each event the plain key lists propose for {@code c}, leaving out only events that
     * {@link MergeRule#DATES_AGREE} refuses for a date that needs a named occasion the two do not share. An event
     * may be passed more than once. Dated clusters are merged first ({@link EventMerger}), so a dated cluster only
     * ever meets dated events; the views stay in step because every merge refiles the event.
     */
    void candidates(EventCluster c, Consumer<Entry> sink) {
        Set<MergeBlocking.Key> keys = MergeBlocking.queryKeys(c);
        if (!c.date().isKnown()) {
            keys.forEach(k -> all.getOrDefault(k, List.of()).forEach(sink));
            return;
        }
        if (!MergeRule.needsNamedOccasion(c.date())) {
            keys.forEach(k -> open.getOrDefault(k, List.of()).forEach(sink));
        }
        if (!c.key().isBlank()) {
            for (Entry e : byOccasion.getOrDefault(c.key(), List.of())) {
                if (c.key().equals(e.event().key()) && shareAny(keys, e.filed)) {
                    sink.accept(e);
                }
            }
        }
    }

    private static boolean shareAny(Set<MergeBlocking.Key> query, Set<MergeBlocking.Key> filed) {
        Set<MergeBlocking.Key> small = query.size() <= filed.size() ? query : filed;
        Set<MergeBlocking.Key> large = small == query ? filed : query;
        for (MergeBlocking.Key k : small) {
            if (large.contains(k)) {
                return true;
            }
        }
        return false;
    }
}
