package org.diplomatictimeline.extract.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Russian writes a past verb by its subject's gender and number ("встретился", "встретилась", "встретились"): a
 * trigger row of one regular form needs the others, or a report about a woman or about two leaders is missed.
 */
class RussianPastFormsTest {

    /** Regular past endings (a vowel, then -л): masculine, feminine, plural, for plain and reflexive verbs. */
    private static final List<List<String>> PARADIGMS = List.of(
            List.of("ил", "ила", "или"), List.of("ал", "ала", "али"), List.of("ял", "яла", "яли"),
            List.of("ился", "илась", "ились"), List.of("ался", "алась", "ались"), List.of("ялся", "ялась", "ялись"));

    @Test
    void everyRegularPastVerbRowHasItsOtherGenderAndNumberForms() {
        Set<String> forms = new HashSet<>();
        List<String[]> pastVerbs = new ArrayList<>();
        for (String line : LanguageFolders.lines("ru", "triggers.tsv")) {
            String[] f = line.split("\t");
            if (f[0].equals("@cue")) {
                continue;
            }
            forms.add(f[0]);
            if (f[2].equals("VERB") && f[3].equals("PAST")) {
                pastVerbs.add(f);
            }
        }
        List<String> missing = new ArrayList<>();
        for (String[] f : pastVerbs) {
            String first = f[0].split(" ")[0];
            String rest = f[0].substring(first.length());
            for (List<String> paradigm : PARADIGMS) {
                String ending = paradigm.stream().filter(first::endsWith).findFirst().orElse(null);
                if (ending == null || paradigm.stream().anyMatch(e -> e.length() > ending.length() && first.endsWith(e))) {
                    continue;
                }
                String stem = first.substring(0, first.length() - ending.length());
                for (String other : paradigm) {
                    if (!forms.contains(stem + other + rest)) {
                        missing.add(stem + other + rest + " (from " + f[0] + ")");
                    }
                }
                break;
            }
        }
        assertThat(missing).isEmpty();
    }
}
