package org.diplomatictimeline.extract;

import java.util.HashSet;
import java.util.Set;
import org.diplomatictimeline.extract.mention.Mention;
import org.diplomatictimeline.extract.mention.MentionKind;
import org.diplomatictimeline.table.ResourceTable;

/**
 * The regions too wide to be where an event happened (flag {@code broad} of the gazetteer's regions.tsv): a
 * continent, a hemisphere, an ocean, "the Middle East". "Talks on security in Eastern Europe" are held in some city,
 * not in Eastern Europe, so such a region is the topic of a clause, never its place.
 */
final class BroadRegions {

    private static final String RESOURCE = "/org/diplomatictimeline/extract/mention/regions.tsv";
    private static final Set<String> NAMES = load();

    private BroadRegions() {
    }

    /** Whether {@code m} names a broad region. */
    static boolean contains(Mention m) {
        return m.kind() == MentionKind.REGION && NAMES.contains(m.name());
    }

    private static Set<String> load() {
        Set<String> out = new HashSet<>();
        for (ResourceTable.Row row : ResourceTable.read(BroadRegions.class, RESOURCE).rows()) {
            String[] cells = row.cells();
            if (cells.length > 1 && cells[1].strip().equals("broad")) {
                out.add(cells[0].split("\\|", -1)[0].strip());
            }
        }
        return Set.copyOf(out);
    }
}
