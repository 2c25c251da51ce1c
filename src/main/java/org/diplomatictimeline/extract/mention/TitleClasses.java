package org.diplomatictimeline.extract.mention;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.diplomatictimeline.table.ResourceTable;

/**
 * What each class of title (titles.tsv's second column) may do, from {@code title-classes.tsv}: which classes a
 * role-only mention may use and which serve another office.
 */
final class TitleClasses {

    /** Classes whose role alone may stand for a holder named before ("the minister"). */
    static final Set<String> ROLE_ONLY = withProperty("ROLE_ONLY");
    /** Classes of offices that serve another: their holders are never the one they serve. */
    static final Set<String> SUBORDINATE = withProperty("SUBORDINATE");

    private TitleClasses() {
    }

    private static Set<String> withProperty(String property) {
        Set<String> out = new HashSet<>();
        for (ResourceTable.Row row : ResourceTable.read(TitleClasses.class, "title-classes.tsv").rows()) {
            String[] f = row.cells(2);
            if (List.of(f[1].trim().split("\\s+")).contains(property)) {
                out.add(f[0].trim());
            }
        }
        return Set.copyOf(out);
    }
}
