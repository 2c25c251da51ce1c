package org.diplomatictimeline.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.diplomatictimeline.extract.lang.LanguageFolders;
import org.diplomatictimeline.model.EventDate;

/** The day an occasion closes an encounter on ("a press conference at the close of the summit"): its last day. */
final class ClosingDay {

    private final EventDateResolver dates;

    ClosingDay(EventDateResolver dates) {
        this.dates = dates;
    }

    /** "at the close of", "à l'issue de" (dating.tsv, kind CLOSING), as word sequences. */
    private static final List<String[]> CLOSING = LanguageFolders
            .withWordsOfKind("dating.tsv", "CLOSING").stream().map(p -> p.split("\\+")).toList();
    /** How many words after an occasion's first word a closing cue may start ("conference at the close of"). */
    private static final int CLOSING_REACH = 5;

    /**
     * The date of an occasion that closes an encounter ("told a press conference at the close of the summit"): the
     * last day of the first dated encounter among {@code encounters}; empty when no closing cue follows it.
     */
    Optional<EventDate> of(Clause c, Trigger t, EventMention... encounters) {
        List<Token> k = c.tokens();
        boolean closes = false;
        for (int i = t.tokenIndex() + 1; i < Math.min(k.size(), t.tokenIndex() + CLOSING_REACH) && !closes; i++) {
            for (String[] words : CLOSING) {
                boolean all = i + words.length <= k.size();
                for (int j = 0; all && j < words.length; j++) {
                    all = k.get(i + j).lower().equals(words[j]);
                }
                closes |= all;
            }
        }
        for (EventMention e : encounters) {
            if (closes && e != null && e.when().isKnown()) {
                return Optional.of(dates.lastDayOf(e.when(), "at the close",
                        e.type().label().toLowerCase(Locale.ROOT)));
            }
        }
        return Optional.empty();
    }
}
