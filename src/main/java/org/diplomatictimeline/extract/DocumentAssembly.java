package org.diplomatictimeline.extract;

import static org.diplomatictimeline.extract.EventAssembler.ENCLOSING;
import static org.diplomatictimeline.extract.EventAssembler.MEETING_FAMILY;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.extract.mention.Mention;
import org.diplomatictimeline.model.DocumentDate;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Evidence;
import org.diplomatictimeline.model.ParticipantKind;
import org.diplomatictimeline.time.Timex;

/**
 * One document's pass of {@link EventAssembler}, a sentence at a time: the event mentions told so far and what a
 * sentence leaves to the next (the latest dated encounter, the enclosing event, the trip whose programme follows),
 * and the named steps that turn one sentence's triggers into event mentions.
 */
final class DocumentAssembly {

    private final EventAssembler assembler;
    private final StatementAssembler statements;
    private final Document doc;
    private final String text;
    private final DocumentDate docDate;
    private final String language;
    private final ToldDays toldDays;
    private final List<EventMention> out = new ArrayList<>();
    private EventMention lastDatedFamily;
    private EventMention enclosing;
    private EventMention trip; // the latest visit naming its traveller, whose programme items follow
    /** The latest enclosing event of each type, for a cue that names the occasion's kind ("during the visit"). */
    private final Map<EventType, EventMention> enclosingOfType = new EnumMap<>(EventType.class);

    DocumentAssembly(EventAssembler assembler, StatementAssembler statements, Document doc, DocumentDate docDate,
                     String language, ToldDays toldDays) {
        this.assembler = assembler;
        this.statements = statements;
        this.doc = doc;
        this.text = doc.text();
        this.docDate = docDate;
        this.language = language;
        this.toldDays = toldDays;
    }

    /** The event mentions told so far, in text order. */
    List<EventMention> events() {
        return out;
    }

    /** Tells the events of sentence {@code si}, whose triggers are {@code found} (not empty). */
    void sentence(int si, Sentence s, List<Token> tokens, List<Trigger> told, List<Mention> sm, List<Timex> st,
                  List<Mention> before) {
        Evidence evidence = new Evidence(doc.id(), s.start(), s.end(), s.text(text));
        String within = ClauseSegmenter.withinCue(text, s);
        // "After the meeting, the two sides signed ...": the meeting is the one just told; what follows it is news
        // of its own, on its day
        Optional<AfterOccasion> after = within != null ? Optional.empty() : AfterOccasion.of(text, s, enclosing);
        List<Trigger> found = after.map(a -> told.stream().filter(t -> !a.names(t)).toList()).orElse(told);
        Map<Trigger, int[]> attributions = attributions(s, tokens, found);
        // "a reception during the prime minister's visit": inside the visit told before, even where a meeting the
        // article recalls was told after it
        Optional<NamedEnclosure> named = NamedEnclosure.of(text, s, found, sm, enclosingOfType, docDate);
        String cue = within != null ? within : after.map(AfterOccasion::cue).orElse(null);
        Clause ctx = new Clause(doc, s, tokens, sm, st, attributions, evidence, docDate, before, si,
                named.map(NamedEnclosure::occasion).orElse(enclosing),
                cue != null ? cue : named.map(NamedEnclosure::cue).orElse(null), language, toldDays);
        int statementsAt = out.size();
        List<EventMention> plainReports = new ArrayList<>();
        List<EventMention> datedReports = new ArrayList<>();
        List<EventMention> citedSources = new ArrayList<>();
        tellStatements(ctx, attributions, found, plainReports, datedReports, citedSources);
        // "held talks ... on the sidelines of a conference": the conference only places the talks.
        // "met X on Tuesday during her three-day visit": the visit named after the cue is an occasion of its
        // own, told beside the meeting rather than competing with it for the clause.
        EnclosureCues.Enclosure enclosure = EnclosureCues.of(text, s);
        Trigger family = strongestEncounter(found, enclosure);
        List<Trigger> occasions = new ArrayList<>();
        // the occasion's word names the occasion told before; where that is not the latest encounter, telling the
        // word again would only repeat the occasion inside itself
        EventMention latestEncounter = enclosing;
        Trigger toldBefore = named.filter(n -> n.occasion() != latestEncounter).map(NamedEnclosure::word)
                .orElse(null);
        EventMention sentenceEncounter = tellEvents(ctx, tokens, found, family, enclosure, occasions, toldBefore);
        boolean heldAtOccasion = tellOccasions(ctx, occasions, sentenceEncounter);
        // "said on Sunday, amid talks with ...": the encounter is where the words were said, not what they report
        boolean spokenAt = attributions.keySet().stream()
                .anyMatch(r -> SpokenAtOccasion.onlySettings(tokens, found, r));
        tellReports(statementsAt, heldAtOccasion, spokenAt, plainReports, datedReports, citedSources);
        // "the first state visit since 1992": an earlier visit that year, told after the sentence's own events
        EventMention toldLast = out.stream().filter(m -> ENCLOSING.contains(m.type())).reduce((a, b) -> b)
                .orElse(null);
        FirstSinceOccasion.earlier(tokens, found, sm, st, evidence, docDate, si * 10 + 9, toldLast)
                .ifPresent(out::add);
    }

    /**
     * The statements of the sentence with where their quotes stand, rumours left out, and so is a reporting verb
     * inside a quotation the sentence attributes: it is part of what the quoted speaker said.
     */
    private Map<Trigger, int[]> attributions(Sentence s, List<Token> tokens, List<Trigger> found) {
        Map<Trigger, int[]> attributions = new LinkedHashMap<>();
        List<Trigger> reports = found.stream().filter(t -> t.isStatement() && !StatementAssembler.occasion(t)
                && !EventStatusRules.rumour(tokens, t)).toList();
        Predicate<Trigger> quoted = t -> ReportedContent.quoted(text, s.start(), s.end(), t.start(), t.end());
        // a quote whose sentence names its speaker ("“...announces...,” said X"); a sentence that is all quote
        // keeps its verbs, the only sign of a statement it has
        boolean attributed = reports.stream().anyMatch(quoted.negate());
        for (Trigger t : reports) {
            if (!attributed || !quoted.test(t)) {
                attributions.put(t, ClauseSegmenter.attribution(text, s, tokens, t));
            }
        }
        return attributions;
    }

    /**
     * Tells the statements; a plain report is kept apart (dated by its own words or not) until the end, and so is a
     * report that cites its source ("according to the ministry").
     */
    private void tellStatements(Clause ctx, Map<Trigger, int[]> attributions, List<Trigger> found,
                                List<EventMention> plainReports,
                                List<EventMention> datedReports, List<EventMention> citedSources) {
        for (Map.Entry<Trigger, int[]> a : attributions.entrySet()) {
            if (ReportNews.citesSource(ctx.tokens(), a.getKey())) {
                statements.statement(ctx, a.getKey(), a.getValue(), found).ifPresent(citedSources::add);
            } else if (EventStatusRules.plainReport(a.getKey())) {
                List<EventMention> into = StatementAssembler.ownDated(ctx, a.getKey(), a.getValue()) ? datedReports
                        : plainReports;
                statements.statement(ctx, a.getKey(), a.getValue(), found).ifPresent(into::add);
            } else {
                statements.statement(ctx, a.getKey(), a.getValue(), found).ifPresent(out::add);
            }
        }
    }

    /** The clause's encounter: the strongest encounter word, not one on the sidelines or inside an occasion. */
    private static Trigger strongestEncounter(List<Trigger> found, EnclosureCues.Enclosure enclosure) {
        int sidelinesFrom = enclosure.sidelinesFrom();
        Predicate<Trigger> enclosed = enclosure::holds;
        boolean onlyEnclosed = found.stream().filter(t -> MEETING_FAMILY.contains(t.type())).allMatch(enclosed);
        return found.stream().filter(t -> MEETING_FAMILY.contains(t.type()))
                .filter(t -> sidelinesFrom < 0 || t.start() < sidelinesFrom
                        || found.stream().noneMatch(o -> MEETING_FAMILY.contains(o.type())
                        && o.start() < sidelinesFrom))
                .filter(t -> onlyEnclosed || !enclosed.test(t))
                .max((a, b) -> a.priority() != b.priority() ? a.priority() - b.priority() : b.start() - a.start())
                .orElse(null);
    }

    /**
     * Tells the events of the sentence's triggers other than statements and occasions (those are put in
     * {@code occasions}), and returns the sentence's encounter, or null.
     */
    private EventMention tellEvents(Clause ctx, List<Token> tokens, List<Trigger> found, Trigger family,
                                    EnclosureCues.Enclosure enclosure, List<Trigger> occasions, Trigger toldBefore) {
        Predicate<Trigger> enclosed = enclosure::holds;
        EventMention sentenceEncounter = null;
        Trigger encounterWord = null;
        Map<Trigger, Integer> actsBefore = new LinkedHashMap<>(); // acts told before the sentence's encounter
        Trigger second = ContrastClauses.second(tokens, found, family); // ", while Y will visit in February"
        Trigger joined = CoordinatedOccasions.joined(tokens, found, family); // "his visit and the summit"
        Trigger step = SequencedOccasions.next(tokens, found, family); // "welcomed in Lyon, then travelled to Nice"
        Trigger anchor = AnchoredPhrase.heldBy(ctx, found, family); // "arrived on Wednesday, ahead of the summit"
        Trigger arrival = ArrivalOfItsOwnDay.of(ctx, found, family); // "met X on Thursday after arriving on Wednesday"
        FrontedEncounter.Pair fronted = FrontedEncounter.of(ctx, found, family); // "Before meeting A, X met B"
        Trigger frontedOther = fronted == null ? null : fronted.other(family);
        Trigger earlier = AttributiveYear.datedEncounter(ctx, found, family); // "... than their 2016 Oslo meeting"
        Trigger series = YearSeries.seriesWord(ctx, found, family); // "after two summits there in 1979 and 2004"
        PurposeOccasions.Pair purpose = PurposeOccasions.of(text, tokens, found, family); // "flew to Oslo to meet X"
        // "arrived in Oslo on Monday, where he met X": the arrival's day is the visit's first, not its days, so
        // the arrival told beside the meeting encloses no later "during his visit"
        PurposeOccasions.Pair arrivalTalks = purpose == null ? ArrivalTalks.of(text, tokens, found, family) : null;
        purpose = purpose == null ? arrivalTalks : purpose;
        Trigger purposed = purpose == null ? null : purpose.visit() == family ? purpose.meeting() : purpose.visit();
        EventMention purposeTrip = null;
        // the arrival's own subject and place, not the summit's partner and place told in the phrase after it
        Clause heldCtx = AnchoredPhrase.heldClause(ctx, found, family, anchor).orElse(ctx);
        Clause familyCtx = AnchoredPhrase.occasionClause(ctx, found, family, anchor).orElse(ctx);
        for (Trigger t : found) {
            if (t == toldBefore) {
                continue; // "during the visit": the visit told before, not another one
            }
            if (StatementAssembler.occasion(t)) {
                occasions.add(t); // told after the sentence's encounter, so its parties can stand in
                continue;
            }
            boolean enclosingForum = enclosed.test(t);
            boolean beside = ProgrammeItem.beside(t, family) && !enclosingForum;
            if (t.isStatement() || MEETING_FAMILY.contains(t.type()) && t != family && t != second
                    && t != joined && t != step && t != anchor && t != earlier && t != series && t != purposed
                    && t != arrival && t != frontedOther
                    && !enclosingForum
                    && !beside) {
                continue;
            }
            if (!MEETING_FAMILY.contains(t.type()) && ClauseSegmenter.insidePersonClause(ctx, t)) {
                continue; // "França, who took office in March, ...": about the person, not the news
            }
            EventMention m = beside ? ProgrammeItem.event(assembler, ctx, t, family, found, lastDatedFamily)
                    : assembler.event(fronted != null ? fronted.clauseOf(ctx, t)
                    : t == anchor ? heldCtx : t == family ? familyCtx : ctx, t, found, lastDatedFamily);
            if (m == null || beside && !ProgrammeItem.dayOfItsOwn(m)) {
                continue; // an item beside the encounter is one only where the text gives it a day
            }
            if (EventTypeProfile.of(t.type()).programme()) { // "il célébrera une messe": the traveller's
                m = ProgrammeItem.withTraveller(ProgrammeItem.withPartiesOf(m, beside ? sentenceEncounter : null),
                        trip);
            }
            m = ReferredOccasion.withPartiesOfTold(ctx, t, m, out); // "this tour, first planned for July"
            if (purpose != null && t == purpose.visit()) {
                purposeTrip = m;
            } else if (purpose != null && t == purpose.meeting()) {
                m = PurposeOccasions.madeFor(ctx, purpose, m, purposeTrip); // held where and when the trip is
            }
            if (EventTypeProfile.of(t.type()).heldAt() && m.participants().isEmpty() && sentenceEncounter != null
                    && !sentenceEncounter.participants().isEmpty()) {
                // "met in Jakarta on Tuesday, with the two sides signing a memorandum", "haben bei ihrem Treffen
                // eine Erklärung verabschiedet": the act done at the encounter just told is the same parties'
                m = m.withParticipants(sentenceEncounter.participants());
            }
            if (EventTypeProfile.of(t.type()).heldAt() && !m.when().isKnown() && sentenceEncounter != null
                    && sentenceEncounter.when().isKnown() && m.status() == sentenceEncounter.status()) {
                m = m.withWhen(sentenceEncounter.when()); // "bei ihrem Treffen eine Erklärung verabschiedet": its day
            }
            Optional<EventStatus> off = t == family && !EventStatusRules.calledOff(m.status())
                    ? EventStatusRules.calledOffEncounter(found, t, tokens) : Optional.empty();
            if (off.isPresent()) {
                // "postponed a planned visit, where he was to hold talks ...": the talks are put off too.
                m = new EventMention(m.documentId(), m.order(), m.type(), off.get(), m.when(),
                        m.places(), m.participants(), m.topics(), m.evidence(), m.name(), m.key(), m.anaphoric(),
                        m.documentDate(), m.confidence());
            }
            if (MEETING_FAMILY.contains(t.type()) && t.type() != EventType.OTHER && !beside && t != series) {
                sentenceEncounter = m;
                encounterWord = t;
            }
            if (sentenceEncounter == null && EventTypeProfile.of(t.type()).heldAt() && m.participants().isEmpty()) {
                actsBefore.put(t, out.size());
            }
            for (EventMention one : SeparateMeetings.split(ctx, t, m)) { // "Einzelgespräche mit A und B": per pair
                // "on 6 May in Rome and 9 May in Oslo"; else "after Latvia in 1993 and Estonia in 1997"
                List<EventMention> perPlace = OccasionSeries.split(ctx, t, one, found);
                if (perPlace.size() == 1) { // "to Norway on Friday, and Sweden follows on Saturday": a leg each
                    perPlace = DatedLegs.split(ctx, t, one, found);
                }
                out.addAll(perPlace.size() == 1 ? YearSeries.split(ctx, t, one, found) : perPlace);
            }
            if (t == series) {
                continue; // earlier occasions told beside the clause's: not what later sentences go on about
            }
            trip = ProgrammeItem.trip(m) ? m : trip;
            boolean inside = ctx.withinCue() != null && enclosing != null
                    || arrivalTalks != null && t == arrivalTalks.visit();
            if (MEETING_FAMILY.contains(t.type()) && m.when().isKnown() && !inside && !beside) {
                lastDatedFamily = m; // an event inside the visit is not what "then" follows
            }
            // The enclosing event is the latest dated encounter, unless it is dated more coarsely than the one
            // already held ("the visit coincides with the 2019 anniversary" does not replace "on Wednesday").
            boolean background = m.when().reason().endsWith(ClauseDater.BEFORE_THE_NEWS);
            if (ENCLOSING.contains(t.type()) && m.when().isKnown() && !inside && (enclosing == null || background
                    || m.when().precision().isFinerOrEqual(enclosing.when().precision()))) {
                enclosing = m;
            }
            EventMention ofType = enclosingOfType.get(t.type());
            if (ENCLOSING.contains(t.type()) && m.when().isKnown() && !inside && (ofType == null || background
                    || m.when().precision().isFinerOrEqual(ofType.when().precision()))) {
                enclosingOfType.put(t.type(), m);
            }
        }
        if (sentenceEncounter != null) {
            ActsBeforeTheirOccasion.takeParties(tokens, actsBefore, out, encounterWord, sentenceEncounter);
        }
        return sentenceEncounter;
    }

    /** Tells the occasions the sentence's quotes were given at; true when there was one. */
    private boolean tellOccasions(Clause ctx, List<Trigger> occasions, EventMention sentenceEncounter) {
        boolean heldAtOccasion = false;
        for (Trigger t : occasions) {
            // "said during a joint press conference with X": the quote is evidence of the occasion.
            EventMention m = statements.occasionEvent(ctx, t, lastDatedFamily, sentenceEncounter);
            if (m != null) {
                out.add(m);
                heldAtOccasion = true;
            }
        }
        return heldAtOccasion;
    }

    /**
     * Tells the sentence's plain reports where they are the news, and its reports dated by their own words;
     * {@code spokenAt} when the sentence tells its encounters only as where the words were said.
     */
    private void tellReports(int statementsAt, boolean heldAtOccasion, boolean spokenAt,
                             List<EventMention> plainReports, List<EventMention> datedReports,
                             List<EventMention> citedSources) {
        List<EventMention> reported = List.copyOf(out.subList(statementsAt, out.size()));
        if (reported.isEmpty() && !heldAtOccasion) {
            plainReports.addAll(citedSources); // "according to the minister, relations are good": what he said
        }
        if (!heldAtOccasion && !reported.isEmpty() && spokenAt) {
            // "X said on Sunday, amid talks with ...": a person's words, dated by their own words, at the occasion
            // the sentence tells only as their setting are his statement there; an office's report of the talks
            // stays their source, and so does an undated "X said after the meeting" (what he said is the news)
            datedReports.stream().filter(DocumentAssembly::byPerson).forEach(out::add);
            datedReports.removeIf(DocumentAssembly::byPerson);
        }
        if (!heldAtOccasion && (reported.isEmpty() || ReportNews.announcesEncounter(reported))) {
            // "X said" is news only when the sentence reports nothing else, or when it announces a planned
            // visit or meeting (the announcement is then the act); otherwise it is the event's source.
            if (reported.isEmpty()) {
                plainReports.addAll(datedReports);
                datedReports.clear();
            }
            for (EventMention r : plainReports) {
                if (!spokeAt(r, enclosing) && !spokeAt(r, lastDatedFamily)) {
                    out.add(r);
                }
            }
        }
        for (EventMention r : datedReports) {
            // "will visit on Wednesday, the office confirmed on Saturday": a report dated by its own words on
            // another day than the plan it announces is an occasion of its own, told beside the event.
            if (ReportNews.datedReportIsNews(r, reported)) {
                out.add(r);
            }
        }
    }

    private static boolean byPerson(EventMention report) {
        return report.participants().stream().anyMatch(p -> p.kind() == ParticipantKind.PERSON);
    }

    /**
     * "Maas met França in Berlin on Wednesday. Maas said ...": a party of the encounter reported in the sentence
     * before, quoted in a plain report, speaks at that occasion; the quote is its evidence, not news of its own.
     */
    private static boolean spokeAt(EventMention report, EventMention encounter) {
        if (encounter == null || report.order() / 10 - encounter.order() / 10 > 1) {
            return false; // further on, a quote is its own news more often than an aside of the encounter
        }
        return report.participants().stream().anyMatch(p -> p.kind() == ParticipantKind
                .PERSON && encounter.participants().stream().anyMatch(q -> q.id().equals(p.id())));
    }
}
