package org.diplomatictimeline.extract;

import static org.diplomatictimeline.extract.ClusterRelations.comingInThePast;
import static org.diplomatictimeline.extract.ClusterRelations.comingRound;
import static org.diplomatictimeline.extract.ClusterRelations.nextRound;
import static org.diplomatictimeline.extract.ClusterRelations.plannedAfterReport;
import static org.diplomatictimeline.extract.ClusterRelations.programmeMeeting;
import static org.diplomatictimeline.extract.ClusterRelations.sameKnownDate;
import static org.diplomatictimeline.extract.ClusterRelations.sameNamedOccasion;
import static org.diplomatictimeline.extract.ClusterRelations.sameOccasion;
import static org.diplomatictimeline.extract.ClusterRelations.summitLike;
import static org.diplomatictimeline.extract.ClusterRelations.visitAndOneDayWithin;

import java.time.LocalDate;
import java.util.Set;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventType;

/**
 * The named conditions two clusters of mentions must all meet to be one event. Within one article they are lenient
 * (the article's own "the meeting" refers back); across articles they put precision first: dates agree at their
 * precisions, the core participants (or the named occasion) agree, places do not conflict, and an undated report
 * joins only what happened near the day its own article was written.
 */
enum MergeRule {

    /** Meetings, talks, negotiations and visits are one family, summits and forums another; across articles a
     *  visit is not a summit (a host's summit is not his guest's trip). */
    TYPES_AGREE {
        @Override
        boolean allows(EventCluster a, EventCluster b, Scope scope) {
            return typesAgree(a.type(), b.type(), scope);
        }
    },

    /** Two dates agree when their spans meet, two single days are the same day, and across articles a finer date
     *  lies inside a coarser one and a date of a year or more names its occasion. */
    DATES_AGREE {
        @Override
        boolean allows(EventCluster a, EventCluster b, Scope scope) {
            return DateAgreement.datesAgree(a, b, scope);
        }
    },

    /** Across articles an undated report joins only an event near the day its own article was written: within
     *  two weeks, or within a quarter ahead when it reports the event as coming. A report from an article without a
     *  date joins only an event that is news in its own dated article (see UNDATED_ARTICLE_AGREES_FULLY). */
    UNDATED_ONLY_NEAR_ITS_REPORT {
        @Override
        boolean allows(EventCluster a, EventCluster b, Scope scope) {
            return DateAgreement.undatedNearItsReport(a, b, scope);
        }
    },

    /** A report from an article with no date of its own joins another article's event only when the two agree in
     *  full: two named people in common (and no conflicting place), or the one person a side names and the very
     *  same place, unless that is his own country's (Washington's Secretary of State, met there on many days). */
    UNDATED_ARTICLE_AGREES_FULLY {
        @Override
        boolean allows(EventCluster a, EventCluster b, Scope scope) {
            return ParticipantAgreement.undatedArticleAgreesFully(a, b, scope);
        }
    },

    /** A report that an event is still to come cannot describe one that ended before the report was written.
     *  Within an article, one whose own date lies before the article was told as coming from the story's past
     *  ("he arrived on Wednesday ahead of the summit"): that tells nothing apart. */
    PLANNED_NOT_BEFORE_REPORT {
        @Override
        boolean allows(EventCluster a, EventCluster b, Scope scope) {
            boolean inArticle = scope == Scope.SAME_DOCUMENT;
            return (plannedAfterReport(a, b.date()) || inArticle && comingInThePast(a))
                    && (plannedAfterReport(b, a.date()) || inArticle && comingInThePast(b));
        }
    },

    /** A visit of several days and talks on one of its days are two events: the talks are part of the visit. */
    VISIT_NOT_ONE_OF_ITS_DAYS {
        @Override
        boolean allows(EventCluster a, EventCluster b, Scope scope) {
            if (!a.date().isKnown() || !b.date().isKnown()) {
                return true;
            }
            if (scope == Scope.SAME_DOCUMENT && (singleDay(a.date()) && singleDay(b.date())
                    || VisitOfDatedTalks.datedByItsTalks(a.date()) || VisitOfDatedTalks.datedByItsTalks(b.date()))
                    && a.hasType(EventType.VISIT) != b.hasType(EventType.VISIT)) {
                return false; // a day's visit holds its talks: the article tells of both
            }
            return !visitAndOneDayWithin(a, b) && !visitAndOneDayWithin(b, a);
        }
    },

    /** Within an article, a visit and meetings, talks or negotiations dated to half a year or finer are two
     *  occasions (a year tells nothing apart): the visit
     *  encloses them ("she first met ...", dated by the visit), linked by date, not merged. An undated word of the
     *  other family still refers back to an occasion that is news ("the visit" after "he received her on Monday"),
     *  never to one long past ("the first visit since 2016 ... she will meet"). */
    VISIT_APART_FROM_ITS_TALKS {
        @Override
        boolean allows(EventCluster a, EventCluster b, Scope scope) {
            return DateAgreement.visitApartFromItsTalks(a, b, scope);
        }
    },

    /** Within an article, a visit told first without a date and a sitting of two named people dated to a day in a
     *  later sentence are two acts ("arrived on a visit", then "on Sunday met the chancellor")
     *  ({@link ClusterRelations#datedSittingAfterUndatedVisit}). */
    LEAD_VISIT_APART_FROM_A_DATED_SITTING {
        @Override
        boolean allows(EventCluster a, EventCluster b, Scope scope) {
            return scope != Scope.SAME_DOCUMENT || !ClusterRelations.datedSittingAfterUndatedVisit(a, b)
                    && !ClusterRelations.datedSittingAfterUndatedVisit(b, a);
        }
    },

    /** Within an article, a visit of several days and a dated meeting of two named people in it are two occasions:
     *  the programme's talks, reception or audience is an item of its own ({@link ClusterRelations#programmeMeeting}). */
    PROGRAMME_MEETINGS_APART {
        @Override
        boolean allows(EventCluster a, EventCluster b, Scope scope) {
            return scope != Scope.SAME_DOCUMENT || !(a.date().isKnown() && b.date().isKnown())
                    || !programmeMeeting(a, b) && !programmeMeeting(b, a);
        }
    },

    /** Dated encounters of two types that one sentence tells side by side ("his visit to Egypt and the summit held
     *  there") were told apart by the sentence itself: within its article they stay two occasions. An undated one
     *  may still be told as part of the other ("during the summit the two presidents spoke"). */
    ONE_SENTENCE_OCCASIONS_APART {
        @Override
        boolean allows(EventCluster a, EventCluster b, Scope scope) {
            return scope != Scope.SAME_DOCUMENT || a.type() == b.type() || !EventTypeProfile.encounter(a.type())
                    || !EventTypeProfile.encounter(b.type()) || !a.date().isKnown() || !b.date().isKnown()
                    || visitAndTalks(a, b) || !a.sharesSentenceWith(b); // a visit's talks: VISIT_APART_FROM_ITS_TALKS
        }
    },

    /** "The next meeting", "a second round" told as still to come is a later round than any its article tells as
     *  done ("previously they met in ..."): within an article it never takes in a report of one that happened;
     *  across articles a next round without a date joins nothing. */
    NEXT_ROUND_NOT_A_DONE_ONE {
        @Override
        boolean allows(EventCluster a, EventCluster b, Scope scope) {
            if (scope == Scope.SAME_DOCUMENT) {
                return !(comingRound(a) && b.anyHappened() || comingRound(b) && a.anyHappened());
            }
            // Across articles an undated "next round" is only "after what its own article told": none to match.
            return !(nextRound(a) && !a.date().isKnown() || nextRound(b) && !b.date().isKnown());
        }
    },

    /** Two numbered occasions of a series ("the 15th BRICS summit", "the 16th") are two occasions, in one article
     *  or across articles, whatever else they share. */
    NUMBERED_OCCASIONS_APART {
        @Override
        boolean allows(EventCluster a, EventCluster b, Scope scope) {
            return !(OccasionNumber.numbered(a.key()) && OccasionNumber.numbered(b.key())) || a.key().equals(b.key());
        }
    },

    /** Different anniversaries, sanctions on different targets, differently named occasions stay apart; an
     *  anniversary merges only with the same anniversary, across articles only when both say what it commemorates. */
    OCCASION_KEYS_AGREE {
        @Override
        boolean allows(EventCluster a, EventCluster b, Scope scope) {
            boolean keyed = a.type() == EventType.SANCTION || a.type() == EventType.ANNIVERSARY;
            if (!a.key().equals(b.key()) && (keyed || !a.key().isBlank() && !b.key().isBlank())) {
                return false;
            }
            return !(a.type() == EventType.ANNIVERSARY || b.type() == EventType.ANNIVERSARY)
                    || (scope == Scope.SAME_DOCUMENT ? sameOccasion(a, b) : sameNamedOccasion(a, b));
        }
    },

    /** A talk held one by one with a partner is not the group's meeting it was cut from ({@link SeparateMeetings}). */
    SEPARATE_TALKS_APART {
        @Override
        boolean allows(EventCluster a, EventCluster b, Scope scope) {
            return !SeparateMeetings.apartFromGroup(a, b);
        }
    },

    /** The core participants, or the named occasion, agree. Within an article one shared actor suffices, a bare
     *  "the meeting" refers back, and the reports of one summit need share no one (each names the few leaders it
     *  speaks of) unless names or holding bodies tell two summits apart. Across articles: two named people on each side share two; a side naming one shares him and a country,
     *  organisation or place besides; without people, two countries or one with the place, or an organisation. */
    CORE_PARTICIPANTS_AGREE {
        @Override
        boolean allows(EventCluster a, EventCluster b, Scope scope) {
            return ParticipantAgreement.coreParticipantsAgree(a, b, scope);
        }
    },

    /** Across articles, two reports sharing exactly one person are one occasion only when the other sides meet:
     *  a minister's talks with one country's envoy and his trip to two other countries in the same month are two
     *  occasions, as is a pact with one country and a visit by another's minister
     *  ({@link ParticipantAgreement#counterpartsAgree}). */
    COUNTERPARTS_AGREE {
        @Override
        boolean allows(EventCluster a, EventCluster b, Scope scope) {
            return ParticipantAgreement.counterpartsAgree(a, b, scope);
        }
    },

    /** Two places conflict when neither is the other, nor a country holding the other; no place conflicts with
     *  nothing. Anniversaries are marked in many places. */
    PLACES_DO_NOT_CONFLICT {
        @Override
        boolean allows(EventCluster a, EventCluster b, Scope scope) {
            return a.type() == EventType.ANNIVERSARY || b.type() == EventType.ANNIVERSARY
                    || ArgumentAgreement.placeAgreement(a.places(), b.places()) >= 0;
        }
    },

    /** A statement is one speaker on one day: statements merge only when both give the same single day. */
    STATEMENTS_ONLY_ON_ONE_DAY {
        @Override
        boolean allows(EventCluster a, EventCluster b, Scope scope) {
            return DateAgreement.statementsOnOneDay(a, b);
        }
    },

    /** Within an article, two encounters that could be one sitting ({@link ParticipantAgreement#couldBeOneSitting}:
     *  one day, the same days, or one of them undated) each naming a pair of people, each pair with someone the
     *  other lacks, are two meetings (the guest received by the king, then in the evening by the prime minister). */
    DISTINCT_PAIRS_APART {
        @Override
        boolean allows(EventCluster a, EventCluster b, Scope scope) {
            return ParticipantAgreement.distinctPairsApart(a, b, scope);
        }
    },

    /** Within an article, two sittings that could be one of the same person with partners of different countries
     *  ("saw the Tarvosi premier, and later also the Quellen foreign minister") are two meetings. */
    DISTINCT_PARTNERS_APART {
        @Override
        boolean allows(EventCluster a, EventCluster b, Scope scope) {
            return ParticipantAgreement.distinctPartnersApart(a, b, scope);
        }
    },

    /** Within an article, a multilateral summit and a meeting of two people at least one of whom the summit's
     *  reports do not name are two events: the bilateral meetings on a summit's sidelines are occasions of their
     *  own. */
    SIDELINE_MEETINGS_APART {
        @Override
        boolean allows(EventCluster a, EventCluster b, Scope scope) {
            return ParticipantAgreement.sidelineMeetingsApart(a, b, scope);
        }
    },

    /** Within an article, an act told as one more ("also signed an agreement on ...") in a sentence of its own is
     *  another document than the one told before ({@link AnotherAct}). */
    ANOTHER_ACT_APART {
        @Override
        boolean allows(EventCluster a, EventCluster b, Scope scope) {
            return !AnotherAct.apart(a, b, scope);
        }
    },

    /** Within an article, a sitting told as what followed the encounter just told ("Following the talks, the joint
     *  council met") is a second sitting of the day, not that one told again ({@link FollowingSitting}). */
    FOLLOWING_SITTING_APART {
        @Override
        boolean allows(EventCluster a, EventCluster b, Scope scope) {
            return !FollowingSitting.apart(a, b, scope);
        }
    },

    /** Events of no known type merge only under the same name. */
    OTHER_EVENTS_ONLY_BY_NAME {
        @Override
        boolean allows(EventCluster a, EventCluster b, Scope scope) {
            return a.type() != EventType.OTHER || a.name().equalsIgnoreCase(b.name());
        }
    };

    /** Whether the two clusters are mentions of one article or of different articles. */
    enum Scope { SAME_DOCUMENT, ACROSS_DOCUMENTS }

    static final Set<EventType> ENCOUNTERS = Set.of(EventType.MEETING, EventType.TALKS, EventType.NEGOTIATION,
            EventType.VISIT, EventType.SUMMIT);
    static final Set<EventType> SIDELINE_TYPES = Set.of(EventType.MEETING, EventType.TALKS);
    /** The words for people sitting down together, as against travelling to them. */
    static final Set<EventType> TALK_TYPES = Set.of(EventType.MEETING, EventType.TALKS, EventType.NEGOTIATION);
    static final int STALE_DAYS = 14;
    static final int PLANNED_DAYS = 92;

    /** Whether events of these two types can be one event ({@link #TYPES_AGREE}). */
    static boolean typesAgree(EventType ta, EventType tb, Scope scope) {
        if (ta == tb || summitLike(ta) && summitLike(tb)) {
            return true;
        }
        if (ENCOUNTERS.contains(ta) && ENCOUNTERS.contains(tb)) {
            return scope == Scope.SAME_DOCUMENT || !(ta == EventType.VISIT && tb == EventType.SUMMIT
                    || ta == EventType.SUMMIT && tb == EventType.VISIT);
        }
        return false;
    }

    /** Whether this rule lets {@code a} and {@code b} be one event. */
    abstract boolean allows(EventCluster a, EventCluster b, Scope scope);

    /** The first rule that keeps the two apart, or null when all allow the merge. */
    static MergeRule firstRefusing(EventCluster a, EventCluster b, Scope scope) {
        for (MergeRule r : values()) {
            if (!r.allows(a, b, scope)) {
                return r;
            }
        }
        return null;
    }

    /**
     * Two reports of the same type (not statements: two speakers in one sentence say two things) on the same date
     * told by the same sentence: one occasion whose parties the sentence spread over two triggers ("the accord the
     * envoy signed on Friday with the rebels' leader"). Encounters of distinct pairs stay apart (DISTINCT_PAIRS_APART).
     */
    static boolean oneSentenceRepeat(EventCluster a, EventCluster b) {
        return a.type() == b.type() && a.type() != EventType.STATEMENT && a.type() != EventType.OTHER
                && sameKnownDate(a.date(), b.date()) && a.sharesSentenceWith(b);
    }

    /** Whether a date is fine enough (half a year or finer) to tell an occasion from another of its article. */
    static boolean tellsApart(EventDate d) {
        return d.isKnown() && d.precision().isFinerOrEqual(DatePrecision.HALF_YEAR);
    }

    /** Whether one is a visit and the other a meeting, talks or negotiations. */
    static boolean visitAndTalks(EventCluster a, EventCluster b) {
        return a.type() == EventType.VISIT && TALK_TYPES.contains(b.type())
                || b.type() == EventType.VISIT && TALK_TYPES.contains(a.type());
    }

    /**
     * A known date of a year or more, or coarser than half a year: across articles it agrees with another date only
     * when both name the same occasion (DATES_AGREE). Merge blocking files such events by their occasion.
     */
    static boolean needsNamedOccasion(EventDate d) {
        return d.isKnown() && (!d.precision().isFinerOrEqual(DatePrecision.HALF_YEAR) || d.span().lengthInDays() > 400);
    }

    static boolean singleDay(EventDate d) {
        return d.precision() == DatePrecision.DAY && !d.isRange() && !d.modifier().isOpenEnded();
    }

    /** Whether the date falls near the report: from two weeks before to two weeks (a quarter if planned) after. */
    static boolean nearReport(EventDate date, LocalDate reported, boolean planned) {
        int ahead = planned ? PLANNED_DAYS : STALE_DAYS;
        return !date.span().first().isAfter(reported.plusDays(ahead))
                && !date.span().last().isBefore(reported.minusDays(STALE_DAYS));
    }
}
