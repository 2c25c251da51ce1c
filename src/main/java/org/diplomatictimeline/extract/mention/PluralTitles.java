package org.diplomatictimeline.extract.mention;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.diplomatictimeline.extract.lang.LanguageFolders;

/**
 * The plural forms of titles ("Presidents", "los presidentes", "министры"), read from the language folders'
 * {@code plural-titles.tsv}: each leads a list of names that all hold the singular title ("Foreign Ministers A of X
 * and B of Y"). A plural form is a title of the trie with the singular's class and role; this set tells it apart.
 */
final class PluralTitles {

    private final Set<GazetteerEntry> plural = Collections.newSetFromMap(new IdentityHashMap<>());

    /**
     * Adds every folder's plural forms to {@code titles}, each as the title its row names in the singular. They are
     * not title words: a plural alone is no role of one person ("the ministers", "the leaders of X and Y").
     */
    PluralTitles(PhraseTrie titles) {
        for (String code : LanguageFolders.codes()) {
            for (String line : LanguageFolders.lines(code, "plural-titles.tsv")) {
                String[] cells = line.split("\t", -1);
                if (cells.length != 2) {
                    throw new IllegalStateException(code + "/plural-titles.tsv: expected plural forms and a singular"
                            + " title: " + line);
                }
                GazetteerEntry singular = singular(titles, cells[1].strip());
                if (singular == null) {
                    throw new IllegalStateException(code + "/plural-titles.tsv: no title \"" + cells[1]
                            + "\" in titles.tsv");
                }
                GazetteerEntry entry = new GazetteerEntry(singular.kind(), singular.id(), singular.name(), "", false,
                        singular.role(), false); // its own instance, so that the set knows it
                plural.add(entry);
                for (String form : cells[0].split("\\|")) {
                    titles.add(form.strip().toLowerCase(Locale.ROOT), entry);
                }
            }
        }
    }

    /** Whether {@code title} is a plural form. */
    boolean contains(GazetteerEntry title) {
        return title != null && plural.contains(title);
    }

    private static GazetteerEntry singular(PhraseTrie titles, String form) {
        List<Token> tokens = Tokenizer.tokenize(form, 0, form.length());
        PhraseTrie.Match m = titles.longest(tokens, 0, tokens.size());
        return m != null && m.end() == tokens.size() ? m.entry() : null;
    }
}
