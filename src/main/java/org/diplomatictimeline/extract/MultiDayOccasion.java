package org.diplomatictimeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.diplomatictimeline.extract.MergeRule.Scope;
import org.diplomatictimeline.model.DateModifier;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.DateSpan;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.ParticipantKind;

/**
 * One summit or visit of several days that an article tells in several mentions ("the two-day summit opened on
 * Saturday ... it closed on Sunday", "will visit from the 11th to the 12th ... the summit on the 11th"): clusters of
 * one article of the same family, with the very same people (or, naming none, the same organisations), whose days
 * meet or touch, become one event dated over all their days. A mention joins one cluster while the article is read,
 * so two such clusters never met; and two different days kept them apart. Precision first: a different set of
 * people (the bilateral summit beside the regional one), a different series number or occasion key, or days more
 * than a week apart, keep them apart.
 */
final class MultiDayOccasion {

    /** The longest a summit or visit told over several days is taken to last. */
    static final int MAX_DAYS = 7;
    /** The key prefix of "a second round", "the next meeting" (EventAssembler): a later occasion than one told. */
    static final String NEXT_PREFIX = "next:";

    private MultiDayOccasion() {
    }

    /** The clusters of one article, in order, with the parts of one multi-day occasion folded into the first. */
    static List<EventCluster> fold(List<EventCluster> clusters) {
        List<EventCluster> kept = new ArrayList<>();
        List<DateSpan> days = new ArrayList<>();
        List<Boolean> folded = new ArrayList<>();
        for (EventCluster c : clusters) {
            int into = -1;
            DateSpan own = dayOnly(c.date()) ? c.date().span() : null;
            for (int i = 0; own != null && into < 0 && i < kept.size(); i++) {
                if (days.get(i) != null && oneOccasion(kept.get(i), days.get(i), c, own)) {
                    into = i;
                }
            }
            if (into < 0) {
                kept.add(c);
                days.add(own);
                folded.add(false);
            } else {
                kept.get(into).absorb(c);
                days.set(into, days.get(into).union(own));
                folded.set(into, true);
            }
        }
        List<EventCluster> result = new ArrayList<>(kept.size());
        for (int i = 0; i < kept.size(); i++) {
            result.add(folded.get(i) ? overDays(kept.get(i), days.get(i)) : kept.get(i));
        }
        return result;
    }

    /**
     * Whether a cluster {@code c} over {@code own} days tells the occasion {@code x} told over {@code span}: the
     * same family, the same people or organisations, days that meet or touch within a week, and every other rule
     * of one article allows it (the dates' own rule is what this relation relaxes).
     */
    static boolean oneOccasion(EventCluster x, DateSpan span, EventCluster c, DateSpan own) {
        if (!sameFamily(x.type(), c.type()) || !sameParties(x, c) || !keysAgree(x.key(), c.key())) {
            return false;
        }
        boolean touch = !own.first().isAfter(span.last().plusDays(1)) && !span.first().isAfter(own.last().plusDays(1));
        if (!touch || span.union(own).lengthInDays() > MAX_DAYS) {
            return false;
        }
        if (x.type() == EventType.VISIT && !(span.contains(own.first()) && span.contains(own.last())
                || own.contains(span.first()) && own.contains(span.last()))
                && ArgumentAgreement.placeAgreement(x.places(), c.places()) <= 0) {
            return false; // a tour's legs on following days, naming only the visitor, are visits of their own
        }
        for (MergeRule r : MergeRule.values()) {
            if (r != MergeRule.DATES_AGREE && r != MergeRule.OCCASION_KEYS_AGREE
                    && !r.allows(x, c, Scope.SAME_DOCUMENT)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The occasion keys agree: the same, or one blank and the other a series number; and "the next summit" told
     * again ("the second summit", "the 2nd Summit", over the same days) is one later occasion, never the one told
     * before it without a key.
     */
    static boolean keysAgree(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (a.isBlank() || b.isBlank()) {
            String other = a.isBlank() ? b : a;
            return OccasionNumber.numbered(other);
        }
        return next(a) && (next(b) || OccasionNumber.numbered(b)) || next(b) && OccasionNumber.numbered(a);
    }

    private static boolean next(String key) {
        return key.startsWith(NEXT_PREFIX);
    }

    private static boolean sameFamily(EventType a, EventType b) {
        return ClusterRelations.summitLike(a) && ClusterRelations.summitLike(b)
                || a == EventType.VISIT && b == EventType.VISIT;
    }

    /** The very same named people; or, neither naming a person, the same organisations. Countries may only add. */
    private static boolean sameParties(EventCluster a, EventCluster b) {
        Set<String> pa = a.ids(ParticipantKind.PERSON);
        Set<String> pb = b.ids(ParticipantKind.PERSON);
        Set<String> oa = a.ids(ParticipantKind.ORGANISATION);
        Set<String> ob = b.ids(ParticipantKind.ORGANISATION);
        boolean parties = !pa.isEmpty() ? pa.equals(pb) : pb.isEmpty() && !oa.isEmpty() && oa.equals(ob);
        Set<String> ca = a.ids(ParticipantKind.COUNTRY);
        Set<String> cb = b.ids(ParticipantKind.COUNTRY);
        return parties && (ca.containsAll(cb) || cb.containsAll(ca));
    }

    /** A known date of days (one or a closed range), not a month nor "before Friday". */
    private static boolean dayOnly(EventDate d) {
        return d.isKnown() && d.precision() == DatePrecision.DAY && d.modifier() == DateModifier.NONE;
    }

    /** The cluster again, each member dated by days inside the occasion's now dated over all of them. */
    private static EventCluster overDays(EventCluster c, DateSpan span) {
        EventCluster widened = null;
        for (EventMention m : c.members) {
            EventMention w = m;
            EventDate d = m.when();
            if (dayOnly(d) && span.contains(d.span().first()) && span.contains(d.span().last())
                    && !d.span().equals(span)) {
                String first = span.first().toString();
                String last = span.last().toString();
                EventDate whole = new EventDate(first, first.equals(last) ? null : last, DatePrecision.DAY,
                        DateModifier.NONE, d.basis(), span, d.reason() + "; the occasion the article tells over "
                        + first + " to " + last);
                w = m.withWhen(whole);
            }
            if (widened == null) {
                widened = new EventCluster(w);
            } else {
                widened.absorb(new EventCluster(w));
            }
        }
        return widened;
    }
}
