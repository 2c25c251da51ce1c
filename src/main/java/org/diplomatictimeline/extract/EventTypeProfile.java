package org.diplomatictimeline.extract;

import java.util.EnumMap;
import java.util.Map;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.table.ResourceTable;

/**
 * How the extractor treats one event type, read from the profile table {@code event-types.tsv}: its family, whether
 * it encloses other events, whether it takes a place, whether only a dated sentence makes it an event, its title.
 *
 * @param family    ENCOUNTER, ACT, STATEMENT or MARK
 * @param encloses  later events can happen inside it ("during the visit")
 * @param place     "in X" near the trigger says where it happened
 * @param needsDate a background fact: an event only when its sentence dates it
 * @param title     the words that open its title
 * @param programme an item of a visit's programme, told as its own event beside the clause's encounter
 * @param heldAt    an act done at an occasion ("signed a declaration", "adopted a resolution"): told without a date
 *                  after a dated encounter it can never be one event with, it is that occasion's act, on its day
 * @param leadNews  a background fact that the article's lead, telling it without a date, tells as its own news
 *                  ("have restored their diplomatic ties"): an event there, on the report's day
 * @param holder    an office taken by one person (an election won, an oath sworn): its people are that one person
 *                  when the sentence tells who ({@link OfficeHolder}), not the guests or the speaker beside him
 */
public record EventTypeProfile(EventType type, Family family, boolean encloses, boolean place, boolean needsDate,
                               String title, boolean programme, boolean heldAt, boolean leadNews,
                               boolean holder) {

    /** The ways types behave in a clause. */
    public enum Family { ENCOUNTER, ACT, STATEMENT, MARK }

    private static final String RESOURCE = "event-types.tsv";
    private static final Map<EventType, EventTypeProfile> PROFILES = load();

    /** The profile of a type; every type has a row (a test says so). */
    public static EventTypeProfile of(EventType type) {
        EventTypeProfile p = PROFILES.get(type);
        if (p == null) {
            throw new IllegalStateException("no row for " + type + " in " + RESOURCE);
        }
        return p;
    }

    /** True for meetings, talks, visits, summits and forums: one per clause, the strongest word wins. */
    public static boolean encounter(EventType type) {
        return of(type).family() == Family.ENCOUNTER;
    }

    static Map<EventType, EventTypeProfile> parse(ResourceTable table) {
        Map<EventType, EventTypeProfile> profiles = new EnumMap<>(EventType.class);
        for (ResourceTable.Row row : table.rows()) {
            String[] f = row.cells(6);
            EventType type = EventType.valueOf(f[0]);
            profiles.put(type, new EventTypeProfile(type, Family.valueOf(f[1]), f[2].equals("yes"),
                    f[3].equals("yes"), f[4].equals("yes"), f[5], flag(f, 6), flag(f, 7), flag(f, 8),
                    flag(f, 9)));
        }
        return profiles;
    }

    /** An optional yes/no column, no where the row ends before it. */
    private static boolean flag(String[] cells, int column) {
        return cells.length > column && cells[column].equals("yes");
    }

    private static Map<EventType, EventTypeProfile> load() {
        return parse(ResourceTable.read(EventTypeProfile.class, RESOURCE));
    }
}
