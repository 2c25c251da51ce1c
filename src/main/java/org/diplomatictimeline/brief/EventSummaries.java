package org.diplomatictimeline.brief;

import java.util.ArrayList;
import java.util.List;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.ParticipantKind;
import org.diplomatictimeline.model.PlaceKind;

/**
 * One plain sentence per event from the summaries of {@code types.tsv}: who did what, where, and whether it happened
 * or is only planned, announced or called off.
 */
public final class EventSummaries {

    /** More names make the line hard to read; the rest are counted. */
    private static final int MAX_NAMES = 3;

    private final TypeProfile types;

    public EventSummaries() {
        this(TypeProfile.standard());
    }

    public EventSummaries(TypeProfile types) {
        this.types = types;
    }

    public String summarise(Event e) {
        TypeProfile.Row row = types.of(e.type());
        boolean happened = e.status() == EventStatus.HAPPENED;
        String template = happened ? row.happened() : row.planned();
        String who = who(e.participants());
        if (who.isEmpty() && template.contains("{who}")) {
            TypeProfile.Row other = types.of(EventType.OTHER);
            template = happened ? other.happened() : other.planned();
        }
        String where = e.place() == null ? ""
                : (e.place().kind() == PlaceKind.VENUE ? " at " : " in ") + e.place().name();
        String line = capitalise(template.replace("{who}", who).replace("{where}", where)
                .replace("{what}", stripDot(e.title())));
        return switch (e.status()) {
            case HAPPENED -> line;
            case PLANNED -> "Planned: " + line;
            case ANNOUNCED -> "Announced: " + line;
            case CANCELLED -> "Called off: " + line;
            case POSTPONED -> "Postponed: " + line;
        };
    }

    private static String who(List<Participant> participants) {
        // People name an event best; countries stand in when no person is known.
        List<String> names = new ArrayList<>();
        for (Participant p : participants) {
            if (p.kind() == ParticipantKind.PERSON) {
                names.add(p.role().isBlank() ? p.name() : p.name() + " (" + p.role() + ")");
            }
        }
        if (names.isEmpty()) {
            for (Participant p : participants) {
                names.add(p.name());
            }
        }
        if (names.isEmpty()) {
            return "";
        }
        int extra = names.size() - MAX_NAMES;
        List<String> shown = names.subList(0, Math.min(MAX_NAMES, names.size()));
        if (extra > 0) {
            return String.join(", ", shown) + " and " + extra + (extra == 1 ? " other" : " others");
        }
        if (shown.size() == 1) {
            return shown.get(0);
        }
        return String.join(", ", shown.subList(0, shown.size() - 1)) + " and " + shown.get(shown.size() - 1);
    }

    private static String stripDot(String s) {
        String t = s.strip();
        return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
