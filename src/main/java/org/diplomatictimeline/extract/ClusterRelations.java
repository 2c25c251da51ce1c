package org.diplomatictimeline.extract;

import static org.diplomatictimeline.extract.MergeRule.SIDELINE_TYPES;
import static org.diplomatictimeline.extract.MergeRule.TALK_TYPES;
import static org.diplomatictimeline.extract.MergeRule.singleDay;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.ParticipantKind;

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

    /**
     * Both name the same occasion and say what it is: across articles an anniversary whose words name nothing it
     * commemorates ("the 70th anniversary", a key of its kind alone) is any anniversary of that year, not one.
     */
    static boolean sameNamedOccasion(EventCluster a, EventCluster b) {
        String key = a.key();
        return sameOccasion(a, b) && !key.substring(key.indexOf(':') + 1).isBlank();
    }

    static boolean plannedAfterReport(EventCluster c, EventDate other) {
        LocalDate reported = c.latestPlannedReport();
        return !other.isKnown() || reported == null || !other.span().last().isBefore(reported);
    }

    /** Whether the cluster is told as still to come yet dated before its report: coming from the story's past. */
    static boolean comingInThePast(EventCluster c) {
        LocalDate reported = c.latestPlannedReport();
        return reported != null && c.date().isKnown() && c.date().span().last().isBefore(reported);
    }

    static boolean visitAndOneDayWithin(EventCluster visit, EventCluster other) {
        EventDate range = visit.date();
        return range.isRange() && range.span().lengthInDays() > 1 && visit.hasType(EventType.VISIT)
                && singleDay(other.date()) && !other.hasType(EventType.VISIT);
    }

    /**
     * A visit told first without a date ("the president has arrived on a visit"), not referring back, and a dated
     * sitting of two named people or more told in a later sentence ("on Sunday he met the chancellor"): the arrival
     * and the reception are two acts of the trip. Only in this order: an undated "the visit" told after the dated
     * sitting still refers back to it.
     */
    static boolean datedSittingAfterUndatedVisit(EventCluster visit, EventCluster sitting) {
        return visit.type() == EventType.VISIT && !visit.date().isKnown() && !visit.members.get(0).anaphoric()
                && TALK_TYPES.contains(sitting.type()) && tellsApartDay(sitting.date())
                && sitting.ids(ParticipantKind.PERSON).size() >= 2
                && visit.members.get(0).order() < sitting.members.get(0).order() && !visit.sharesSentenceWith(sitting);
    }

    private static boolean tellsApartDay(EventDate d) {
        return d.isKnown() && d.precision() == DatePrecision.DAY;
    }

    /** Whether the cluster is "the next meeting", "a second round" its article announces (EventAssembler's key). */
    static boolean nextRound(EventCluster c) {
        return c.key().startsWith(MultiDayOccasion.NEXT_PREFIX);
    }

    /** A next round told only as still to come ("will hold the next round soon"), never as held. */
    static boolean comingRound(EventCluster c) {
        return nextRound(c) && !c.anyHappened();
    }

    /**
     * A visit of several days and a meeting or talks of two named people or more held in it: the guest received by
     * a host is an item of the visit's programme, an occasion of its own dated by the visit ("during the three-day
     * visit the party leader hosted a reception for him"). Told as done only: the programme a visit announces ("he
     * will meet the president and the chancellor") is the plan of the visit, told as one.
     */
    static boolean programmeMeeting(EventCluster visit, EventCluster meeting) {
        EventDate days = visit.date();
        return visit.type() == EventType.VISIT && days.isKnown() && days.isRange() && days.span().lengthInDays() > 1
                && TALK_TYPES.contains(meeting.type()) && !meeting.anyPlanned()
                && (meeting.ids(ParticipantKind.PERSON).size() >= 2 || hostSitting(visit, meeting));
    }

    /**
     * Talks naming only people of the country a visit goes to, none of the visitor's ("talks with the governor
     * general and the prime minister"): the visitor is the other side, so it is a pair's sitting too.
     */
    static boolean hostSitting(EventCluster visit, EventCluster meeting) {
        List<Participant> hosts = meeting.participants().stream().filter(p -> p.kind() == ParticipantKind.PERSON)
                .toList();
        if (visit.type() != EventType.VISIT || hosts.isEmpty()) {
            return false;
        }
        Set<String> home = new HashSet<>();
        visit.participants().stream().filter(p -> p.kind() == ParticipantKind.PERSON && p.countryCode() != null)
                .forEach(p -> home.add(p.countryCode().toUpperCase(Locale.ROOT)));
        Set<String> visited = new HashSet<>();
        visit.participants().stream().filter(p -> p.kind() == ParticipantKind.COUNTRY && p.countryCode() != null)
                .map(p -> p.countryCode().toUpperCase(Locale.ROOT)).filter(c -> !home.contains(c))
                .forEach(visited::add);
        return !home.isEmpty() && hosts.stream().allMatch(p -> p.countryCode() != null
                && visited.contains(p.countryCode().toUpperCase(Locale.ROOT)));
    }

    /**
     * Every person the cluster names is of the one country where all its places lie: an official at home in his
     * own capital, who is there for many occasions, so his name and the city alone tell none of them apart.
     */
    static boolean peopleAtHome(EventCluster c) {
        List<Participant> people = c.participants().stream().filter(p -> p.kind() == ParticipantKind.PERSON).toList();
        if (people.isEmpty() || c.places().isEmpty()) {
            return false;
        }
        String home = people.get(0).countryCode();
        return home != null && !home.isBlank()
                && people.stream().allMatch(p -> home.equalsIgnoreCase(p.countryCode()))
                && c.places().stream().allMatch(p -> home.equalsIgnoreCase(p.countryCode()));
    }
}
