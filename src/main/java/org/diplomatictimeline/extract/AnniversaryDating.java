package org.diplomatictimeline.extract;

import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.DocumentDate;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventStatus;

/**
 * Dates an anniversary whose starting point no table knows ("the 75th anniversary of bilateral relations" between
 * two countries whose founding date is not listed, "the anniversary of the treaty"): from its own clause, since an
 * anniversary the news marks falls near the report.
 */
final class AnniversaryDating {

    /** An anniversary marked in the news lies within a year of the article; a date further off is what it counts from. */
    private static final int NEAR_YEARS = 1;

    private final EventDateResolver dates;

    AnniversaryDating(EventDateResolver dates) {
        this.dates = dates;
    }

    /**
     * The anniversary's date read from its clause: the date the sentence gives ("mark the 40th anniversary on
     * Monday", "this year") or that of the visit it happens during ("a reception during the visit to celebrate the
     * 40th anniversary"); else, told in the present or the future, the article's year ("in the 75th anniversary of
     * relations"). Unknown when the clause speaks of the past without a date or the date is far from the article.
     *
     * @param ordinal    N of "Nth anniversary", 0 when the text gives none
     * @param clauseDate the date the clause's own dating gives the trigger
     * @param sentenceDated whether that date is the sentence's own (stated or resolved from its expressions)
     */
    EventDate fromClause(Clause c, Trigger t, int ordinal, EventDate clauseDate, boolean sentenceDated,
                         String subject) {
        if (ordinal <= 0) {
            // "to mark the anniversary": without its count it names the one told before, not an occasion of its own.
            return unknown(subject);
        }
        DocumentDate doc = c.docDate();
        boolean inside = c.withinCue() != null && c.enclosing() != null;
        if (clauseDate.isKnown() && (sentenceDated || inside)) {
            return near(clauseDate, doc) ? clauseDate : unknown(subject);
        }
        if (t.status() != EventStatus.HAPPENED && doc.isKnown()) {
            int year = Integer.parseInt(doc.value().substring(0, 4));
            return dates.anniversary(year, "an anniversary told in the present falls in the article's year " + year);
        }
        return unknown(subject);
    }

    /**
     * "A reception during the visit to celebrate the 40th anniversary": an anniversary known to its year, marked
     * inside an occasion that falls in that year, is marked on the occasion's days.
     */
    EventDate insideOccasion(Clause c, EventDate year) {
        EventMention occasion = c.enclosing();
        if (c.withinCue() == null || occasion == null || !year.isKnown() || year.span() == null
                || year.precision() != DatePrecision.YEAR
                || !occasion.when().isKnown() || occasion.when().span() == null
                || !occasion.when().precision().isFinerOrEqual(DatePrecision.DAY)
                || occasion.when().span().first().isBefore(year.span().first())
                || occasion.when().span().last().isAfter(year.span().last())) {
            return year;
        }
        return dates.within(occasion.when(), c.withinCue().trim(), occasion.type().label().toLowerCase(),
                occasion.status() == EventStatus.PLANNED);
    }

    private static boolean near(EventDate date, DocumentDate doc) {
        if (!doc.isKnown() || date.span() == null) {
            return true;
        }
        int docYear = Integer.parseInt(doc.value().substring(0, 4));
        return Math.abs(date.span().first().getYear() - docYear) <= NEAR_YEARS;
    }

    private static EventDate unknown(String subject) {
        return EventDate.unknown("the anniversary's year cannot be computed from '" + subject + "'");
    }
}
