package org.diplomatictimeline.extract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.diplomatictimeline.model.DocumentDate;

/**
 * What extraction learns from one article on its own, before any other article is looked at: everything the
 * cross-article stages (merging, year borrowing) need of it, and all an {@link ArticleCache} keeps.
 *
 * @param date          the article's inferred date
 * @param language      the language its body was identified in, or null when none could be (too little text)
 * @param yearlessStamp the dateline stamp without a year, which year borrowing may complete; empty if none
 * @param mentions      its event mentions in sentence order
 */
public record ArticleAnalysis(DocumentDate date, String language, Optional<DatelineReader.Stamp> yearlessStamp,
                              List<EventMention> mentions) {

    public ArticleAnalysis {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(yearlessStamp, "yearlessStamp");
        mentions = List.copyOf(mentions);
    }
}
