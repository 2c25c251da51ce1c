package org.diplomatictimeline.brief;

import java.util.Objects;

/**
 * One numbered source of a chronology entry: the quoted excerpt and where it is in which article.
 *
 * @param number   the footnote number, unique in one chronology, from 1 in reading order
 * @param outlet   the outlet that published the article, or empty when unknown
 * @param date     the article's date as a TIMEX3 value, or null when unknown
 * @param start    Java string offset of the excerpt in the article's text, inclusive
 * @param end      exclusive offset
 */
public record Citation(int number, String documentId, String outlet, String title, String date, int start, int end,
                       String text) {

    public Citation {
        Objects.requireNonNull(documentId, "documentId");
        outlet = outlet == null ? "" : outlet;
        title = title == null ? "" : title;
        Objects.requireNonNull(text, "text");
    }

    /** The outlet, else the article's title, else its id: how a reader recognises the source. */
    public String sourceName() {
        return !outlet.isEmpty() ? outlet : !title.isEmpty() ? title : documentId;
    }
}
