package org.diplomatictimeline.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.diplomatictimeline.extract.lang.LanguageFolders;
import org.diplomatictimeline.model.DateBasis;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.time.Timex;

/**
 * What the reporting clause tells about an event's date: the date that opens a sentence and dates its main clause,
 * a date that belongs to the act of announcing rather than to the event announced, and the events the report itself
 * performs (aid pledged, sanctions imposed), which take the report's date.
 */
final class ReportDating {

    private static final TenseReader TENSE = new TenseReader();

    private final EventDateResolver dates;

    ReportDating(EventDateResolver dates) {
        this.dates = dates;
    }

    /**
     * The date that opens the sentence and is set off by a comma before {@code before} ("On 4 December, X
     * announced ...", "Le 3 mars, devant les journalistes, X a regretté ..."): it dates the main clause, so a statement
     * whose own words hold no date is made then.
     */
    static Optional<Timex> opening(Clause c, int before) {
        List<Token> k = c.tokens();
        for (Timex x : c.timexes()) {
            if (x.end() > before || !EventDateResolver.canDate(x)) {
                continue;
            }
            int first = c.tokenBefore(x.start() + 1);
            int after = c.tokenBefore(x.end()) + 1;
            // at most an article or a preposition before it ("On", "Le", "El", "Il"), a comma right after it
            if (first >= 0 && first <= 1 && after < k.size() && k.get(after).lower().equals(",")) {
                return Optional.of(x);
            }
            if (first >= 0 && openedByReport(c, first) && c.doc().text().indexOf(',', x.end()) < before) {
                return Optional.of(x); // "Announcing the curbs on Monday, the ministry noted ...": the same act
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code x} dates the act of announcing the event noun {@code t} rather than the event: "the presidential
     * ministry on Friday announced the president's visit" tells when the visit was announced, not when it is.
     */
    static boolean datesTheAnnouncement(Clause c, Timex x, Trigger t) {
        if (!t.pos().equals("NOUN")) {
            return false;
        }
        for (Map.Entry<Trigger, int[]> a : c.attributions().entrySet()) {
            Trigger report = a.getKey();
            if (!EventStatusRules.plainReport(report) && report.pos().equals("VERB") && x.start() >= a.getValue()[0]
                    && x.end() <= report.start() && report.end() <= t.start()
                    && c.doc().text().substring(report.end(), t.start()).indexOf(',') < 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code x} dates the telling of a plan rather than the plan: "Biden told donors this month he would
     * head to Vietnam", "the minister said on Monday she will visit Lima". The date stands after a reporting verb
     * in the past and before the planned event, with nothing between the verb and the date that opens the reported
     * clause ("that", a future "would"): the tense read back from the date is the reporting verb's.
     */
    static boolean datesTheTelling(Clause c, Timex x, Trigger t) {
        if (t.status() != EventStatus.PLANNED || x.end() > t.start()) {
            return false;
        }
        for (Trigger report : c.attributions().keySet()) {
            if (report.pos().equals("VERB") && report.end() <= x.start() && report.tokenIndex() < t.tokenIndex()
                    && TENSE.before(c.tokens(), c.tokenBefore(x.start()) + 1) == Tense.PAST
                    && TENSE.before(c.tokens(), report.tokenIndex() + 1) == Tense.PAST) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence opens with a participle of speaking (rows OPENING of {@code lang/<code>/reporting.tsv}:
     * "Announcing", "Speaking", "Addressing") and no comma closes that phrase before token {@code upTo}.
     */
    private static boolean openedByReport(Clause c, int upTo) {
        List<Token> k = c.tokens();
        if (k.isEmpty() || !LanguageFolders.ownWordsOfKind(c.language() == null ? "en" : c.language(),
                "reporting.tsv", "OPENING").contains(k.get(0).lower())) {
            return false;
        }
        for (int i = 1; i < upTo && i < k.size(); i++) {
            if (k.get(i).lower().equals(",")) {
                return false;
            }
        }
        return true;
    }

    /** Events the report itself performs: announcing aid, sanctions or recognition is giving them. */
    static final String MADE_BY_REPORT = " (the report makes it)";

    static final Set<EventType> ACTS_OF_REPORT = Set.of(EventType.AID, EventType.SANCTION,
            EventType.RECOGNITION);

    /**
     * "Japan will provide aid ..., the government said on Wednesday": with no date of its own, an aid pledge,
     * sanction or recognition is made by the announcement, so it takes the reporting clause's date. A planned
     * meeting or visit never does (the announcement day is not the day it happens), nor does an agreement
     * unless the clause reports it as already signed. A report told across a contrast from the trigger, beside
     * another of {@code others}, is that event's ("takes effect on Tuesday, while three states have decided to ...").
     */
    Optional<EventDate> dateOf(Clause c, Trigger t, List<Trigger> others) {
        boolean signed = t.type() == EventType.AGREEMENT && t.status() != EventStatus.PLANNED
                && !EventStatusRules.calledOff(t.status());
        if (!ACTS_OF_REPORT.contains(t.type()) && !signed) {
            return Optional.empty();
        }
        List<Timex> inReport = c.timexes().stream().filter(EventDateResolver::canDate)
                .filter(x -> c.insideAnyAttribution(x.start()))
                .filter(x -> !ContrastClauses.dateAcross(c.tokens(), x.start(), x.end(), t, others)).toList();
        return EventDateResolver.nearest(inReport, t.start()).map(x -> {
            EventDate d = dates.fromTimex(x, null, false, c.docDate(), c.toldDays());
            return d.isKnown() ? d.withBasis(d.basis() == DateBasis.STATED ? DateBasis.INFERRED : d.basis(),
                    d.reason() + "; the " + t.type().label().toLowerCase(Locale.ROOT)
                    + " dated by the report '" + x.text() + "'" + MADE_BY_REPORT) : d;
        });
    }
}
