package org.diplomatictimeline.extract.mention;

import java.util.Map;
import org.diplomatictimeline.extract.lang.LanguageFolders;

/**
 * Spellings of known people, places, organisations and countries in the script or usage of one language, from the
 * language folders' {@code names.tsv} (the gazetteer's English name, a tab, the local spellings separated by '|'):
 * "بشار الأسد" in an Arabic article is the gazetteer's "Bashar al-Assad", with one id and the Latin spelling every
 * other article uses. Each spelling also gets the proclitic forms of its language ("وبشار الأسد") and, when it is
 * Cyrillic, its Russian case forms ("Макрона", "Джо Байденом").
 */
final class LocalNames {

    private LocalNames() {
    }

    /**
     * Adds every language folder's local spellings to that language's trie, for the entries whose English name is a
     * key of {@code byName}; rows naming an entry this build does not know are skipped.
     */
    static void addTo(Map<String, GazetteerEntry> byName, Map<String, PhraseTrie> tries) {
        for (String language : LanguageFolders.codes()) {
            for (String row : LanguageFolders.lines(language, "names.tsv")) {
                String[] f = row.split("\t", -1);
                GazetteerEntry entry = f.length < 2 ? null : byName.get(f[0].trim());
                if (entry == null) {
                    continue;
                }
                PhraseTrie trie = tries.computeIfAbsent(language, l -> new PhraseTrie());
                for (String spelling : f[1].split("\\|")) {
                    if (!spelling.isBlank()) {
                        for (String form : LanguageFolders.withProclitics(language, spelling.trim())) {
                            trie.add(form, entry);
                        }
                        if (CyrillicNames.hasCyrillic(spelling)) {
                            for (String form : RussianCases.ofPhrase(spelling.trim())) {
                                trie.add(form, entry); // "Макрона", "Еврокомиссии", "Джо Байденом"
                            }
                        }
                    }
                }
            }
        }
    }
}
