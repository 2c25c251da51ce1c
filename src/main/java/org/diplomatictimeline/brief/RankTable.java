package org.diplomatictimeline.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.ParticipantKind;
import org.diplomatictimeline.table.ResourceTable;

/** The rank of a participant from its role string, by the first matching row of {@code ranks.tsv}. */
public final class RankTable {

    private record Row(String phrase, ParticipantRank rank) {
    }

    private static final RankTable STANDARD = new RankTable(load());

    private final List<Row> rows;

    private RankTable(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /** The bundled table. */
    public static RankTable standard() {
        return STANDARD;
    }

    /** OTHER for countries, organisations and people whose role names no rank. */
    public ParticipantRank rankOf(Participant p) {
        if (p.kind() != ParticipantKind.PERSON || p.role().isBlank()) {
            return ParticipantRank.OTHER;
        }
        return rankOfRole(p.role());
    }

    /** The rank a role string names ("Foreign Minister" is a minister), OTHER when none matches. */
    public ParticipantRank rankOfRole(String role) {
        String r = role.toLowerCase(Locale.ROOT);
        for (Row row : rows) {
            if (r.contains(row.phrase())) {
                return row.rank();
            }
        }
        return ParticipantRank.OTHER;
    }

    private static List<Row> load() {
        List<Row> rows = new ArrayList<>();
        for (ResourceTable.Row line : ResourceTable.read(RankTable.class, "ranks.tsv").rows()) {
            String[] cells = line.cells(2);
            rows.add(new Row(cells[0].strip().toLowerCase(Locale.ROOT),
                    ParticipantRank.valueOf(cells[1].strip().toUpperCase(Locale.ROOT))));
        }
        return rows;
    }
}
