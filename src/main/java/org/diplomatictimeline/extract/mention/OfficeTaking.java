package org.diplomatictimeline.extract.mention;

import java.util.Arrays;
import java.util.List;
import org.diplomatictimeline.extract.lang.LanguageFolders;

/**
 * The words that tell someone taking an office ("was sworn in", "took office", "juró", "a prêté serment", "wurde
 * vereidigt", "вступил в должность"), read from every folder's {@code parties.tsv} (kind OFFICE_TAKEN, a phrase a
 * row): right after a run of capitalised words they make it a person's name, as a verb of saying does. Only a person
 * is sworn in, so "Ana Ruiz was sworn in as president" names Ana Ruiz, not only the country she will lead.
 */
final class OfficeTaking {

    /** Each phrase as the keys of its words ("was", "sworn", "in"), accents folded as the tokens' keys are. */
    private static final List<String[]> PHRASES = LanguageFolders.phrasesOfKind("parties.tsv", "OFFICE_TAKEN")
            .stream().map(p -> Arrays.stream(p.split(" ")).map(w -> Tokenizer.key(w, 0, w.length()))
                    .toArray(String[]::new))
            .toList();

    private OfficeTaking() {
    }

    /** Whether one of the phrases begins at token {@code at}. */
    static boolean startsAt(List<Token> tokens, int at) {
        for (String[] phrase : PHRASES) {
            if (at + phrase.length > tokens.size()) {
                continue;
            }
            boolean all = true;
            for (int k = 0; k < phrase.length && all; k++) {
                all = tokens.get(at + k).is(phrase[k]);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }
}
