package org.diplomatictimeline.extract;

import static org.diplomatictimeline.extract.ClusterRelations.bareTalks;
import static org.diplomatictimeline.extract.ClusterRelations.bilateralsOverTheSameDays;
import static org.diplomatictimeline.extract.ClusterRelations.sameKnownDate;
import static org.diplomatictimeline.extract.ClusterRelations.sameOccasion;
import static org.diplomatictimeline.extract.ClusterRelations.summitLike;
import static org.diplomatictimeline.extract.MergeRule.SIDELINE_TYPES;
import static org.diplomatictimeline.extract.MergeRule.oneSentenceRepeat;
import static org.diplomatictimeline.extract.MergeRule.singleDay;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import org.diplomatictimeline.extract.MergeRule.Scope;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.ParticipantKind;
import org.diplomatictimeline.model.Place;

/**
 * Whether the people, countries and organisations of two clusters let them be one occasion: the predicates behind
 * the participant rules of {@link MergeRule}, each a pure function of the two clusters and the scope.
 */
final class ParticipantAgreement {

    private ParticipantAgreement() {
    }

    /** The core participants, or the named occasion, agree ({@link MergeRule#CORE_PARTICIPANTS_AGREE}). */
    static boolean coreParticipantsAgree(EventCluster a, EventCluster b, Scope scope) {
        if (scope == Scope.SAME_DOCUMENT ? sameOccasion(a, b) : ClusterRelations.sameNamedOccasion(a, b)) {
            return true; // the occasion is named (an anniversary, a sanction's target); reporters vary in whom
        }
        if (scope == Scope.SAME_DOCUMENT && oneSentenceRepeat(a, b)) {
            return true; // "Lima and Quito cut ties with Caracas": each party named is not a rupture of its own
        }
        if (scope == Scope.SAME_DOCUMENT && oneGatheringTold(a, b)) {
            return true; // "the summit" again: each sentence names the few of its many leaders it speaks of
        }
        Set<String> pa = a.ids(ParticipantKind.PERSON);
        Set<String> pb = b.ids(ParticipantKind.PERSON);
        Set<String> ca = a.ids(ParticipantKind.COUNTRY);
        Set<String> cb = b.ids(ParticipantKind.COUNTRY);
        boolean across = scope == Scope.ACROSS_DOCUMENTS;
        // across articles a person two name forms of one side give is still one person in common
        int persons = across ? ArgumentAgreement.distinctSharedPeople(pa, pb) : ArgumentAgreement.sharedPeople(pa, pb);
        int countries = ArgumentAgreement.overlap(ca, cb);
        int orgs = ArgumentAgreement.overlap(a.ids(ParticipantKind.ORGANISATION), b.ids(ParticipantKind.ORGANISATION));
        boolean aEmpty = pa.isEmpty() && ca.isEmpty() && a.ids(ParticipantKind.ORGANISATION).isEmpty();
        boolean bEmpty = pb.isEmpty() && cb.isEmpty() && b.ids(ParticipantKind.ORGANISATION).isEmpty();
        if (aEmpty || bEmpty) {
            // a bare "the meeting" only refers back within its own article, as does a bare event of the
            // same type on the very same date ("the agreement signed on Sunday")
            return !across && (aEmpty && a.allAnaphoric() || bEmpty && b.allAnaphoric()
                    || a.type() == b.type() && sameKnownDate(a.date(), b.date())
                    || bareTalks(aEmpty ? a : b, aEmpty ? b : a));
        }
        if (across && !(a.date().isKnown() && b.date().isKnown()) && persons == 0) {
            return false; // an undated report joins another article's event only on shared named people
        }
        if (across && OneTrip.sameVisitorSameDays(a, b)) {
            return true; // one guest's trip on its days: each report names some of his hosts
        }
        boolean placesMeet = ArgumentAgreement.placeAgreement(a.places(), b.places()) > 0;
        if (!pa.isEmpty() && !pb.isEmpty()) {
            if (persons == 0) {
                return false;
            }
            return !across || persons >= 2 || persons == Math.min(pa.size(), pb.size())
                    && (countries > 0 || orgs > 0 || placesMeet);
        }
        if (!ca.isEmpty() && !cb.isEmpty()) {
            int needed = Math.min(2, Math.min(ca.size(), cb.size()));
            return orgs > 0 || countries >= needed && (!across || countries >= 2 || placesMeet);
        }
        return orgs > 0;
    }

    /**
     * Within an article, two reports of a summit or forum whose dates agree tell of one gathering unless the article
     * tells them apart: by their names ("the ASEAN summit", "the East Asia Summit") or by the bodies that hold
     * them, or by a pair of people one of its reports names and the other does not (a meeting on the summit's sidelines). No one
     * sentence names all of a summit's leaders, so the people and countries each names need not meet.
     */
    static boolean oneGatheringTold(EventCluster a, EventCluster b) {
        if (!summitLike(a.type()) || !summitLike(b.type())) {
            return false;
        }
        String na = a.name();
        String nb = b.name();
        if (!na.isBlank() && !nb.isBlank() && !na.equalsIgnoreCase(nb)) {
            return false;
        }
        if (namesAPairOfItsOwn(a, b) || namesAPairOfItsOwn(b, a)) {
            return false; // "on the sidelines of the summit, A will meet B": a pair of its own, not the summit's
        }
        Set<String> oa = a.ids(ParticipantKind.ORGANISATION);
        Set<String> ob = b.ids(ParticipantKind.ORGANISATION);
        return oa.isEmpty() || ob.isEmpty() || ArgumentAgreement.overlap(oa, ob) > 0;
    }

    /** Whether one report of {@code a} names two or more people {@code b} does not name. */
    private static boolean namesAPairOfItsOwn(EventCluster a, EventCluster b) {
        Set<String> others = b.ids(ParticipantKind.PERSON);
        return a.members.stream().anyMatch(m -> m.participants().stream()
                .filter(p -> p.kind() == ParticipantKind.PERSON && !others.contains(p.id())).count() >= 2);
    }

    /** A report from an undated article joins another's event only when the two agree in full
     *  ({@link MergeRule#UNDATED_ARTICLE_AGREES_FULLY}). */
    static boolean undatedArticleAgreesFully(EventCluster a, EventCluster b, Scope scope) {
        if (scope == Scope.SAME_DOCUMENT || a.date().isKnown() == b.date().isKnown()) {
            return true; // two dated sides have their dates; two undated ones need dated articles
        }
        EventCluster undated = a.date().isKnown() ? b : a;
        if (undated.earliestReport() != null) {
            return true;
        }
        Set<String> pa = a.ids(ParticipantKind.PERSON);
        Set<String> pb = b.ids(ParticipantKind.PERSON);
        int persons = ArgumentAgreement.distinctSharedPeople(pa, pb);
        int place = ArgumentAgreement.placeAgreement(a.places(), b.places());
        // in full: everyone the smaller side names, and where the undated report names a place, that place
        boolean allPeople = persons == Math.min(pa.size(), pb.size());
        return persons >= 2 && allPeople && place >= (undated.places().isEmpty() ? 0 : 1)
                || persons >= 1 && allPeople && place == 2
                && !ClusterRelations.peopleAtHome(pa.size() <= pb.size() ? a : b);
    }

    /**
     * Across articles, two reports sharing exactly one person whose other sides (the countries they name, those
     * of the people only one names, and those of their places, less the shared person's own) are both known and
     * have nothing in common are two occasions: one person's talks with one country and his trip to others
     * ({@link MergeRule#COUNTERPARTS_AGREE}). Two people in common are one pair's occasion, whatever else each
     * report adds.
     */
    static boolean counterpartsAgree(EventCluster a, EventCluster b, Scope scope) {
        if (scope != Scope.ACROSS_DOCUMENTS) {
            return true;
        }
        Set<String> pa = a.ids(ParticipantKind.PERSON);
        Set<String> pb = b.ids(ParticipantKind.PERSON);
        if (ArgumentAgreement.distinctSharedPeople(pa, pb) != 1) {
            return true;
        }
        Set<String> home = sharedPeoplesCountries(a, b, pa, pb, ArgumentAgreement::samePersonAcross);
        Set<String> sideA = counterparts(a, pb, home);
        Set<String> sideB = counterparts(b, pa, home);
        return sideA.isEmpty() || sideB.isEmpty() || sideA.stream().anyMatch(sideB::contains);
    }

    /** The counterparts of a cluster: its partner countries and the countries of its places, less {@code home}. */
    private static Set<String> counterparts(EventCluster c, Set<String> otherPeople, Set<String> home) {
        Set<String> side = partnerCountries(c, otherPeople, home, ArgumentAgreement::samePersonAcross);
        c.places().stream().map(Place::countryCode).filter(cc -> !cc.isBlank() && !home.contains(cc))
                .forEach(side::add);
        return side;
    }

    /** Within an article, two encounters that could be one sitting, each naming two people or more, each with
     *  someone the other lacks, are two sittings ({@link MergeRule#DISTINCT_PAIRS_APART}). */
    static boolean distinctPairsApart(EventCluster a, EventCluster b, Scope scope) {
        if (scope != Scope.SAME_DOCUMENT || !couldBeOneSitting(a, b)) {
            return true;
        }
        Set<String> pa = a.ids(ParticipantKind.PERSON);
        Set<String> pb = b.ids(ParticipantKind.PERSON);
        return pa.size() < 2 || pb.size() < 2 || ArgumentAgreement.sharedPeople(pa, pb) >= Math.min(pa.size(), pb.size());
    }

    /**
     * Within an article, two meetings or talks that could be one sitting ({@link #couldBeOneSitting}) sharing one
     * person, with partners of different countries and none in common, are two meetings: "she saw the Tarvosi premier in the
     * morning and later also the Quellen foreign minister", where a partner may be named only by his
     * country ({@link MergeRule#DISTINCT_PARTNERS_APART}). A partner's country is one the shared people do not
     * come from: a host's own country tells nothing apart.
     */
    static boolean distinctPartnersApart(EventCluster a, EventCluster b, Scope scope) {
        if (scope != Scope.SAME_DOCUMENT || !MergeRule.TALK_TYPES.contains(a.type())
                || !MergeRule.TALK_TYPES.contains(b.type()) || !couldBeOneSitting(a, b)) {
            return true;
        }
        Set<String> pa = a.ids(ParticipantKind.PERSON);
        Set<String> pb = b.ids(ParticipantKind.PERSON);
        if (ArgumentAgreement.sharedPeople(pa, pb) != 1) {
            return true; // two people in common are one pair's sitting, whatever countries each report adds
        }
        Set<String> home = sharedPeoplesCountries(a, b, pa, pb, ArgumentAgreement::samePerson);
        Set<String> partnersA = partnerCountries(a, pb, home, ArgumentAgreement::samePerson);
        Set<String> partnersB = partnerCountries(b, pa, home, ArgumentAgreement::samePerson);
        return partnersA.isEmpty() || partnersB.isEmpty() || partnersA.stream().anyMatch(partnersB::contains);
    }

    /** The countries of the people both clusters name, as either gives them. */
    private static Set<String> sharedPeoplesCountries(EventCluster a, EventCluster b, Set<String> pa,
                                                      Set<String> pb, BiPredicate<String, String> same) {
        List<Participant> all = new ArrayList<>(a.participants());
        all.addAll(b.participants());
        Set<String> home = new HashSet<>();
        for (Participant p : all) {
            if (p.kind() == ParticipantKind.PERSON && !p.countryCode().isBlank()
                    && pa.stream().anyMatch(x -> same.test(x, p.id()))
                    && pb.stream().anyMatch(x -> same.test(x, p.id()))) {
                home.add(p.countryCode());
            }
        }
        return home;
    }

    /** The countries of a cluster's partners: its countries and those of its people the other does not name,
     *  less the shared people's own. */
    private static Set<String> partnerCountries(EventCluster c, Set<String> otherPeople, Set<String> home,
                                                BiPredicate<String, String> same) {
        Set<String> partners = new HashSet<>();
        for (Participant p : c.participants()) {
            boolean partnerPerson = p.kind() == ParticipantKind.PERSON
                    && otherPeople.stream().noneMatch(x -> same.test(x, p.id()));
            if ((p.kind() == ParticipantKind.COUNTRY || partnerPerson) && !p.countryCode().isBlank()
                    && !home.contains(p.countryCode())) {
                partners.add(p.countryCode());
            }
        }
        return partners;
    }

    /**
     * Two encounters on one day, two meetings over the same days, or two sittings (meetings, talks, a visit and
     * talks; not a summit, whose many leaders no one report names in full, nor two words of one trip, which name its
     * hosts and the guest's companions) of which one gives no date or whose days meet: the
     * guest received by the king on Tuesday "and in the evening by the prime minister", a second guest's trip "at
     * the same time" to meet others. A month or a year tells no sitting apart: "talks with A and B in June".
     */
    static boolean couldBeOneSitting(EventCluster a, EventCluster b) {
        if (singleDay(a.date()) && singleDay(b.date()) || bilateralsOverTheSameDays(a, b)) {
            return true;
        }
        if (!sitting(a) || !sitting(b) || a.type() == EventType.VISIT && b.type() == EventType.VISIT) {
            return false; // one trip names its hosts and whoever travels with the guest
        }
        EventDate da = a.date();
        EventDate db = b.date();
        return !da.isKnown() || !db.isKnown()
                || da.precision() == DatePrecision.DAY && db.precision() == DatePrecision.DAY
                && da.span().overlaps(db.span());
    }

    private static boolean sitting(EventCluster c) {
        return EventTypeProfile.encounter(c.type()) && !summitLike(c.type());
    }

    /** Within an article, a multilateral summit and a meeting of two people one of whom its reports do not name are
     *  two events ({@link MergeRule#SIDELINE_MEETINGS_APART}). */
    static boolean sidelineMeetingsApart(EventCluster a, EventCluster b, Scope scope) {
        if (scope != Scope.SAME_DOCUMENT || summitLike(a.type()) == summitLike(b.type())) {
            return true;
        }
        EventCluster summit = summitLike(a.type()) ? a : b;
        EventCluster meeting = summit == a ? b : a;
        Set<String> pair = meeting.ids(ParticipantKind.PERSON);
        if (!SIDELINE_TYPES.contains(meeting.type()) || pair.size() != 2) {
            return true;
        }
        // Only a gathering of many (an organisation's, three countries or more) has sidelines: two leaders'
        // summit and their talks are one occasion.
        Set<String> named = summit.ids(ParticipantKind.PERSON);
        boolean multilateral = !summit.ids(ParticipantKind.ORGANISATION).isEmpty()
                || summit.ids(ParticipantKind.COUNTRY).size() >= 3 || named.size() >= 3;
        return !multilateral || ArgumentAgreement.sharedPeople(named, pair) == pair.size();
    }
}
