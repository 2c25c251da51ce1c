package org.diplomatictimeline.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.diplomatictimeline.table.ResourceTable;

/**
 * The founding dates that "the 70th anniversary of ..." counts from: diplomatic relations, treaties, organisations,
 * read once from {@code foundings.tsv} beside this class.
 */
final class Foundings {

    /** One founding: the date and the keyword groups that must all appear near "anniversary". */
    record Founding(LocalDate date, List<List<List<String>>> groups, String label) {
    }

    private static final List<Founding> ALL = load();

    private Foundings() {
    }

    /** The most specific founding whose keyword groups all occur among {@code words}, or null. */
    static Founding match(Set<String> words) {
        Founding best = null;
        for (Founding f : ALL) {
            if (matchesAll(f, words) && (best == null || f.groups().size() > best.groups().size())) {
                best = f;
            }
        }
        return best;
    }

    private static boolean matchesAll(Founding f, Set<String> words) {
        for (List<List<String>> group : f.groups()) {
            boolean any = false;
            for (List<String> keyword : group) {
                if (words.containsAll(keyword)) {
                    any = true;
                    break;
                }
            }
            if (!any) {
                return false;
            }
        }
        return true;
    }

    private static List<Founding> load() {
        List<Founding> list = new ArrayList<>();
        for (ResourceTable.Row row : ResourceTable.read(Foundings.class, "foundings.tsv").rows()) {
            String[] cols = row.cells(2);
            List<List<List<String>>> groups = new ArrayList<>();
            for (String group : cols[1].split(";")) {
                List<List<String>> alternatives = new ArrayList<>();
                for (String keyword : group.split("\\|")) {
                    // "u.s" or "d-day" must match the separate word tokens the tokenizer makes of them.
                    alternatives.add(List.of(keyword.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
                }
                groups.add(List.copyOf(alternatives));
            }
            list.add(new Founding(LocalDate.parse(cols[0]), List.copyOf(groups), cols.length > 2 ? cols[2] : ""));
        }
        return List.copyOf(list);
    }
}
