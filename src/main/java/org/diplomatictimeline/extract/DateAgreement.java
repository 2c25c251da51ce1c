package org.diplomatictimeline.extract;

import static org.diplomatictimeline.extract.ClusterRelations.sameKnownDate;
import static org.diplomatictimeline.extract.ClusterRelations.sameNamedOccasion;
import static org.diplomatictimeline.extract.MergeRule.STALE_DAYS;
import static org.diplomatictimeline.extract.MergeRule.nearReport;
import static org.diplomatictimeline.extract.MergeRule.needsNamedOccasion;
import static org.diplomatictimeline.extract.MergeRule.singleDay;
import static org.diplomatictimeline.extract.MergeRule.tellsApart;
import static org.diplomatictimeline.extract.MergeRule.visitAndTalks;

import java.time.LocalDate;
import org.diplomatictimeline.extract.MergeRule.Scope;
import org.diplomatictimeline.model.DateModifier;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventType;

/**
 * Whether the dates of two clusters let them be one occasion: the predicates behind the date rules of
 * {@link MergeRule}, each a pure function of the two clusters and the scope.
 */
final class DateAgreement {

    private DateAgreement() {
    }

    /** Spans meet, two single days are one day; across articles a finer date lies inside a coarser one and a date
     *  of a year or more names its occasion ({@link MergeRule#DATES_AGREE}). */
    static boolean datesAgree(EventCluster a, EventCluster b, Scope scope) {
        EventDate da = a.date();
        EventDate db = b.date();
        if (!da.isKnown() || !db.isKnown()) {
            return true; // UNDATED_ONLY_NEAR_ITS_REPORT decides
        }
        if (!da.span().overlaps(db.span()) || singleDay(da) && singleDay(db) && !da.value().equals(db.value())) {
            return false;
        }
        if (scope == Scope.SAME_DOCUMENT) {
            return true;
        }
        // a year is too coarse to say two articles tell of one occasion unless they name it
        if ((needsNamedOccasion(da) || needsNamedOccasion(db)) && !sameNamedOccasion(a, b)) {
            return false;
        }
        if (da.isRange() || db.isRange() || da.precision() == db.precision()) {
            return true;
        }
        EventDate fine = da.precision().isFinerOrEqual(db.precision()) ? da : db;
        EventDate coarse = fine == da ? db : da;
        return !fine.span().first().isBefore(coarse.span().first())
                && !fine.span().last().isAfter(coarse.span().last());
    }

    /** Across articles an undated report joins only an event near the day its own article was written, and never
     *  one dated only to a year or more unless both name the occasion ({@link MergeRule#UNDATED_ONLY_NEAR_ITS_REPORT}). */
    static boolean undatedNearItsReport(EventCluster a, EventCluster b, Scope scope) {
        boolean ka = a.date().isKnown();
        boolean kb = b.date().isKnown();
        if (scope == Scope.SAME_DOCUMENT || ka && kb) {
            return true;
        }
        if (!ka && !kb) {
            LocalDate ra = a.earliestReport();
            LocalDate rb = b.earliestReport();
            return ra != null && rb != null && !ra.isAfter(rb.plusDays(STALE_DAYS))
                    && !rb.isAfter(ra.plusDays(STALE_DAYS));
        }
        EventCluster undated = ka ? b : a;
        EventCluster dated = ka ? a : b;
        if (needsNamedOccasion(dated.date()) && !sameNamedOccasion(a, b)) {
            return false; // "their 2022 meeting" is no nearer one report of that year than any other
        }
        LocalDate reported = undated.earliestReport();
        if (reported == null) {
            // Fifteen years of unrelated articles must not lend each other years: only today's news qualifies.
            LocalDate datedReport = dated.earliestReport();
            return datedReport != null && nearReport(dated.date(), datedReport, dated.anyPlanned());
        }
        return nearReport(dated.date(), reported, undated.anyPlanned());
    }

    /** Statements merge only when both give the same single day ({@link MergeRule#STATEMENTS_ONLY_ON_ONE_DAY}). */
    static boolean statementsOnOneDay(EventCluster a, EventCluster b) {
        if (a.type() != EventType.STATEMENT && b.type() != EventType.STATEMENT) {
            return true;
        }
        EventDate da = a.date();
        EventDate db = b.date();
        return da.isKnown() && db.isKnown() && da.precision() == DatePrecision.DAY
                && db.precision() == DatePrecision.DAY && da.modifier() == DateModifier.NONE
                && db.modifier() == DateModifier.NONE && da.value().equals(db.value());
    }

    /** Within an article, a visit and meetings or talks dated to half a year or finer are two occasions; an undated
     *  word of the other family refers back only to one that is news ({@link MergeRule#VISIT_APART_FROM_ITS_TALKS}). */
    static boolean visitApartFromItsTalks(EventCluster a, EventCluster b, Scope scope) {
        if (scope != Scope.SAME_DOCUMENT || !visitAndTalks(a, b) || !a.date().isKnown() && !b.date().isKnown()) {
            return true;
        }
        if (a.date().isKnown() && b.date().isKnown()) {
            // "the visit coincides with the 2019 ...", "during the three-day visit he will hold talks": a year,
            // or the visit's own days, tell no occasion apart from the visit.
            return !(tellsApart(a.date()) && tellsApart(b.date()))
                    || a.date().isRange() && sameKnownDate(a.date(), b.date());
        }
        EventCluster dated = a.date().isKnown() ? a : b;
        LocalDate reported = (dated == a ? b : a).earliestReport();
        return reported == null || !dated.date().span().last().isBefore(reported.minusDays(STALE_DAYS));
    }
}
