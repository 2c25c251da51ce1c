package org.diplomatictimeline.extract.mention;

import java.util.List;
import java.util.Set;

/**
 * The longest gazetteer phrase at each token of one document, in English or in the document's language, looked up
 * once per token. Not thread-safe; one per {@link DocumentScan}.
 */
final class EntityLookup {

    private final Gazetteer g;
    /** Country names of the document's language folder (of every folder when the language is unknown). */
    private final List<PhraseTrie> foreign;
    /** One-word event triggers of the document's language, which are not read as one-word place names. */
    private final Set<String> triggerWords;
    private final List<Token> tokens;
    /** Where a city of the long generated list is read: only in place contexts. */
    private final PlaceCue placeCue;
    private final PhraseTrie.Match[] memo;
    private final boolean[] known;

    EntityLookup(Gazetteer gazetteer, List<Token> tokens, String text, String language) {
        this.g = gazetteer;
        this.foreign = gazetteer.foreignEntities(language);
        this.triggerWords = language == null ? Set.of()
                : gazetteer.triggerWordsByLanguage.getOrDefault(language, Set.of());
        this.tokens = tokens;
        this.placeCue = new PlaceCue(gazetteer, tokens, text, language, triggerWords, this::at);
        this.memo = new PhraseTrie.Match[tokens.size()];
        this.known = new boolean[tokens.size()];
    }

    /** The longest gazetteer phrase at token {@code i}, or null. */
    PhraseTrie.Match at(int i) {
        if (!known[i]) {
            PhraseTrie.Match best = g.entities.longest(tokens, i, tokens.size());
            for (PhraseTrie trie : foreign) {
                PhraseTrie.Match m = trie.longest(tokens, i, tokens.size());
                if (m != null && (best == null || m.end() > best.end())) {
                    best = m; // an English name of the same length wins
                }
            }
            PhraseTrie.Match city = placeCue.city(i); // after the hand-written names: "Antigua Guatemala"
            if (city != null && (best == null || city.end() > best.end())) {
                best = city;
            }
            if (best != null && best.end() == i + 1 && triggerWords.contains(tokens.get(i).key())) {
                best = null;
            }
            if (best == null) {
                best = placeCue.unlisted(i); // "the town of X", "in X, Niue": a place no list holds
            }
            memo[i] = best;
            known[i] = true;
        }
        return memo[i];
    }
}
