package org.diplomatictimeline.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.extract.lang.LanguageFolders;
import org.diplomatictimeline.extract.mention.Mention;
import org.diplomatictimeline.model.DateBasis;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.DocumentDate;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.ParticipantKind;
import org.diplomatictimeline.model.Place;
import org.diplomatictimeline.time.Timex;

/**
 * Builds event mentions from one document's sentences: a trigger with its clause's actors, place, topics and date,
 * and statements apart from the events they announce.
 */
public final class EventAssembler {

    /** Encounters: one per clause, the strongest word wins (the profile table's ENCOUNTER family). */
    static final Set<EventType> MEETING_FAMILY = typesWhere(p -> p.family() == EventTypeProfile.Family.ENCOUNTER);
    /**
     * Words before an occasion's noun that make it the occasion told before ("the talks", "his visit"): the REFERENCE
     * rows of lang/&lt;code&gt;/clauses.tsv.
     */
    static final Set<String> DEFINITE = LanguageFolders.withWordsOfKind("clauses.tsv", "REFERENCE");
    /** Encounters that can enclose others ("while in Moscow, he will also ..."). */
    static final Set<EventType> ENCLOSING = typesWhere(EventTypeProfile::encloses);

    private final WordTokenizer tokenizer = new WordTokenizer();
    private final TenseReader tense = new TenseReader();
    private final EventTriggerFinder triggers;
    private final ActorMapper actors = new ActorMapper();
    private final EventDateResolver dates = new EventDateResolver();
    private final AnniversaryDating anniversaries = new AnniversaryDating(dates);
    private final ArgumentFinder arguments = new ArgumentFinder();
    private final PlaceRanker placeRanker = new PlaceRanker();
    private final DatelinePlace datelines = new DatelinePlace();
    private final ClauseDater dater = new ClauseDater();
    private final EventNamer namer;
    private final MentionPruner pruner = new MentionPruner();
    private final StatementAssembler statements = new StatementAssembler(arguments, dates, dater, placeRanker);

    public EventAssembler(TriggerLexicon lexicon, AnniversaryResolver anniversaries) {
        this.triggers = new EventTriggerFinder(lexicon);
        this.namer = new EventNamer(anniversaries);
    }

    static Set<EventType> typesWhere(Predicate<EventTypeProfile> p) {
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        for (EventType t : EventType.values()) {
            if (p.test(EventTypeProfile.of(t))) {
                types.add(t);
            }
        }
        return Collections.unmodifiableSet(types);
    }

    /** The event mentions of one document, in text order. */
    public List<EventMention> assemble(Document doc, List<Sentence> sentences, List<Mention> mentions,
                                       List<Timex> timexes, DocumentDate docDate) {
        return assemble(doc, sentences, mentions, timexes, docDate, null, () -> false);
    }

    /**
     * The event mentions of one document written in {@code language} (a folder code, or null), in text order,
     * asking {@code cancelled} before each sentence.
     *
     * @throws java.util.concurrent.CancellationException once {@code cancelled} says so
     */
    public List<EventMention> assemble(Document doc, List<Sentence> sentences, List<Mention> mentions,
                                       List<Timex> timexes, DocumentDate docDate, String language,
                                       BooleanSupplier cancelled) {
        String text = doc.text();
        sentences = ClauseSegmenter.bounded(text, sentences, ClauseSegmenter.MAX_SPAN);
        // Sorted once and walked with two cursors, so the cost stays linear in the document's length.
        List<Mention> sortedMentions = new ArrayList<>(mentions);
        sortedMentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Timex> sortedTimexes = new ArrayList<>(timexes);
        sortedTimexes.sort((a, b) -> Integer.compare(a.start(), b.start()));
        DocumentAssembly assembly = new DocumentAssembly(this, statements, doc, docDate, language,
                ToldDays.of(text, sentences, sortedTimexes, docDate));
        int mi = 0;
        int ti = 0;
        for (int si = 0; si < sentences.size(); si++) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("extraction cancelled");
            }
            Sentence s = sentences.get(si);
            while (mi < sortedMentions.size() && sortedMentions.get(mi).start() < s.start()) {
                mi++;
            }
            while (ti < sortedTimexes.size() && sortedTimexes.get(ti).start() < s.start()) {
                ti++;
            }
            if (s.heading() && !DatedHeading.tellsOccasion(text, s, sortedTimexes, ti)) {
                continue;
            }
            List<Token> tokens = tokenizer.tokenize(text, s.start(), s.end());
            List<Timex> st = within(sortedTimexes, ti, s, Timex::start, Timex::end);
            List<Trigger> found = CountedFrom.without(triggers.find(text, tokens), tokens, st);
            if (found.isEmpty() && !FirstSinceOccasion.opensWithFirst(tokens)) {
                continue; // "Une première depuis 1992." still tells the earlier occasion of the one told before
            }
            List<Mention> sm = within(sortedMentions, mi, s, Mention::start, Mention::end);
            assembly.sentence(si, s, tokens, found, sm, st, sortedMentions.subList(Math.max(0, mi - 40), mi));
        }
        List<EventMention> placed = TourLegs.split(
                VisitStay.placed(OccasionPlaces.placed(pruner.prune(assembly.events()))));
        return datelines.of(doc, sortedMentions)
                .map(city -> DatelinePlace.placed(placed, city, text, language)).orElse(placed);
    }

    /** How many days from a summit just told another summit word may fall and still be that summit's. */
    private static final int GATHERING_DAYS = 7;

    /**
     * Whether a summit or forum word naming no place is the gathering told just before ("Leaders met in Oslo on
     * Thursday ... The summit opened on Tuesday"): that one is a summit too, and the two dates lie within days.
     */
    static boolean sameGathering(Trigger t, EventDate when, EventMention enclosing) {
        if (!GATHERINGS.contains(t.type()) || enclosing == null || !GATHERINGS.contains(enclosing.type())
                || enclosing.places().isEmpty() || !enclosing.when().isKnown() || enclosing.when().span() == null) {
            return false;
        }
        if (!when.isKnown() || when.span() == null) {
            return true;
        }
        return !when.span().first().isAfter(enclosing.when().span().last().plusDays(GATHERING_DAYS))
                && !when.span().last().isBefore(enclosing.when().span().first().minusDays(GATHERING_DAYS));
    }

    private static final Set<EventType> GATHERINGS = Set.of(EventType.SUMMIT, EventType.FORUM);

    static <T> List<T> within(List<T> sorted, int from, Sentence s,
                                      ToIntFunction<T> start, ToIntFunction<T> end) {
        List<T> result = new ArrayList<>();
        for (int i = from; i < sorted.size() && start.applyAsInt(sorted.get(i)) < s.end(); i++) {
            if (end.applyAsInt(sorted.get(i)) <= s.end()) {
                result.add(sorted.get(i));
            }
        }
        return result;
    }

    private static boolean noPerson(List<Participant> participants) {
        return participants.stream().noneMatch(p -> p.kind() == ParticipantKind.PERSON);
    }

    EventMention event(Clause c, Trigger t, List<Trigger> all, EventMention lastDatedFamily) {
        int[] segment = ClauseSegmenter.segment(c, t, all);
        List<Participant> participants = new ArrayList<>(arguments.participants(c, t, segment));
        if (EventTypeProfile.of(t.type()).holder()) { // "attended X's inauguration": X is sworn in, not the guest
            Optional<Participant> holder = OfficeHolder.of(c, t).flatMap(m -> arguments.actorOf(m, false));
            if (holder.isPresent()) {
                participants = new ArrayList<>(OfficeHolder.narrowed(participants, holder.get()));
            }
        }
        List<Place> places = placeRanker.places(c, t);
        if (places.isEmpty() && c.withinCue() != null && c.enclosing() != null
                && EventTypeProfile.of(t.type()).place()) {
            places = c.enclosing().places(); // "during the visit": where the visit is
        }
        EventDate when;
        String name = "";
        String key = "";
        if (t.type() == EventType.ANNIVERSARY) {
            AnniversaryResolver.Anniversary a = namer.anniversary(c, t);
            name = a.title();
            key = a.founding().map(f -> f.kind() + ":" + f.key()).orElse("text:" + a.subject().toLowerCase());
            if (a.founding().isPresent() && a.founding().get().kind().equals("relations")) {
                for (String cc : a.founding().get().key().split("-")) {
                    arguments.country(cc).ifPresent(participants::add);
                }
            }
            boolean stated = a.founding().isPresent() && a.founding().get().kind().equals("text");
            when = a.year().map(y -> dates.anniversary(y, a.title() + ": " + a.founding().get().label()
                    + (stated ? " began in " + a.founding().get().date().getYear() + " (stated in the text)"
                    : " began " + a.founding().get().date() + " (general knowledge)") + " + " + a.ordinal()
                    + " years"))
                    .orElseGet(() -> {
                        EventDate own = dater.dateOf(c, t, lastDatedFamily, all);
                        return anniversaries.fromClause(c, t, a.ordinal(), own, datedBySentence(c, own), a.subject());
                    });
            when = anniversaries.insideOccasion(c, when);
            places = List.of();
        } else {
            when = dater.dateOf(c, t, lastDatedFamily, all);
            if (EventTypeProfile.of(t.type()).needsDate() && !datedBySentence(c, when)) {
                // "the war", "relations": background, an event only where the sentence dates it, or for a few
                // types where the lead tells it as the day's news
                when = LeadNews.tells(c, t) ? leadDate(when, lastDatedFamily) : EventDate.unknown("background");
                if (!when.isKnown() || when.precision() != DatePrecision.DAY) {
                    // the lead dates its news to a day; an article known only to its month or year leaves it
                    return null;
                }
            }
            if (t.type() == EventType.FORUM || t.type() == EventType.SUMMIT) {
                name = namer.withPlace(c, namer.properName(c, t), t);
                // "the 15th BRICS summit": an occasion of a series, never the 14th nor the 16th
                key = OccasionNumber.key(c.doc().text(), c.sentence().start(), c.sentence().end(), t.start(), t.end());
            } else if (t.type() == EventType.SANCTION) {
                Optional<Participant> target = arguments.sanctionTarget(c, t, segment);
                if (target.isPresent()) {
                    name = target.get().name();
                    key = "target:" + target.get().id();
                    participants.add(target.get());
                }
            } else if (t.type() == EventType.OTHER && !t.pos().equals("NOUN")) {
                // "attended the state funeral": the verb's object names the occasion. A noun standing for an
                // occasion told before ("Мероприятие состоится ...") has no object; the words after it are the
                // rest of the sentence.
                name = namer.objectPhrase(c, t);
            }
        }
        if (places.isEmpty() && sameGathering(t, when, c.enclosing())) {
            places = c.enclosing().places(); // "the summit opened on Tuesday": where the summit just told is held
        }
        if (MEETING_FAMILY.contains(t.type()) && key.isEmpty() && EventNamer.announcesAnotherRound(c, t)) {
            // "a second round of talks", "the next meeting": a later encounter, never the one already reported.
            key = "next:" + c.doc().id() + ":" + t.start();
        }
        if (participants.isEmpty() && c.withinCue() != null && c.enclosing() != null
                && t.type() != EventType.SANCTION) {
            // "During the talks, the two sides signed ...": the parties are those of the talks.
            participants.addAll(c.enclosing().participants());
        }
        EventMention previous = c.enclosing() != null ? c.enclosing() : lastDatedFamily;
        if (noPerson(participants) && previous != null && !noPerson(previous.participants())
                && !MEETING_FAMILY.contains(t.type()) && arguments.namesThePair(c)) {
            // "the two ministers agreed ...", "both sides signed ...": the parties of the encounter just told,
            // on its day unless the sentence says otherwise.
            participants.addAll(previous.participants());
            if (!when.isKnown()) {
                when = dater.within(previous, "the two sides of the " + previous.type().label().toLowerCase(
                        Locale.ROOT));
            }
        }
        EventMention doneAt = PartylessAct.occasion(c, t, all, participants, places, when.isKnown(),
                previous);
        if (doneAt != null) { // "five memoranda were signed": by the parties of the occasion just told, there
            participants.addAll(doneAt.participants());
            places = doneAt.places();
            when = dater.within(doneAt, "an act naming no party after the " + doneAt.type().label().toLowerCase(
                    Locale.ROOT));
        }
        // "their 2016 Oslo meeting": the occasion of the pair just told, not of nobody
        participants.addAll(PossessiveOccasion.owners(c, t, participants, previous));
        arguments.addImpliedCountries(participants);
        if (t.type() == EventType.VISIT && !places.isEmpty()) {
            arguments.country(places.get(0).countryCode()).ifPresent(participants::add);
        }
        List<Participant> unique = ArgumentFinder.dedupe(participants);
        boolean anaphoric = t.pos().equals("NOUN") && t.tokenIndex() > 0
                && DEFINITE.contains(c.tokens().get(t.tokenIndex() - 1).lower());
        EventStatus status = t.status() != null ? t.status() : EventStatusRules.statusFromDate(when, c.docDate());
        if (status == EventStatus.POSTPONED && when.isKnown() && newDateTold(c, t, when)) {
            status = EventStatus.PLANNED; // "postponed to 15 January": the new date is planned, not put off
        }
        if (t.type() == EventType.AID && status == EventStatus.PLANNED && when.reason().endsWith(ReportDating.MADE_BY_REPORT)) {
            status = EventStatus.HAPPENED; // "will provide aid, the government said": the pledge is made
        }
        double confidence = MEETING_FAMILY.contains(t.type()) && unique.isEmpty() ? 0.4 : 0.7;
        return new EventMention(c.doc().id(), c.order() * 10 + 1, t.type(), status, when, places, unique,
                arguments.topics(c, t), List.of(c.evidence()), name, key, anaphoric && unique.isEmpty(), c.docDate(), confidence);
    }

    /**
     * The day of news the lead tells without a date: the report's, or, after the lead's dated occasion ("Leaders
     * signed a charter on Friday. ... have restored their ties"), that occasion's day.
     */
    private EventDate leadDate(EventDate when, EventMention lastDatedFamily) {
        if (when.isKnown() || lastDatedFamily == null || lastDatedFamily.status() != EventStatus.HAPPENED
                || !MergeRule.singleDay(lastDatedFamily.when())) {
            return when;
        }
        return dater.within(lastDatedFamily, "told in the lead after the "
                + lastDatedFamily.type().label().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the sentence itself dates the event: a date it states, or one of its own time expressions read against
     * an article date that was itself inferred ("from next January" in an article dated by its address). A date
     * borrowed from the context is not the sentence's.
     */
    static boolean datedBySentence(Clause c, EventDate when) {
        return when.isKnown() && (when.basis() != DateBasis.INFERRED
                || c.timexes().stream().anyMatch(x -> when.value().equals(x.value())));
    }

    /** Whether the event's date is the one the clause gives as the new date of a postponement. */
    private boolean newDateTold(Clause c, Trigger t, EventDate when) {
        return tense.newDate(c.tokens(), t.tokenIndex()).map(span -> c.timexes().stream()
                .anyMatch(x -> span.holds(x.start(), x.end()) && x.value().equals(when.value()))).orElse(false);
    }

}
