package org.diplomatictimeline.extract.mention;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.diplomatictimeline.extract.lang.LanguageFolders;
import org.diplomatictimeline.table.ResourceTable;

/**
 * Every spelling of every title of titles.tsv and of each language folder's titles.tsv, by class, so that a role
 * written in one language ("ministre des Affaires étrangères") is known as the class a role-only mention in the same
 * or another language names ("le chef de la diplomatie", "the foreign minister").
 */
final class TitleForms {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Map<String, Set<String>> BY_CLASS = load();

    private TitleForms() {
    }

    /** Whether the role holds, as whole words, a spelling of a title of the class ("head", "foreign", ...). */
    static boolean holds(String role, String cls) {
        Set<String> forms = BY_CLASS.get(cls);
        if (forms == null || role.isEmpty()) {
            return false;
        }
        String padded = " " + plain(role) + " ";
        for (String form : forms) {
            if (padded.contains(" " + form + " ")) {
                return true;
            }
        }
        return false;
    }

    /** Lower case, accents and curly apostrophes dropped, runs of spaces as one. */
    static String plain(String s) {
        String lower = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("").replaceAll("\\s+", " ")
                .strip();
    }

    private static Map<String, Set<String>> load() {
        List<String[]> rows = new ArrayList<>();
        for (ResourceTable.Row row : ResourceTable.read(TitleForms.class, "titles.tsv").rows()) {
            rows.add(row.cells(2));
        }
        for (String line : LanguageFolders.linesOfAll("titles.tsv")) {
            rows.add(line.split("\t", -1));
        }
        Map<String, Set<String>> out = new HashMap<>();
        for (String[] f : rows) {
            if (f.length < 2) {
                continue;
            }
            String cls = f[1].trim();
            for (String form : f[0].split("\\|")) {
                if (!form.isBlank()) {
                    out.computeIfAbsent(cls, k -> new HashSet<>()).add(plain(form));
                }
            }
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        out.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return Map.copyOf(frozen);
    }
}
