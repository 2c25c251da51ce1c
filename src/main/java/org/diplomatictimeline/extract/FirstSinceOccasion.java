package org.diplomatictimeline.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.diplomatictimeline.extract.lang.LanguageFolders;
import org.diplomatictimeline.extract.mention.Mention;
import org.diplomatictimeline.extract.mention.MentionKind;
import org.diplomatictimeline.model.DateBasis;
import org.diplomatictimeline.model.DateModifier;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.DateSpan;
import org.diplomatictimeline.model.DocumentDate;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Evidence;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.ParticipantKind;
import org.diplomatictimeline.model.Place;
import org.diplomatictimeline.model.PlaceKind;
import org.diplomatictimeline.time.Timex;

/**
 * "The first state visit since 1992", "a primeira do género desde 2009", "une première depuis celle de X en 1992":
 * a first of its kind since a year tells that an occasion of the same kind took place in that year, an event of its
 * own a reader of the news would put on the timeline. The cue words live in each language folder's
 * {@code dating.tsv} (kinds FIRST and SINCE).
 */
final class FirstSinceOccasion {

    static final Set<String> FIRST = LanguageFolders.withWordsOfKind("dating.tsv", "FIRST");
    static final Set<String> SINCE = LanguageFolders.withWordsOfKind("dating.tsv", "SINCE");
    /** Words that tie a year to the noun before it ("the independence of 1962"). */
    private static final Set<String> GENITIVE = LanguageFolders.withWordsOfKind("dating.tsv", "GENITIVE");
    /** How many words may stand between the "since" word and the year ("depuis celle effectuée par X, en 1992"). */
    private static final int REACH = 8;
    /** How many words after the year may still name who made the earlier occasion ("since 2004 after X"). */
    private static final int AFTER_YEAR = 7;
    /** How far the first-word may stand from the encounter's word it qualifies ("first official state visit"). */
    private static final int NEAR = 16;
    private static final Pattern YEAR = Pattern.compile("(?:1[89]|20)\\d\\d");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-(?:0[1-9]|1[0-2])");

    private FirstSinceOccasion() {
    }

    /**
     * The earlier occasion the sentence's "first ... since YEAR" tells, of the type of the encounter word nearest the
     * first-word, or of {@code told}'s type where the sentence opens with the first-word and has no encounter word of
     * its own ("Une première depuis ..."); empty where the sentence tells no such thing.
     */
    static Optional<EventMention> earlier(List<Token> tokens, List<Trigger> found, List<Mention> mentions,
                                          List<Timex> timexes, Evidence evidence, DocumentDate docDate, int order,
                                          EventMention told) {
        for (int f = 0; f < tokens.size(); f++) {
            if (!FIRST.contains(tokens.get(f).lower())) {
                continue;
            }
            for (int s = f + 1; s < tokens.size(); s++) {
                if (!SINCE.contains(tokens.get(s).lower())) {
                    continue;
                }
                int y = yearAfter(tokens, s);
                if (y < 0) {
                    break;
                }
                int year = Integer.parseInt(tokens.get(y).lower());
                if (docDate.isKnown() && docDate.value().length() >= 4
                        && year >= Integer.parseInt(docDate.value().substring(0, 4))) {
                    return Optional.empty(); // "since 2024" in a 2024 article: a period, not an earlier occasion
                }
                boolean opens = f <= 2; // "Une première depuis ...": the sentence is about the occasion told before
                Optional<EventType> type = typeNear(found, f).or(() -> opens && told != null
                        ? Optional.of(told.type()) : Optional.empty());
                if (type.isEmpty()) {
                    return Optional.empty();
                }
                List<Participant> parties = people(mentions, tokens.get(s).end(), phraseEnd(tokens, y));
                List<Place> places = List.of();
                // the first of its kind: the earlier one joined the same countries ("of a Senegalese head of state
                // to France"), whoever took part in it
                for (Mention m : mentions) {
                    if (m.kind() == MentionKind.COUNTRY && m.countryCode() != null && !m.countryCode().isBlank()) {
                        String cc = m.countryCode().toUpperCase(Locale.ROOT);
                        if (parties.stream().noneMatch(p -> p.id().equals("country:" + cc))) {
                            parties.add(new Participant("country:" + cc, m.name(), ParticipantKind.COUNTRY, "", cc));
                        }
                    }
                }
                if (parties.isEmpty() && told != null && told.type() == type.get()) {
                    told.participants().stream().filter(p -> p.kind() == ParticipantKind.COUNTRY)
                            .forEach(parties::add);
                    places = told.places().stream().filter(p -> p.kind() == PlaceKind.COUNTRY).toList();
                } else if (told != null && told.type() == type.get()) {
                    places = told.places(); // "the first visit to Beijing since 2011": the earlier one was there too
                }
                return Optional.of(new EventMention(evidence.documentId(), order, type.get(), EventStatus.HAPPENED,
                        sinceDate(year, tokens.get(s).lower(), tokens.get(y), timexes), places, parties, List.of(),
                        List.of(evidence),
                        "", "", false, docDate, 0.6));
            }
        }
        return Optional.empty();
    }

    /** Whether the sentence opens with a first-word and holds a "since" word ("Une première depuis ..."). */
    static boolean opensWithFirst(List<Token> tokens) {
        boolean first = false;
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).lower();
            first |= i <= 2 && FIRST.contains(w);
            if (first && SINCE.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The index of a year within reach after the "since" word, the sentence's words only; -1 when none. */
    private static int yearAfter(List<Token> tokens, int since) {
        for (int i = since + 1; i < tokens.size() && i <= since + REACH; i++) {
            String w = tokens.get(i).lower();
            if (YEAR.matcher(w).matches()) {
                // "since Norway's 1905 independence", "depuis l'indépendance de 1962": the year of another thing
                return GENITIVE.contains(tokens.get(i - 1).lower()) ? -1 : i;
            }
            if (w.endsWith("'s") || w.endsWith("’s")) {
                return -1;
            }
            if (w.equals(".") || w.equals(";") || w.equals(":")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Where the since-phrase ends: a few words after its year, or at the punctuation before them ("since 2004 after
     * former prime minister X" names who made the earlier visit; "since 2004, the minister said" does not).
     */
    private static int phraseEnd(List<Token> tokens, int year) {
        int end = tokens.get(year).end();
        for (int i = year + 1; i < tokens.size() && i <= year + AFTER_YEAR; i++) {
            String w = tokens.get(i).lower();
            if (w.equals(",") || w.equals(".") || w.equals(";") || w.equals(":")) {
                break;
            }
            end = tokens.get(i).end();
        }
        return end;
    }

    /** The type of the encounter word (a visit, a meeting) nearest the first-word, within {@link #NEAR} words. */
    private static Optional<EventType> typeNear(List<Trigger> found, int first) {
        Trigger best = null;
        for (Trigger t : found) {
            if (t.isStatement() || !EventAssembler.MEETING_FAMILY.contains(t.type()) || t.type() == EventType.OTHER
                    || Math.abs(t.tokenIndex() - first) > NEAR) {
                continue;
            }
            if (best == null || Math.abs(t.tokenIndex() - first) < Math.abs(best.tokenIndex() - first)) {
                best = t;
            }
        }
        return Optional.ofNullable(best).map(Trigger::type);
    }

    /** The people named between the "since" word and the year ("depuis celle effectuée par X, en 1992"). */
    private static List<Participant> people(List<Mention> mentions, int from, int to) {
        List<Participant> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.kind() == MentionKind.PERSON && m.start() >= from && m.end() <= to) {
                String cc = m.countryCode() == null ? "" : m.countryCode().toUpperCase(Locale.ROOT);
                out.add(new Participant(m.id(), m.name(), ParticipantKind.PERSON, m.role(), cc));
            }
        }
        return out;
    }

    /**
     * The earlier occasion's date: the month where the sentence writes one with the year ("since December 2011"),
     * else the year.
     */
    private static EventDate sinceDate(int year, String since, Token yearToken, List<Timex> timexes) {
        for (Timex x : timexes) {
            String v = x.value();
            if (x.start() <= yearToken.start() && x.end() >= yearToken.end() && v != null && v.length() == 7
                    && v.startsWith(year + "-") && MONTH.matcher(v).matches()) {
                LocalDate first = LocalDate.of(year, Integer.parseInt(v.substring(5)), 1);
                return new EventDate(v, null, DatePrecision.MONTH, DateModifier.NONE, DateBasis.STATED,
                        new DateSpan(first, first.withDayOfMonth(first.lengthOfMonth())),
                        "the first of its kind '" + since + " " + x.text() + "': an earlier occasion that month");
            }
        }
        return yearDate(year, since);
    }

    private static EventDate yearDate(int year, String since) {
        return new EventDate(String.valueOf(year), null, DatePrecision.YEAR, DateModifier.NONE, DateBasis.STATED,
                new DateSpan(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)),
                "the first of its kind '" + since + " " + year + "': an earlier occasion that year");
    }
}
