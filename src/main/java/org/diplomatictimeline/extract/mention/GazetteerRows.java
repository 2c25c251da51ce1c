package org.diplomatictimeline.extract.mention;

import java.util.ArrayList;
import java.util.List;
import org.diplomatictimeline.table.ResourceTable;

/**
 * The tab-separated rows of the gazetteer's resources beside this class: blank lines and '#' comments skipped, a
 * field trimmed (empty when missing), a field of several names split at '|'.
 */
final class GazetteerRows {

    private GazetteerRows() {
    }

    static String field(String[] f, int i) {
        return i < f.length ? f[i].trim() : "";
    }

    static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        for (String part : s.split("\\|")) {
            if (!part.isBlank()) {
                out.add(part.trim());
            }
        }
        return out;
    }

    static List<String[]> read(String resource) {
        return ResourceTable.read(GazetteerRows.class, resource).rows().stream().map(ResourceTable.Row::cells).toList();
    }
}
