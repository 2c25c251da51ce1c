package org.diplomatictimeline.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.extract.lang.LanguageFolders;
import org.diplomatictimeline.extract.mention.Mention;
import org.diplomatictimeline.extract.mention.MentionKind;
import org.diplomatictimeline.model.DateBasis;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.DocumentDate;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Evidence;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.Place;
import org.diplomatictimeline.time.Timex;
import org.diplomatictimeline.time.TimexType;

/**
 * Builds event mentions from one document's sentences: a trigger with its clause's actors, place, topics and date,
 * and statements apart from the events they announce.
 */
public final class EventAssembler {

    private static final Set<EventType> MEETING_FAMILY = Set.of(EventType.MEETING, EventType.TALKS,
            EventType.NEGOTIATION, EventType.VISIT, EventType.SUMMIT, EventType.FORUM, EventType.OTHER);
    private static final Set<String> PLACE_PREPOSITIONS = LanguageFolders.withWordsOfKind("prepositions.tsv", "PLACE",
            "in", "at", "inside", "near", "outside"); // and "à", "en", "в", "di" from lang/<code>/prepositions.tsv
    private static final Set<String> TRAVEL_PREPOSITIONS = LanguageFolders.withWordsOfKind("prepositions.tsv",
            "TRAVEL", "to");
    // "of" is missing on purpose: "the leaders of Russia and China" names the actors.
    private static final Set<String> NON_ACTOR_PREPOSITIONS = Set.of("in", "at", "inside", "near", "outside", "from",
            "for", "on", "about", "over", "around", "across", "into", "against");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "his", "her", "him");
    private static final Set<String> DEFINITE = Set.of("the", "this", "that", "his", "her", "their", "its");
    /** Encounters that can enclose others ("while in Moscow, he will also ..."). */
    private static final Set<EventType> ENCLOSING = Set.of(EventType.MEETING, EventType.TALKS,
            EventType.NEGOTIATION, EventType.VISIT, EventType.SUMMIT, EventType.FORUM);
    /** Cues placing a sentence's event inside the visit or summit reported before; lower case, word-bounded. */
    private static final List<String> WITHIN_CUES = List.of("while in ", "while there", "while visiting ",
            "during the visit", "during his visit", "during her visit", "during the trip", "during his trip",
            "during her trip", "during the talks", "during the summit", "during his stay", "during her stay",
            "on the sidelines of", "on the margins of", "on the fringes of", "on the sidelines", "on the margins",
            "lors de cette visite", "lors de sa visite", "lors de la visite", "pendant la visite", "pendant sa visite",
            "en marge de", "au cours de la visite", "во время визита", "в ходе визита", "в ходе переговоров",
            "на полях", "während des besuchs", "am rande", "durante la visita", "al margen de", "a margine");
    private static final Pattern N_DAY = Pattern.compile("(?i)(\\d{1,2}|two|three|four|five|six|seven)[- ]day\\W*\\w*\\W*$");

    private final WordTokenizer tokenizer = new WordTokenizer();
    private final EventTriggerFinder triggers;
    private final ActorMapper actors = new ActorMapper();
    private final EventDateResolver dates = new EventDateResolver();
    private final AnniversaryResolver anniversaries;

    public EventAssembler(TriggerLexicon lexicon, AnniversaryResolver anniversaries) {
        this.triggers = new EventTriggerFinder(lexicon);
        this.anniversaries = anniversaries;
    }

    /** The event mentions of one document, in text order. */
    public List<EventMention> assemble(Document doc, List<Sentence> sentences, List<Mention> mentions,
                                       List<Timex> timexes, DocumentDate docDate) {
        String text = doc.text();
        List<EventMention> out = new ArrayList<>();
        EventMention lastDatedFamily = null;
        EventMention enclosing = null;
        // Sorted once and walked with two cursors, so the cost stays linear in the document's length.
        List<Mention> sortedMentions = new ArrayList<>(mentions);
        sortedMentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Timex> sortedTimexes = new ArrayList<>(timexes);
        sortedTimexes.sort((a, b) -> Integer.compare(a.start(), b.start()));
        int mi = 0;
        int ti = 0;
        for (int si = 0; si < sentences.size(); si++) {
            Sentence s = sentences.get(si);
            if (s.heading()) {
                continue;
            }
            while (mi < sortedMentions.size() && sortedMentions.get(mi).start() < s.start()) {
                mi++;
            }
            while (ti < sortedTimexes.size() && sortedTimexes.get(ti).start() < s.start()) {
                ti++;
            }
            List<Token> tokens = tokenizer.tokenize(text, s.start(), s.end());
            List<Trigger> found = triggers.find(text, tokens);
            if (found.isEmpty()) {
                continue;
            }
            List<Mention> sm = within(sortedMentions, mi, s, Mention::start, Mention::end);
            List<Timex> st = within(sortedTimexes, ti, s, Timex::start, Timex::end);
            Evidence evidence = new Evidence(doc.id(), s.start(), s.end(), s.text(text));
            Map<Trigger, int[]> attributions = new LinkedHashMap<>();
            EventMention sentenceEncounter = null;
            for (Trigger t : found) {
                if (t.isStatement()) {
                    attributions.put(t, attribution(text, s, tokens, t));
                }
            }
            List<Mention> before = sortedMentions.subList(Math.max(0, mi - 40), mi);
            Context ctx = new Context(doc, s, tokens, sm, st, attributions, evidence, docDate, before, si,
                    enclosing, withinCue(text, s));
            int statementsAt = out.size();
            List<EventMention> plainReports = new ArrayList<>();
            for (Map.Entry<Trigger, int[]> a : attributions.entrySet()) {
                if (plainReport(a.getKey())) {
                    statement(ctx, a.getKey(), a.getValue()).ifPresent(plainReports::add);
                } else {
                    statement(ctx, a.getKey(), a.getValue()).ifPresent(out::add);
                }
            }
            // "held talks ... on the sidelines of a conference": the conference only places the talks.
            int enclosingFrom = sidelinesEnd(text, s);
            Trigger family = found.stream().filter(t -> MEETING_FAMILY.contains(t.type()))
                    .filter(t -> enclosingFrom < 0 || t.start() < enclosingFrom
                            || found.stream().noneMatch(o -> MEETING_FAMILY.contains(o.type())
                            && o.start() < enclosingFrom))
                    .max((a, b) -> a.priority() != b.priority() ? a.priority() - b.priority() : b.start() - a.start())
                    .orElse(null);
            for (Trigger t : found) {
                boolean enclosingForum = enclosingFrom >= 0 && t.start() >= enclosingFrom
                        && (t.type() == EventType.FORUM || t.type() == EventType.SUMMIT);
                if (t.isStatement() || MEETING_FAMILY.contains(t.type()) && t != family && !enclosingForum) {
                    continue;
                }
                EventMention m = event(ctx, t, found, lastDatedFamily);
                if (m == null) {
                    continue;
                }
                if (t.type() == EventType.AGREEMENT && m.participants().isEmpty() && sentenceEncounter != null
                        && !sentenceEncounter.participants().isEmpty()) {
                    // "met in Jakarta on Tuesday, with the two sides signing a memorandum": the same parties.
                    m = new EventMention(m.documentId(), m.order(), m.type(), m.status(), m.when(), m.places(),
                            sentenceEncounter.participants(), m.topics(), m.evidence(), m.name(), m.key(), false,
                            m.documentDate(), m.confidence());
                }
                if (t == family && m.status() != EventStatus.CANCELLED && cancelledEncounter(found, t, tokens)) {
                    // "postponed a planned visit, where he was to hold talks ...": the talks are off too.
                    m = new EventMention(m.documentId(), m.order(), m.type(), EventStatus.CANCELLED, m.when(),
                            m.places(), m.participants(), m.topics(), m.evidence(), m.name(), m.key(), m.anaphoric(),
                            m.documentDate(), m.confidence());
                }
                if (MEETING_FAMILY.contains(t.type()) && t.type() != EventType.OTHER) {
                    sentenceEncounter = m;
                }
                out.add(m);
                boolean inside = ctx.withinCue() != null && enclosing != null;
                if (MEETING_FAMILY.contains(t.type()) && m.when().isKnown() && !inside) {
                    lastDatedFamily = m; // an event inside the visit is not what "then" follows
                }
                // The enclosing event is the latest dated encounter, unless it is dated more coarsely than the one
                // already held ("the visit coincides with the 2019 anniversary" does not replace "on Wednesday").
                if (ENCLOSING.contains(t.type()) && m.when().isKnown() && !inside && (enclosing == null
                        || m.when().precision().isFinerOrEqual(enclosing.when().precision()))) {
                    enclosing = m;
                }
            }
            boolean announcesEncounter = out.subList(statementsAt, out.size()).stream()
                    .anyMatch(e -> e.status() == EventStatus.PLANNED && MEETING_FAMILY.contains(e.type())
                            && e.type() != EventType.OTHER);
            if (out.size() == statementsAt || announcesEncounter) {
                // "X said" is news only when the sentence reports nothing else, or when it announces a planned
                // visit or meeting (the announcement is then the act); otherwise it is the event's source.
                out.addAll(plainReports);
            }
        }
        return out;
    }

    /** Plain reporting verbs ("said", "told", "according to"): they cite a source rather than make news. */
    private static final Set<String> PLAIN_REPORTS = Set.of("say", "says", "said", "tell", "tells", "told",
            "according to", "add", "adds", "added", "note", "notes", "noted", "state", "states", "stated",
            "report", "reports", "reported", "confirm", "confirms", "confirmed", "stress", "stresses", "stressed",
            "told reporters", "сообщил", "сообщила", "сообщили");

    private static boolean plainReport(Trigger t) {
        return PLAIN_REPORTS.contains(t.text().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " "));
    }

    /** Whether an encounter before {@code t} in the sentence is called off, with no "but" or "instead" between. */
    private static boolean cancelledEncounter(List<Trigger> found, Trigger t, List<Token> tokens) {
        for (Trigger o : found) {
            if (o != t && o.end() <= t.start() && MEETING_FAMILY.contains(o.type())
                    && o.status() == EventStatus.CANCELLED) {
                return tokens.stream().noneMatch(k -> k.start() >= o.end() && k.end() <= t.start()
                        && Set.of("but", "however", "instead", "while", "although").contains(k.lower()));
            }
        }
        return false;
    }

    /** Where "on the sidelines of" (or margins, fringes) ends in the sentence, or -1. */
    private static int sidelinesEnd(String text, Sentence s) {
        String lower = text.substring(s.start(), s.end()).toLowerCase(java.util.Locale.ROOT);
        for (String cue : List.of("on the sidelines of", "on the margins of", "on the fringes of")) {
            int i = lower.indexOf(cue);
            if (i >= 0) {
                return s.start() + i + cue.length();
            }
        }
        return -1;
    }

    /** The first cue in the sentence that sets its event inside an enclosing one, or null. */
    private static String withinCue(String text, Sentence s) {
        String lower = text.substring(s.start(), s.end()).toLowerCase(java.util.Locale.ROOT);
        for (String cue : WITHIN_CUES) {
            int i = lower.indexOf(cue);
            if (i >= 0 && (i == 0 || !Character.isLetter(lower.charAt(i - 1)))) {
                return cue;
            }
        }
        return null;
    }

    private static <T> List<T> within(List<T> sorted, int from, Sentence s,
                                      java.util.function.ToIntFunction<T> start, java.util.function.ToIntFunction<T> end) {
        List<T> result = new ArrayList<>();
        for (int i = from; i < sorted.size() && start.applyAsInt(sorted.get(i)) < s.end(); i++) {
            if (end.applyAsInt(sorted.get(i)) <= s.end()) {
                result.add(sorted.get(i));
            }
        }
        return result;
    }

    private Optional<EventMention> statement(Context c, Trigger t, int[] span) {
        List<Participant> speakers = new ArrayList<>();
        for (Mention m : c.mentions) {
            if (m.start() >= span[0] && m.end() <= span[1] && (m.end() <= t.start() || t.pos().equals("REPORT"))
                    && !agencyCredit(c.doc.text(), m)) {
                actorOf(m, true).ifPresent(speakers::add);
            }
        }
        addImpliedCountries(speakers);
        if (speakers.isEmpty()) {
            return Optional.empty(); // "she added", "it says": no speaker we can name
        }
        List<Timex> inside = c.timexes.stream().filter(EventDateResolver::canDate)
                .filter(x -> x.start() >= span[0] && x.end() <= span[1]).toList();
        EventDate when = EventDateResolver.nearest(inside, t.start())
                .map(x -> dates.fromTimex(x, null, c.docDate)).orElseGet(() -> dates.reportedBy(c.docDate));
        EventStatus status = t.status() == null ? EventStatus.HAPPENED : t.status();
        return Optional.of(new EventMention(c.doc.id(), c.order * 10, EventType.STATEMENT, status, when, List.of(),
                speakers, topics(c, null), List.of(c.evidence), "", "", false, c.docDate, 0.6));
    }

    private EventMention event(Context c, Trigger t, List<Trigger> all, EventMention lastDatedFamily) {
        int[] segment = segment(c, t, all);
        List<Participant> participants = new ArrayList<>();
        boolean talks = t.type() == EventType.TALKS && t.text().toLowerCase().startsWith("discuss");
        for (Mention m : c.mentions) {
            if (m.start() < segment[0] || m.end() > segment[1] || insideForeignAttribution(c, t, m.start())
                    || agencyCredit(c.doc.text(), m)) {
                continue;
            }
            if (talks && m.start() > t.end() && m.kind() == MentionKind.COUNTRY) {
                continue; // "will discuss Venezuela, Syria": subjects of talks, not parties to them
            }
            boolean placeGoverned = governedBy(c, m, NON_ACTOR_PREPOSITIONS) || governedBy(c, m, Set.of("to"));
            actorOf(m, m.metonym() && !placeGoverned)
                    .filter(p -> !governedBy(c, m, NON_ACTOR_PREPOSITIONS) || m.kind() == MentionKind.PERSON)
                    .ifPresent(participants::add);
        }
        if (participants.stream().noneMatch(p -> p.kind() == org.diplomatictimeline.model.ParticipantKind.PERSON)
                && mentionsPronoun(c, segment)) {
            previousPerson(c, t.start()).flatMap(actors::participant).ifPresent(participants::add);
        }
        List<Place> places = places(c, t);
        if (places.isEmpty() && c.withinCue() != null && c.enclosing() != null && t.type() != EventType.SANCTION
                && t.type() != EventType.AID) {
            places = c.enclosing().places(); // "during the visit": where the visit is
        }
        EventDate when;
        String name = "";
        String key = "";
        if (t.type() == EventType.ANNIVERSARY) {
            AnniversaryResolver.Anniversary a = anniversary(c, t);
            name = a.title();
            key = a.founding().map(f -> f.kind() + ":" + f.key()).orElse("text:" + a.subject().toLowerCase());
            if (a.founding().isPresent() && a.founding().get().kind().equals("relations")) {
                for (String cc : a.founding().get().key().split("-")) {
                    actors.country(cc).ifPresent(participants::add);
                }
            }
            boolean stated = a.founding().isPresent() && a.founding().get().kind().equals("text");
            when = a.year().map(y -> dates.anniversary(y, a.title() + ": " + a.founding().get().label()
                    + (stated ? " began in " + a.founding().get().date().getYear() + " (stated in the text)"
                    : " began " + a.founding().get().date() + " (general knowledge)") + " + " + a.ordinal()
                    + " years"))
                    .orElseGet(() -> EventDate.unknown("the anniversary's year cannot be computed from '"
                            + a.subject() + "'"));
            places = List.of();
        } else {
            when = dateOf(c, t, lastDatedFamily);
            if (t.type() == EventType.FORUM || t.type() == EventType.SUMMIT) {
                name = withPlace(c, properName(c, t), t);
            } else if (t.type() == EventType.SANCTION) {
                Optional<Participant> target = sanctionTarget(c, t, segment);
                if (target.isPresent()) {
                    name = target.get().name();
                    key = "target:" + target.get().id();
                    participants.add(target.get());
                }
            } else if (t.type() == EventType.OTHER) {
                name = objectPhrase(c, t);
            }
        }
        if (MEETING_FAMILY.contains(t.type()) && key.isEmpty() && announcesAnotherRound(c, t)) {
            // "a second round of talks", "the next meeting": a later encounter, never the one already reported.
            key = "next:" + c.doc.id() + ":" + t.start();
        }
        if (participants.isEmpty() && c.withinCue() != null && c.enclosing() != null
                && t.type() != EventType.SANCTION) {
            // "During the talks, the two sides signed ...": the parties are those of the talks.
            participants.addAll(c.enclosing().participants());
        }
        addImpliedCountries(participants);
        if (t.type() == EventType.VISIT && !places.isEmpty()) {
            actors.country(places.get(0).countryCode()).ifPresent(participants::add);
        }
        List<Participant> unique = dedupe(participants);
        boolean anaphoric = t.pos().equals("NOUN") && t.tokenIndex() > 0
                && DEFINITE.contains(c.tokens.get(t.tokenIndex() - 1).lower());
        EventStatus status = t.status() != null ? t.status() : statusFromDate(when, c.docDate);
        if (t.type() == EventType.AID && status == EventStatus.PLANNED && when.reason().endsWith(MADE_BY_REPORT)) {
            status = EventStatus.HAPPENED; // "will provide aid, the government said": the pledge is made
        }
        double confidence = MEETING_FAMILY.contains(t.type()) && unique.isEmpty() ? 0.4 : 0.7;
        return new EventMention(c.doc.id(), c.order * 10 + 1, t.type(), status, when, places, unique,
                topics(c, t), List.of(c.evidence), name, key, anaphoric && unique.isEmpty(), c.docDate, confidence);
    }

    private EventDate dateOf(Context c, Trigger t, EventMention lastDatedFamily) {
        boolean triggerInAttribution = c.attributions.values().stream().anyMatch(a -> t.start() >= a[0]
                && t.end() <= a[1]);
        List<Timex> usable = c.timexes.stream().filter(EventDateResolver::canDate)
                .filter(x -> triggerInAttribution || !insideAnyAttribution(c, x.start()))
                .filter(x -> !attributive(c, x)).filter(x -> !inPersonClause(c, x, t)).toList();
        Optional<Timex> timex = EventDateResolver.nearest(usable, t.start());
        if (timex.isPresent()) {
            return dates.directed(dates.fromTimex(timex.get(), duration(c, t), c.docDate), timex.get(), t.status(),
                    c.docDate);
        }
        if (c.withinCue() != null && c.enclosing() != null) {
            return dates.within(c.enclosing().when(), c.withinCue().trim(),
                    c.enclosing().type().label().toLowerCase());
        }
        boolean then = c.tokens.stream().anyMatch(k -> k.lower().equals("then") && k.start() < t.start());
        if (then && lastDatedFamily != null && lastDatedFamily.when().span() != null) {
            return dates.after(lastDatedFamily.when(), "the " + lastDatedFamily.type().label().toLowerCase()
                    + " reported earlier");
        }
        Optional<EventDate> reported = reportDate(c, t);
        if (reported.isPresent()) {
            return reported.get();
        }
        return EventDate.unknown("no date in the sentence");
    }

    /** Events the report itself performs: announcing aid, sanctions or recognition is giving them. */
    private static final String MADE_BY_REPORT = " (the report makes it)";
    private static final Set<EventType> ACTS_OF_REPORT = Set.of(EventType.AID, EventType.SANCTION,
            EventType.RECOGNITION);

    /**
     * "Japan will provide aid ..., the government said on Wednesday": with no date of its own, an aid pledge,
     * sanction or recognition is made by the announcement, so it takes the reporting clause's date. A planned
     * meeting or visit never does (the announcement day is not the day it happens), nor does an agreement
     * unless the clause reports it as already signed.
     */
    private Optional<EventDate> reportDate(Context c, Trigger t) {
        boolean signed = t.type() == EventType.AGREEMENT && t.status() != EventStatus.PLANNED
                && t.status() != EventStatus.CANCELLED;
        if (!ACTS_OF_REPORT.contains(t.type()) && !signed) {
            return Optional.empty();
        }
        List<Timex> inReport = c.timexes.stream().filter(EventDateResolver::canDate)
                .filter(x -> insideAnyAttribution(c, x.start())).toList();
        return EventDateResolver.nearest(inReport, t.start()).map(x -> {
            EventDate d = dates.fromTimex(x, null, c.docDate);
            return d.isKnown() ? d.withBasis(d.basis() == DateBasis.STATED ? DateBasis.INFERRED : d.basis(),
                    d.reason() + "; the " + t.type().label().toLowerCase(java.util.Locale.ROOT)
                    + " dated by the report '" + x.text() + "'" + MADE_BY_REPORT) : d;
        });
    }

    /**
     * "França, who took office at the end of March, was on his first visit": a date inside a clause about a person
     * (", who ... ,") dates what the person did, not the event outside it.
     */
    private static boolean inPersonClause(Context c, Timex x, Trigger t) {
        List<Token> k = c.tokens;
        for (int i = 1; i < k.size(); i++) {
            String w = k.get(i).lower();
            if (!k.get(i - 1).lower().equals(",") || !(w.equals("who") || w.equals("whose") || w.equals("whom"))) {
                continue;
            }
            int end = c.sentence.end();
            for (int j = i + 1; j < k.size(); j++) {
                if (k.get(j).lower().equals(",")) {
                    end = k.get(j).start();
                    break;
                }
            }
            int start = k.get(i).start();
            boolean timexInside = x.start() >= start && x.end() <= end;
            boolean triggerInside = t.start() >= start && t.end() <= end;
            if (timexInside && !triggerInside) {
                return true;
            }
        }
        return false;
    }

    /** "the 2015 Joint Comprehensive Plan of Action": a year naming a thing, not dating the clause's event. */
    private static boolean attributive(Context c, Timex x) {
        if (!x.value().matches("\\d{4}")) {
            return false;
        }
        Token previous = null;
        Token next = null;
        for (Token k : c.tokens) {
            if (k.end() <= x.start()) {
                previous = k;
            } else if (k.start() >= x.end() && next == null) {
                next = k;
            }
        }
        boolean determiner = previous != null && Set.of("the", "a", "an", "its", "this", "their", "his", "her")
                .contains(previous.lower());
        return determiner && next != null && Character.isLetter(next.lower().charAt(0));
    }

    /**
     * "JAKARTA, March 3 (Xinhua) --", "WASHINGTON (AP) -": the news agency credited in a dateline, in parentheses
     * near the start of its line, files the story and takes no part in it.
     */
    private static boolean agencyCredit(String text, Mention m) {
        if (m.kind() != MentionKind.ORGANISATION || m.start() == 0 || m.end() >= text.length()
                || text.charAt(m.start() - 1) != '(' || text.charAt(m.end()) != ')') {
            return false;
        }
        int lineStart = text.lastIndexOf('\n', m.start()) + 1;
        return m.start() - lineStart <= 60;
    }

    private static final Set<String> ANOTHER = Set.of("next", "second", "third", "fourth", "another", "new",
            "further", "follow-up", "subsequent", "upcoming", "future");

    /** Whether a word just before the trigger ("the next round of", "a second meeting") makes it another one. */
    private static boolean announcesAnotherRound(Context c, Trigger t) {
        for (int i = t.tokenIndex() - 1; i >= 0 && i >= t.tokenIndex() - 8; i--) {
            String w = c.tokens.get(i).lower();
            String next = c.tokens.get(i + 1).lower();
            if (ANOTHER.contains(w) && !Set.of("day", "week", "month", "year", "time", "morning").contains(next)) {
                return true; // "the next round of the strategic dialogue", not "the next day"
            }
            if (w.equals(",") || w.equals(";")) {
                return false;
            }
        }
        return false;
    }

    private Timex duration(Context c, Trigger t) {
        for (Timex x : c.timexes) {
            if (x.type() == TimexType.DURATION && x.end() <= t.start() && t.start() - x.end() < 12) {
                return x;
            }
        }
        int from = Math.max(c.sentence.start(), t.start() - 20);
        Matcher m = N_DAY.matcher(c.doc.text().substring(from, t.start()));
        if (m.find()) {
            String n = m.group(1).toLowerCase();
            int days = switch (n) {
                case "two" -> 2;
                case "three" -> 3;
                case "four" -> 4;
                case "five" -> 5;
                case "six" -> 6;
                case "seven" -> 7;
                default -> Integer.parseInt(n);
            };
            int start = from + m.start();
            int end = from + m.start() + m.group(1).length() + 4;
            return new Timex(start, end, c.doc.text().substring(start, end), TimexType.DURATION, "P" + days + "D",
                    null, null, false);
        }
        return null;
    }

    private AnniversaryResolver.Anniversary anniversary(Context c, Trigger t) {
        String text = c.doc.text();
        String before = text.substring(c.sentence.start(), t.start());
        String after = text.substring(t.end(), c.sentence.end());
        Set<String> codes = new LinkedHashSet<>();
        for (Mention m : c.mentions) {
            if (m.start() >= t.end() && m.countryCode() != null && !m.countryCode().isBlank()
                    && m.kind() != MentionKind.PERSON && m.kind() != MentionKind.TOPIC) {
                codes.add(m.countryCode().toUpperCase());
            }
        }
        AnniversaryResolver.Anniversary a = anniversaries.resolve(before, after, codes);
        if (a.year().isPresent() || a.ordinal() == 0) {
            return a;
        }
        // "the 73rd anniversary of the relations they established in 1948", "established relations in 1958, and
        // ... the 65th anniversary of those relations": the founding year stated in the sentence itself.
        String sentence = text.substring(c.sentence.start(), c.sentence.end());
        if (!FOUNDING_VERB.matcher(sentence).find()) {
            return a;
        }
        Matcher y = STATED_YEAR.matcher(sentence);
        int anchor = t.start() - c.sentence.start();
        Integer best = null;
        int bestDistance = Integer.MAX_VALUE;
        while (y.find()) {
            int year = Integer.parseInt(y.group(1));
            int distance = Math.abs(y.start() - anchor);
            if (year >= 1800 && year + a.ordinal() <= 2100 && distance < bestDistance) {
                best = year;
                bestDistance = distance;
            }
        }
        if (best == null) {
            return a;
        }
        String label = a.subject().isBlank() ? "what began in " + best : a.subject();
        return new AnniversaryResolver.Anniversary(a.ordinal(), Optional.of(new AnniversaryResolver.Founding(
                "text", label.toLowerCase(java.util.Locale.ROOT), java.time.LocalDate.of(best, 1, 1), label,
                List.of())), a.subject());
    }

    private static final Pattern FOUNDING_VERB = Pattern.compile("(?i)\\b(established|establishing|founded|signed|"
            + "began|begun|opened|set up|created|launched|since)\\b");
    private static final Pattern STATED_YEAR = Pattern.compile("(?i)\\b(?:in|since)\\s+(\\d{4})\\b");

    private List<Place> places(Context c, Trigger t) {
        Place best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Mention m : c.mentions) {
            if (!ActorMapper.isPlace(m) || insideForeignAttribution(c, t, m.start())) {
                continue;
            }
            boolean travel = t.type() == EventType.VISIT || t.type() == EventType.FORUM || t.type() == EventType.SUMMIT;
            int tier = governedBy(c, m, PLACE_PREPOSITIONS) ? 0
                    : travel && governedBy(c, m, TRAVEL_PREPOSITIONS) ? 1 : -1;
            if (tier < 0 || t.type() == EventType.SANCTION || t.type() == EventType.AID
                    || t.type() == EventType.RECOGNITION || t.type() == EventType.MILITARY_COOPERATION) {
                continue;
            }
            int specificity = switch (m.kind()) {
                case VENUE -> 0;
                case CITY -> 1;
                case REGION -> 2;
                default -> 3;
            };
            int rank = tier * 100 + specificity * 10 + Math.min(9, Math.abs(m.start() - t.start()) / 40);
            Optional<Place> p = actors.place(m);
            if (p.isPresent() && rank < bestRank) {
                best = p.get();
                bestRank = rank;
            }
        }
        return best == null ? List.of() : List.of(best);
    }

    private List<String> topics(Context c, Trigger t) {
        Set<String> topics = new LinkedHashSet<>();
        for (Mention m : c.mentions) {
            if (m.kind() == MentionKind.TOPIC) {
                topics.add(m.name());
            } else if (t != null && m.kind() == MentionKind.COUNTRY && m.start() > t.end()
                    && (t.text().toLowerCase().startsWith("discuss") || governedBy(c, m, Set.of("on", "about")))) {
                topics.add(m.name());
            }
        }
        return List.copyOf(topics);
    }

    private Optional<Participant> actorOf(Mention m, boolean subjectPosition) {
        if ((m.kind() == MentionKind.CITY || m.kind() == MentionKind.VENUE) && subjectPosition) {
            return actors.country(m.countryCode()); // "Moscow said": the capital speaks for its government
        }
        return actors.participant(m);
    }

    private void addImpliedCountries(List<Participant> participants) {
        for (Participant p : List.copyOf(participants)) {
            if (p.kind() == org.diplomatictimeline.model.ParticipantKind.PERSON) {
                actors.country(p.countryCode()).ifPresent(participants::add);
            }
        }
    }

    private int[] segment(Context c, Trigger t, List<Trigger> all) {
        int from = c.sentence.start();
        int to = c.sentence.end();
        int opener = subordinateOpenerEnd(c);
        if (opener > 0 && t.start() > opener) {
            from = opener; // "While X did this, Moscow and Beijing continue to ...": the main clause's actors
        }
        if (MEETING_FAMILY.contains(t.type())) {
            for (int[] a : c.attributions.values()) {
                if (t.start() >= a[0] && t.end() <= a[1]) {
                    return a;
                }
            }
            return new int[] {from, to};
        }
        // ", while Russia has ...", "; ...": a new clause with its own actors.
        for (int i = 1; i < c.tokens.size(); i++) {
            Token k = c.tokens.get(i);
            boolean boundary = k.lower().equals(";") || c.tokens.get(i - 1).lower().equals(",")
                    && Set.of("while", "but", "whereas", "although").contains(k.lower());
            if (boundary && k.end() <= t.start()) {
                from = Math.max(from, k.end());
            } else if (boundary && k.start() >= t.end()) {
                to = Math.min(to, c.tokens.get(i - 1).start());
                break;
            }
        }
        for (Trigger o : all) {
            if (o == t || o.isStatement()) {
                continue;
            }
            if (o.end() <= t.start()) {
                from = Math.max(from, o.end());
            } else if (o.start() >= t.end()) {
                to = Math.min(to, attachedStart(c, o));
            }
        }
        return new int[] {from, to};
    }

    private static int subordinateOpenerEnd(Context c) {
        if (c.tokens.isEmpty() || !Set.of("while", "although", "though", "whereas", "as", "after", "before", "since",
                "when", "if", "with", "amid", "despite").contains(c.tokens.get(0).lower())) {
            return -1;
        }
        for (Token k : c.tokens) {
            if (k.lower().equals(",")) {
                return k.end();
            }
        }
        return -1;
    }

    /** The start of a trigger with a mention glued before it ("US sanctions"): the mention belongs to it. */
    private static int attachedStart(Context c, Trigger o) {
        for (Mention m : c.mentions) {
            if (m.end() <= o.start() && o.start() - m.end() <= 2) {
                return m.start();
            }
        }
        return o.start();
    }

    private boolean governedBy(Context c, Mention m, Set<String> prepositions) {
        int idx = -1;
        for (int i = 0; i < c.tokens.size() && c.tokens.get(i).start() < m.start(); i++) {
            idx = i;
        }
        if (idx < 0) {
            return false;
        }
        Token previous = c.tokens.get(idx);
        if (previous.lower().equals("the") || previous.lower().equals("a")) {
            previous = idx > 0 ? c.tokens.get(idx - 1) : null;
        }
        return previous != null && prepositions.contains(previous.lower());
    }

    private boolean mentionsPronoun(Context c, int[] segment) {
        return c.tokens.stream().anyMatch(k -> k.start() >= segment[0] && k.end() <= segment[1]
                && PRONOUNS.contains(k.lower()));
    }

    /**
     * The person "he", "she" or "his" most likely refers to: the most recent person named as a subject (not after
     * "with", "to", "by", "his counterpart" and the like), else the most recent person named.
     */
    private static Optional<Mention> previousPerson(Context c, int before) {
        Mention best = null;
        Mention bestSubject = null;
        int limit = Math.max(0, c.sentence.start() - 800);
        List<Mention> candidates = new ArrayList<>(c.allMentions);
        candidates.addAll(c.mentions);
        String text = c.doc.text();
        for (Mention m : candidates) {
            if (m.kind() == MentionKind.PERSON && m.end() <= before && m.start() >= limit) {
                if (best == null || m.start() > best.start()) {
                    best = m;
                }
                if ((bestSubject == null || m.start() > bestSubject.start()) && subjectLike(text, m.start())) {
                    bestSubject = m;
                }
            }
        }
        return Optional.ofNullable(bestSubject != null ? bestSubject : best);
    }

    private static final Set<String> OBJECT_MARKERS = Set.of("with", "to", "by", "for", "from", "and", "met",
            "meet", "meets", "meeting", "received", "receive", "hosted", "host", "welcomed", "welcome", "invited",
            "counterpart", "counterparts", "told", "called", "urged", "thanked", "congratulated", "of", "against");

    /** Whether the words just before a name leave it as a clause's subject rather than an object. */
    private static boolean subjectLike(String text, int start) {
        int i = start - 1;
        while (true) {
            while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == ',')) {
                i--;
            }
            int end = i + 1;
            while (i >= 0 && Character.isLetter(text.charAt(i))) {
                i--;
            }
            if (end == i + 1) {
                return true; // start of text or a sentence mark: a subject
            }
            String word = text.substring(i + 1, end);
            if (Character.isUpperCase(word.charAt(0)) && i >= 0 && text.charAt(i) == ' ') {
                continue; // "Iranian President" before the name: a title, look further back
            }
            return !OBJECT_MARKERS.contains(word.toLowerCase(java.util.Locale.ROOT));
        }
    }

    private static boolean insideAnyAttribution(Context c, int offset) {
        return c.attributions.values().stream().anyMatch(a -> offset >= a[0] && offset < a[1]);
    }

    private static boolean insideForeignAttribution(Context c, Trigger t, int offset) {
        for (int[] a : c.attributions.values()) {
            boolean triggerInside = t.start() >= a[0] && t.end() <= a[1];
            if (!triggerInside && offset >= a[0] && offset < a[1]) {
                return true;
            }
        }
        return false;
    }

    /** Who is sanctioned: "sanctions on X" / "against X", or the subject of "X was hit with sanctions". */
    private Optional<Participant> sanctionTarget(Context c, Trigger t, int[] segment) {
        Mention best = null;
        for (Mention m : c.mentions) {
            if (m.start() < segment[0] || m.end() > segment[1] || m.countryCode().isBlank()
                    || m.kind() == MentionKind.TOPIC || m.kind() == MentionKind.PERSON) {
                continue;
            }
            if (m.start() > t.start() && governedBy(c, m, Set.of("on", "against"))) {
                best = m;
                break;
            }
        }
        if (best == null) {
            boolean passive = c.tokens.stream().anyMatch(k -> k.start() >= segment[0] && k.end() <= segment[1]
                    && (k.lower().equals("was") || k.lower().equals("were")));
            if (passive) {
                best = c.mentions.stream().filter(m -> m.start() >= segment[0] && m.end() <= t.start()
                        && m.kind() == MentionKind.COUNTRY).findFirst().orElse(null);
            }
        }
        return best == null ? Optional.empty() : actors.country(best.countryCode());
    }

    /** A forum's name with the place written before it when the name itself carries none. */
    private String withPlace(Context c, String name, Trigger t) {
        if (name.isBlank()) {
            return name;
        }
        for (Mention m : c.mentions) {
            if (ActorMapper.isPlace(m) && m.end() <= t.start() && m.kind() != MentionKind.COUNTRY) {
                if (name.contains(m.text())) {
                    return name;
                }
                String between = c.doc.text().substring(m.end(), t.start());
                if (between.length() < 40 && !between.contains(".")) {
                    return m.text() + " " + name;
                }
            }
        }
        return name;
    }

    /** "[Place] International Economic Forum": the capitalised words ending at the trigger, plus a place before. */
    private String properName(Context c, Trigger t) {
        String text = c.doc.text();
        int i = t.tokenIndex() - 1;
        int start = t.start();
        while (i >= 0 && Character.isUpperCase(text.charAt(c.tokens.get(i).start()))
                && !c.tokens.get(i).lower().equals("the")) {
            start = c.tokens.get(i).start();
            i--;
        }
        if (start == t.start() && !Character.isUpperCase(text.charAt(t.start()))) {
            return "";
        }
        return text.substring(start, t.end());
    }

    private String objectPhrase(Context c, Trigger t) {
        StringBuilder b = new StringBuilder(t.text());
        for (int i = t.tokenIndex() + 1, n = 0; i < c.tokens.size() && n < 7; i++, n++) {
            String w = c.tokens.get(i).lower();
            if (w.length() == 1 && !Character.isLetterOrDigit(w.charAt(0))) {
                break;
            }
            b.append(' ').append(c.doc.text(), c.tokens.get(i).start(), c.tokens.get(i).end());
        }
        return b.toString();
    }

    private static EventStatus statusFromDate(EventDate when, DocumentDate docDate) {
        if (!when.isKnown() || !docDate.isKnown() || docDate.precision() != DatePrecision.DAY) {
            return EventStatus.HAPPENED;
        }
        java.time.LocalDate d = java.time.LocalDate.parse(docDate.value());
        return when.span().first().isAfter(d) ? EventStatus.PLANNED : EventStatus.HAPPENED;
    }

    private int[] attribution(String text, Sentence s, List<Token> tokens, Trigger t) {
        int i = t.tokenIndex();
        if (t.pos().equals("REPORT")) {
            int end = s.end();
            for (int k = i + 2; k < tokens.size(); k++) {
                if (tokens.get(k).lower().equals(",")) {
                    end = tokens.get(k).start();
                    break;
                }
            }
            return new int[] {t.start(), end};
        }
        for (int k = i + 1; k < Math.min(tokens.size(), i + 7); k++) {
            if (tokens.get(k).lower().equals("that")) {
                int start = s.start();
                for (int b = i - 1; b >= 0; b--) {
                    String w = tokens.get(b).lower();
                    if (w.equals(",") || w.equals("”") || w.equals("\"")) {
                        start = tokens.get(b).end();
                        break;
                    }
                }
                return new int[] {start, tokens.get(k).end()};
            }
        }
        for (int b = i - 1; b >= Math.max(0, i - 6); b--) {
            String w = tokens.get(b).lower();
            if (w.equals(",") || w.equals("”") || w.equals("\"")) {
                int end = s.end();
                for (int k = i + 1; k < tokens.size(); k++) {
                    if (tokens.get(k).lower().equals(",")) {
                        end = tokens.get(k).start();
                        break;
                    }
                }
                return new int[] {tokens.get(b).end(), end};
            }
        }
        int start = s.start();
        for (int b = i - 1; b >= 0; b--) {
            String w = tokens.get(b).lower();
            if (w.equals(",") || w.equals("”") || w.equals("\"") || w.equals(";")) {
                start = tokens.get(b).end();
                break;
            }
        }
        return new int[] {start, s.end()};
    }

    private static List<Participant> dedupe(List<Participant> participants) {
        Map<String, Participant> byId = new LinkedHashMap<>();
        for (Participant p : participants) {
            byId.putIfAbsent(p.id(), p);
        }
        return List.copyOf(byId.values());
    }

    private record Context(Document doc, Sentence sentence, List<Token> tokens, List<Mention> mentions,
                           List<Timex> timexes, Map<Trigger, int[]> attributions, Evidence evidence,
                           DocumentDate docDate, List<Mention> allMentions, int order, EventMention enclosing,
                           String withinCue) {
        // allMentions: the mentions just before this sentence, for "he" and "his" reaching back
    }
}
