package org.diplomatictimeline.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A fast rule-based temporal tagger for news: one tokenising pass, then hash lookups and bounded look-ahead per token,
 * so its cost grows linearly with the text. Relative expressions are resolved against the anchor date using the
 * tense of their clause. Immutable and thread-safe.
 */
public final class NewsTemporalTagger implements TemporalTagger {

    public NewsTemporalTagger() {
        Vocabulary.get();
    }

    @Override
    public List<Timex> tag(String text, int from, int to, LocalDate anchor) {
        Objects.requireNonNull(text, "text");
        if (from < 0 || to > text.length() || from > to) {
            throw new IndexOutOfBoundsException("range " + from + ".." + to + " of a text of " + text.length());
        }
        return List.copyOf(new Scan(text, from, to, anchor).run());
    }
}
