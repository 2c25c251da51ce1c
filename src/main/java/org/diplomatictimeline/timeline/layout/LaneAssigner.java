package org.diplomatictimeline.timeline.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.ParticipantKind;

/**
 * Groups events into lanes by a {@link LaneGrouping}; an event with several countries, pairs or people appears in
 * each of their lanes.
 *
 * <p>Default order: larger lanes first, then by label, with the catch-all lane ("No country"...) last, so the
 * order depends only on the set of events. A user order (lane keys) overrides it for the keys it names.
 */
public final class LaneAssigner {

    private static final String OTHER = "~none";

    private LaneAssigner() {
    }

    public static List<Lane> assign(EventTable table, LaneGrouping mode, List<String> userOrder) {
        Map<String, String> labels = new HashMap<>();
        Map<String, IntList> members = new LinkedHashMap<>();
        for (int rank = 0; rank < table.size(); rank++) {
            Event e = table.event(rank);
            List<String> keys = keys(e, mode, labels);
            if (keys.isEmpty()) {
                keys = List.of(OTHER);
            }
            for (String k : keys) {
                members.computeIfAbsent(k, x -> new IntList()).add(rank);
            }
        }
        labels.put(OTHER, mode.catchAllLabel());
        List<Lane> lanes = new ArrayList<>(members.size());
        members.forEach((k, list) -> lanes.add(new Lane(k, labels.getOrDefault(k, k), list.toArray())));
        Map<String, Integer> user = new HashMap<>();
        for (int i = 0; i < userOrder.size(); i++) {
            user.putIfAbsent(userOrder.get(i), i);
        }
        lanes.sort(Comparator.<Lane>comparingInt(l -> user.getOrDefault(l.key(), Integer.MAX_VALUE))
                .thenComparing(l -> l.key().equals(OTHER))
                .thenComparing(mode == LaneGrouping.EVENT_TYPE
                        ? Comparator.comparingInt(l -> typeOrdinal(l.key()))
                        : Comparator.comparingInt((Lane l) -> -l.size()))
                .thenComparing(Lane::label)
                .thenComparing(Lane::key));
        return List.copyOf(lanes);
    }

    private static int typeOrdinal(String key) {
        try {
            return EventType.valueOf(key.substring("type:".length())).ordinal();
        } catch (RuntimeException e) {
            return Integer.MAX_VALUE;
        }
    }

    private static List<String> keys(Event e, LaneGrouping mode, Map<String, String> labels) {
        switch (mode) {
            case NONE -> {
                labels.put("all", "All events");
                return List.of("all");
            }
            case EVENT_TYPE -> {
                String k = "type:" + e.type().name();
                labels.put(k, e.type().label());
                return List.of(k);
            }
            case COUNTRY -> {
                List<String> out = new ArrayList<>();
                for (String code : countries(e, labels)) {
                    out.add("country:" + code);
                }
                return out;
            }
            case COUNTRY_PAIR -> {
                List<String> codes = new ArrayList<>(countries(e, labels));
                List<String> out = new ArrayList<>();
                for (int i = 0; i < codes.size(); i++) {
                    for (int j = i + 1; j < codes.size(); j++) {
                        String k = "pair:" + codes.get(i) + "-" + codes.get(j);
                        labels.putIfAbsent(k, labels.get("country:" + codes.get(i)) + " – "
                                + labels.get("country:" + codes.get(j)));
                        out.add(k);
                    }
                }
                return out;
            }
            case PERSON -> {
                List<String> out = new ArrayList<>();
                for (Participant p : e.participants()) {
                    if (p.kind() == ParticipantKind.PERSON && !out.contains(p.id())) {
                        labels.putIfAbsent(p.id(), p.name());
                        out.add(p.id());
                    }
                }
                return out;
            }
            case DOCUMENT -> {
                if (e.evidence().isEmpty()) {
                    return List.of();
                }
                String doc = e.evidence().get(0).documentId();
                labels.putIfAbsent("doc:" + doc, doc);
                return List.of("doc:" + doc);
            }
            default -> throw new IllegalStateException("unhandled lane mode " + mode);
        }
    }

    /** Distinct country codes of the participants, sorted; labels them by the country's name where one is given. */
    private static TreeSet<String> countries(Event e, Map<String, String> labels) {
        TreeSet<String> codes = new TreeSet<>();
        for (Participant p : e.participants()) {
            if (!p.countryCode().isEmpty()) {
                codes.add(p.countryCode());
                String k = "country:" + p.countryCode();
                if (p.kind() == ParticipantKind.COUNTRY) {
                    labels.put(k, p.name());
                } else {
                    labels.putIfAbsent(k, p.countryCode());
                }
            }
        }
        return codes;
    }

    /** A growable int array, to keep lane membership unboxed. */
    static final class IntList {
        private int[] data = new int[8];
        private int size;

        void add(int v) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = v;
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }
}
