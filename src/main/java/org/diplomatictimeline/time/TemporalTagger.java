package org.diplomatictimeline.time;

import java.time.LocalDate;
import java.util.List;

/** Finds temporal expressions in text and normalises them against an anchor date. */
public interface TemporalTagger {

    /**
     * Tags the whole text.
     *
     * @param anchor the document creation time, or null when unknown: relative expressions then keep "XXXX"
     *               parts (or PAST_REF/FUTURE_REF) instead of guessing
     */
    default List<Timex> tag(String text, LocalDate anchor) {
        return tag(text, 0, text.length(), anchor);
    }

    /** Tags text[from, to); offsets in the result are offsets into {@code text}. */
    List<Timex> tag(String text, int from, int to, LocalDate anchor);
}
