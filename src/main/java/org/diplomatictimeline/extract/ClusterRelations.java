package org.diplomatictimeline.extract;

import static org.diplomatictimeline.extract.MergeRule.SIDELINE_TYPES;
import static org.diplomatictimeline.extract.MergeRule.TALK_TYPES;
import static org.diplomatictimeline.extract.MergeRule.singleDay;

import java.time.LocalDate;
import java.util.Objects;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventType;

/**
 * What two clusters of mentions have in common (a named occasion, a date, a visit's days, a bare "the talks"), the
 * facts several {@link MergeRule}s ask about; each is a pure function of the two clusters.
 */
final class ClusterRelations {

    private ClusterRelations() {
    }

    /**
     * "Monday's talks" naming no one nor any place, and a meeting of the same article on that day or with no date
     * of its own: the article's one encounter, dated by the bare words and named by the other. Only a single day:
     * "talks from July to December" is no one occasion.
     */
    static boolean bareTalks(EventCluster bare, EventCluster named) {
        return TALK_TYPES.contains(bare.type()) && TALK_TYPES.contains(named.type()) && bare.places().isEmpty()
                && singleDay(bare.date()) && (!named.date().isKnown() || sameKnownDate(bare.date(), named.date()));
    }

    /** Two meetings or talks dated over the same days (both held during one summit or visit). */
    static boolean bilateralsOverTheSameDays(EventCluster a, EventCluster b) {
        return SIDELINE_TYPES.contains(a.type()) && SIDELINE_TYPES.contains(b.type())
                && a.date().precision() == DatePrecision.DAY && sameKnownDate(a.date(), b.date());
    }

    static boolean sameKnownDate(EventDate a, EventDate b) {
        return a.isKnown() && b.isKnown() && a.precision() == b.precision() && a.value().equals(b.value())
                && Objects.equals(a.endValue(), b.endValue());
    }

    static boolean summitLike(EventType t) {
        return t == EventType.SUMMIT || t == EventType.FORUM;
    }

    /** Both name the same occasion (an anniversary's founding, a sanction's target); a series number does not. */
    static boolean sameOccasion(EventCluster a, EventCluster b) {
        // a series number alone names no occasion: "the 43rd summit" of one body is not another body's 43rd
        return !a.key().isBlank() && !OccasionNumber.numbered(a.key()) && a.key().equals(b.key());
    }

    static boolean plannedAfterReport(EventCluster c, EventDate other) {
        LocalDate reported = c.latestPlannedReport();
        return !other.isKnown() || reported == null || !other.span().last().isBefore(reported);
    }

    static boolean visitAndOneDayWithin(EventCluster visit, EventCluster other) {
        EventDate range = visit.date();
        return range.isRange() && range.span().lengthInDays() > 1 && visit.hasType(EventType.VISIT)
                && singleDay(other.date()) && !other.hasType(EventType.VISIT);
    }
}
