package org.diplomatictimeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.diplomatictimeline.extract.mention.MentionKind;
import org.diplomatictimeline.model.DocumentDate;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.ParticipantKind;
import org.diplomatictimeline.model.Place;
import org.diplomatictimeline.time.Timex;

/**
 * Builds the statement mentions of a clause: one per reporting verb whose speaker we can name, and the statement
 * made at an occasion the clause names ("a joint press conference"), with its parties, place and date.
 */
final class StatementAssembler {

    private final ArgumentFinder arguments;
    private final SpeakerFinder speakerFinder;
    private final EventDateResolver dates;
    private final ClauseDater dater;
    private final PlaceRanker placeRanker;

    StatementAssembler(ArgumentFinder arguments, EventDateResolver dates, ClauseDater dater, PlaceRanker placeRanker) {
        this.arguments = arguments;
        this.speakerFinder = new SpeakerFinder(arguments);
        this.dates = dates;
        this.dater = dater;
        this.placeRanker = placeRanker;
    }

    Optional<EventMention> statement(Clause c, Trigger t, int[] span) {
        return statement(c, t, span, List.of());
    }

    /**
     * The statement of reporting verb {@code t}, where {@code found} are the sentence's event words: words said at an
     * encounter the article told before take its day ({@link SaidAtToldOccasion}).
     */
    Optional<EventMention> statement(Clause c, Trigger t, int[] span, List<Trigger> found) {
        List<Participant> speakers = new ArrayList<>(speakerFinder.of(c, t, span));
        if (EventStatusRules.plainReport(t) && !speakers.isEmpty() && onlyCountries(speakers)
                && speakerFinder.seat(c, t, span).isEmpty() && OfficeSpeaker.of(c, t, span).isEmpty()) {
            // "Norway said": a country's plain report is the source of what it reports; a government named by its
            // seat ("Berlin said", "the Kremlin said") or an office ("the Danish ministry noted") speaks, and stays
            return Optional.empty();
        }
        if (speakers.isEmpty()) {
            // "the President's Office confirmed": an office speaks for its government
            OfficeSpeaker.of(c, t, span).ifPresent(speakers::add);
        }
        if (speakers.isEmpty() && !EventStatusRules.plainReport(t) && t.tokenIndex() > 0 && arguments.mentionsPronoun(
                c, new int[] {c.tokens().get(t.tokenIndex() - 1).start(), t.start()})) {
            // "he tweeted about the visit", "she announced": an act of speech by whom the pronoun points back to;
            // a plain "he said" stays the source of what it reports.
            ArgumentFinder.previousPerson(c, t.start()).flatMap(m -> arguments.actorOf(m, true))
                    .ifPresent(speakers::add);
            arguments.addImpliedCountries(speakers);
        }
        if (speakers.isEmpty()) {
            return Optional.empty(); // "she added", "it says": no speaker we can name
        }
        List<Timex> inside = ownTimexes(c, t, span);
        EventDate when = EventDateResolver.nearest(inside, t.start()).or(() -> ReportDating.opening(c, span[0]))
                .filter(x -> !yearOfTheReport(x, c.docDate()))
                .map(x -> dates.fromTimex(x, null, false, c.docDate(), c.toldDays()))
                .orElseGet(() -> SaidAtToldOccasion.dateOf(c, t, found, c.enclosing(), dates)
                        .orElseGet(() -> dates.reportedBy(c.docDate())));
        EventStatus status = t.status() == null ? EventStatus.HAPPENED : t.status();
        return Optional.of(new EventMention(c.doc().id(), c.order() * 10, EventType.STATEMENT, status, when,
                speakerFinder.seat(c, t, span), speakers, arguments.topics(c, null), List.of(c.evidence()), "", "", false, c.docDate(), 0.6));
    }

    private static boolean onlyCountries(List<Participant> speakers) {
        return speakers.stream().allMatch(p -> p.kind() == ParticipantKind.COUNTRY);
    }

    /**
     * Whether a bare year is the one the article is written in ("appreciated the count of the 2024 election", "the
     * chair for 2024"): it names what is spoken of, not the day of speaking, which is then the article's.
     */
    static boolean yearOfTheReport(Timex x, DocumentDate docDate) {
        return x.value() != null && x.value().length() == 4 && x.endValue() == null && docDate.isKnown()
                && docDate.value().length() > 4 && docDate.value().startsWith(x.value());
    }

    /**
     * Whether the reporting clause dates itself ("the ministry confirmed on Saturday", "announced on Monday that"):
     * then it tells an occasion of its own, beside whatever its sentence reports on another day. A date in what it
     * reports ("заявил, что встреча пройдёт 26 июля") dates what was said, not the saying.
     */
    static boolean ownDated(Clause c, Trigger t, int[] span) {
        return !ownTimexes(c, t, span).isEmpty();
    }

    /**
     * The dating expressions of the reporting clause itself: inside its attribution before what it reports begins,
     * else in the place and day set off by commas after the speaker of a verb that follows its quote ("“...,” said
     * the minister in Jakarta, on Wednesday").
     */
    private static List<Timex> ownTimexes(Clause c, Trigger t, int[] span) {
        int content = ReportedContent.start(c.tokens(), t);
        List<Timex> inside = c.timexes().stream().filter(EventDateResolver::canDate)
                .filter(x -> x.start() >= span[0] && x.end() <= span[1] && x.start() < content).toList();
        return inside.isEmpty() ? TrailingCircumstance.timexes(c, t, span) : inside;
    }

    /** A noun that names where statements are made ("a joint press conference"): an occasion of its own. */
    static boolean occasion(Trigger t) {
        return t.isStatement() && t.pos().equals("NOUN");
    }

    /**
     * The statement made at an occasion: by the sentence's parties ("Osmani said at the closing news conference",
     * "a bilateral meeting with Biden, then a joint press conference"), where and when the sentence says, else
     * where and when the encounter it follows was held.
     */
    EventMention occasionEvent(Clause c, Trigger t, EventMention lastDatedFamily, EventMention encounter) {
        List<Participant> participants = new ArrayList<>();
        c.attributions().forEach((report, span) -> participants.addAll(speakerFinder.of(c, report, span)));
        c.attributions().forEach((report, span) -> {
            if (participants.isEmpty() && (arguments.mentionsPronoun(c, new int[] {span[0], report.end()})
                    || OfficeSpeaker.pronounOfficeAfter(c, report, arguments))) {
                // "he told a press conference", "..., said his office in a statement": the occasion is news, held
                // by whom the pronoun points back to
                ArgumentFinder.previousPerson(c, report.start()).flatMap(m -> arguments.actorOf(m, true))
                        .ifPresent(participants::add);
            }
        });
        int from = c.tokens().get(Math.max(0, t.tokenIndex() - 3)).start();
        int to = contentStart(c, t, ClauseSegmenter.clauseEnd(c, t.end()));
        if (participants.isEmpty() && !c.attributions().isEmpty()) {
            // "the Greek Prime Minister said during a joint press conference with Erdogan": who shares the
            // occasion, else "his office said in a statement": a speaker we cannot name
            participants.addAll(arguments.participants(c, t, new int[] {t.start(), to}));
            if (participants.isEmpty()) {
                return null;
            }
        } else if (participants.isEmpty()) {
            // "Monday's White House announcement", "a bilateral meeting with Biden, then a joint press conference"
            if (arguments.mentionsPronoun(c, new int[] {c.sentence().start(), from}) && c.mentions().stream()
                    .noneMatch(m -> m.kind() == MentionKind.PERSON && m.end() <= t.start())) {
                // "He will deliver a speech": whom "he" points back to gives it
                ArgumentFinder.previousPerson(c, t.start()).flatMap(m -> arguments.actorOf(m, true))
                        .ifPresent(participants::add);
            }
            participants.addAll(arguments.participants(c, t, new int[] {c.sentence().start(), c.sentence().end()}));
            if (encounter != null) {
                participants.addAll(encounter.participants());
            }
        } else {
            // "said at a joint press conference with X": the speaker and whoever shares the occasion
            participants.addAll(arguments.participants(c, t, new int[] {t.start(), to}));
        }
        if (participants.isEmpty()) {
            return null; // "at a press conference": nobody we can name holds it
        }
        arguments.addImpliedCountries(participants);
        // "at a White House press conference", "at the closing news conference in Skopje": the occasion's own
        // words place it; a place elsewhere in the sentence is what was said.
        List<Place> places = placeRanker.places(c, t, from, to);
        if (places.isEmpty() && encounter != null) {
            places = encounter.places();
        }
        // A date inside the quote is what was said, not when ("... chair for next year," Osmani said at ...).
        int quoted = ClauseSegmenter.lastQuoteBefore(c.doc().text(), c.sentence().start(), t.start());
        List<Timex> own = c.timexes().stream().filter(x -> x.start() > quoted).toList();
        Clause unquoted = new Clause(c.doc(), c.sentence(), c.tokens(), c.mentions(), own, c.attributions(),
                c.evidence(), c.docDate(), c.allMentions(), c.order(), c.enclosing(), c.withinCue(), c.language(),
                c.toldDays());
        EventDate when;
        EventStatus status = t.status() != null && t.status() != EventStatus.HAPPENED ? t.status() : null;
        Optional<EventDate> closing = dater.closing(c, t, c.enclosing(), lastDatedFamily, encounter);
        if (closing.isPresent()) {
            when = closing.get(); // "at the close of the summit": its last day
        } else if (encounter != null && encounter.when().isKnown() && c.attributions().isEmpty()) {
            // "will meet X on Friday, followed by a joint press conference": the encounter's day and status
            when = dater.within(encounter, "the " + encounter.type().label().toLowerCase(Locale.ROOT));
            status = status != null ? status : encounter.status();
        } else if (encounter != null && !encounter.when().isKnown() && c.attributions().isEmpty()
                && c.enclosing() != null && c.enclosing().when().isKnown()) {
            // "a bilateral meeting with Biden, then a joint press conference", told in the programme of a visit
            // dated before: the meeting is held within that visit, and so is the press conference that follows it
            when = dater.within(c.enclosing(), "the " + c.enclosing().type().label().toLowerCase(
                    Locale.ROOT));
            status = status != null ? status : encounter.status();
        } else {
            when = dater.dateOf(unquoted, t, lastDatedFamily);
        }
        if (!when.isKnown()) {
            when = dates.reportedBy(c.docDate()); // like any statement: made by the time it is reported
        }
        status = status != null ? status : EventStatusRules.statusFromDate(when, c.docDate());
        return new EventMention(c.doc().id(), c.order() * 10 + 2, EventType.STATEMENT, status, when, places,
                ArgumentFinder.dedupe(participants), arguments.topics(c, t), List.of(c.evidence()), "", "", false,
                c.docDate(), 0.7);
    }

    /**
     * Where what is said begins after an occasion named before its reporting verb ("the minister, who was
     * addressing a press briefing, revealed that the crown prince will visit"): the occasion's parties and place
     * are named before the verb, and what follows it is what was said. {@code clauseEnd} when no verb follows.
     */
    private static int contentStart(Clause c, Trigger t, int clauseEnd) {
        int to = clauseEnd;
        for (Trigger report : c.attributions().keySet()) {
            if (report.start() >= t.end() && report.start() < to) {
                to = report.start();
            }
        }
        return to;
    }
}
