package org.diplomatictimeline.brief;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.table.ResourceTable;

/** Per event type: the points it adds to an event's weight and its plain one-line summaries ({@code types.tsv}). */
public final class TypeProfile {

    /** One row of the table. */
    public record Row(double points, String happened, String planned) {
    }

    private static final TypeProfile STANDARD = load();

    private final Map<EventType, Row> rows;

    private TypeProfile(Map<EventType, Row> rows) {
        this.rows = rows;
    }

    public static TypeProfile standard() {
        return STANDARD;
    }

    /** The row of the type, or the OTHER row for a type the table does not list. */
    public Row of(EventType type) {
        Row row = rows.get(type);
        return row != null ? row : rows.get(EventType.OTHER);
    }

    private static TypeProfile load() {
        Map<EventType, Row> rows = new EnumMap<>(EventType.class);
        for (ResourceTable.Row line : ResourceTable.read(TypeProfile.class, "types.tsv").rows()) {
            String[] cells = line.cells(4);
            rows.put(EventType.valueOf(cells[0].strip().toUpperCase(Locale.ROOT)),
                    new Row(Double.parseDouble(cells[1].strip()), cells[2].strip(), cells[3].strip()));
        }
        if (!rows.containsKey(EventType.OTHER)) {
            throw new IllegalStateException("types.tsv needs a row for OTHER");
        }
        return new TypeProfile(rows);
    }
}
