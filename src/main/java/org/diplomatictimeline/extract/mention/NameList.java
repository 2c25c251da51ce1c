package org.diplomatictimeline.extract.mention;

import java.util.List;
import java.util.function.IntFunction;

/**
 * Reads the list of names a plural title leads: "Presidents A of X, B of Y and C", "os presidentes A e B",
 * "ministros A (Fazenda) e B": where each name ends (its country complement or bracket after it included) and where
 * the next one starts, after a comma, a semicolon or a conjunction of the language folders.
 */
final class NameList {

    /** One listed name: its tokens [from, to), the country its complement names (or null), and where it ends. */
    record Item(int from, int to, PhraseTrie.Match country, int end) {
    }

    /** Most tokens inside a bracket after a name ("(Relações Exteriores)"). */
    private static final int MAX_BRACKET = 6;

    private final Gazetteer g;
    private final NameParser names;
    private final IntFunction<PhraseTrie.Match> entityAt;
    private final List<Token> tokens;

    NameList(Gazetteer g, NameParser names, IntFunction<PhraseTrie.Match> entityAt, List<Token> tokens) {
        this.g = g;
        this.names = names;
        this.entityAt = entityAt;
        this.tokens = tokens;
    }

    /** The name [from, to) with what follows it: "of Armenia", "(Brazil)", "(Fazenda)". */
    Item item(int from, int to) {
        int n = tokens.size();
        if (to + 1 < n && g.titleLinks.contains(tokens.get(to).key())) {
            PhraseTrie.Match m = country(to + 1);
            if (m != null) {
                return new Item(from, to, m, m.end());
            }
        }
        if (to < n && tokens.get(to).is("(")) {
            for (int k = to + 1; k < n && k <= to + MAX_BRACKET && !tokens.get(k).lineBefore(); k++) {
                if (tokens.get(k).is(")")) {
                    PhraseTrie.Match m = country(to + 1);
                    return new Item(from, to, m != null && m.end() == k ? m : null, k + 1);
                }
            }
        }
        return new Item(from, to, null, to);
    }

    /**
     * The start of the next name after an item that ends at {@code end}, or -1 when the list stops there: a comma, a
     * semicolon, a conjunction or a comma and a conjunction must come first, and a name-shaped word after them.
     */
    int nextStart(int end) {
        int n = tokens.size();
        int k = end;
        boolean separated = false;
        if (k < n && (tokens.get(k).is(",") || tokens.get(k).is(";"))) {
            k++;
            separated = true;
        }
        if (k < n && g.conjunctions.contains(tokens.get(k).key())) {
            k++;
            separated = true;
        }
        if (!separated || k >= n || tokens.get(k).lineBefore() || !names.isNameWord(tokens, k, true)) {
            return -1;
        }
        return k;
    }

    private PhraseTrie.Match country(int at) {
        PhraseTrie.Match m = entityAt.apply(at);
        return m != null && m.entry().kind() == MentionKind.COUNTRY ? m : null;
    }
}
