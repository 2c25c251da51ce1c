package org.diplomatictimeline.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Participant;

/**
 * Deterministic, unique event ids for one merge: a hash of what identifies the event (type, date, occasion key,
 * actors), numbered when two events share all of it. Not thread-safe; one instance per merge.
 */
final class EventIds {

    private final Map<String, Integer> used = new HashMap<>();

    /** The id of the next event with these identifying features. */
    String next(EventType type, EventDate when, List<Participant> participants, String key) {
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
    static String hex12(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
