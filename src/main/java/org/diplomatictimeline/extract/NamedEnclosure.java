package org.diplomatictimeline.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.diplomatictimeline.extract.mention.Mention;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.DocumentDate;
import org.diplomatictimeline.model.EventType;

/**
 * The occasion a clause happens inside when a cue names the occasion's kind ("a reception during the prime
 * minister's visit", "durante la gira del canciller"): the latest dated occasion of that kind, not merely the latest
 * dated encounter, which may be an earlier meeting the article recalls in between ("They met in May. ... A forum
 * will be held during the visit"). The cues are those of {@code enclosure-cues.txt}.
 *
 * @param occasion the occasion the clause happens inside
 * @param cue      the words from the cue to the occasion's word, for the reason of a date
 * @param word     the occasion's word after the cue: it names the occasion told before, no new one
 */
record NamedEnclosure(EventMention occasion, String cue, Trigger word) {

    /** An occasion over this many days before the article is a recalled one, not the news the cue points back to. */
    private static final int RECALLED_DAYS = 31;
    /** How far after the occasion's word its destination may start ("visit to the", "visite en", "визита в"). */
    private static final int DESTINATION_GAP = 12;

    /**
     * The latest occasion of the kind the sentence's cue names, if a word of such a kind follows the cue within
     * reach and an occasion of that kind, not long past at the article's date, was told before; empty otherwise.
     *
     * @param found  the sentence's triggers
     * @param latest the latest dated enclosing occasion of each kind told before this sentence
     */
    static Optional<NamedEnclosure> of(String text, Sentence s, List<Trigger> found, List<Mention> mentions,
                                       Map<EventType, EventMention> latest, DocumentDate docDate) {
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        EnclosureCues.Enclosure enclosure = EnclosureCues.of(text, s);
        Optional<Trigger> word = found.stream().filter(enclosure::holds).min((a, b) -> a.start() - b.start());
        if (word.isEmpty()) {
            return Optional.empty();
        }
        EventMention occasion = latest.get(word.get().type());
        if (occasion == null || occasion.when().span() == null || recalled(occasion, docDate)
                || elsewhere(word.get(), mentions, occasion)) {
            return Optional.empty();
        }
        int cueStart = text.lastIndexOf(' ', Math.max(s.start(), enclosure.from() - 2)) + 1;
        return Optional.of(new NamedEnclosure(occasion,
                text.substring(Math.max(s.start(), cueStart), word.get().end()).strip(), word.get()));
    }

    /**
     * "during his visit to the U.S.", after a visit to Seoul was told: the word names where its occasion went, and
     * that is not where the occasion told before is, so it is another one.
     */
    private static boolean elsewhere(Trigger word, List<Mention> mentions, EventMention occasion) {
        for (Mention m : mentions) {
            if (m.isPlace() && m.start() >= word.end() && m.start() - word.end() <= DESTINATION_GAP) {
                return occasion.places().stream().noneMatch(p -> !p.countryCode().isEmpty()
                        && p.countryCode().equals(m.countryCode()));
            }
        }
        return false;
    }

    private static boolean recalled(EventMention occasion, DocumentDate docDate) {
        if (!docDate.isKnown() || docDate.precision() != DatePrecision.DAY) {
            return false;
        }
        LocalDate article = IsoDays.parse(docDate.value());
        return occasion.when().span().last().isBefore(article.minusDays(RECALLED_DAYS));
    }
}
