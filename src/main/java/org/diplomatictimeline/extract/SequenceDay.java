package org.diplomatictimeline.extract;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.diplomatictimeline.extract.lang.LanguageFolders;
import org.diplomatictimeline.model.DateBasis;
import org.diplomatictimeline.model.DateModifier;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.DateSpan;
import org.diplomatictimeline.model.DocumentDate;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.time.Timex;

/**
 * A day of a programme told by its place in the sequence ("The same day he will meet ...", "Le lendemain il se
 * rendra à ...", "the next day he flew to Juba", "where the previous day he had met ..."): the day of the encounter
 * told just before, the day after it or the day before it, not the article's day, which is where the tagger anchors
 * "the next day". The words live in each language folder's {@code dating.tsv} (kinds SAME_DAY, NEXT_DAY and
 * PREVIOUS_DAY).
 */
final class SequenceDay {

    private static final List<String[]> SAME_DAY = phrases("SAME_DAY");
    private static final List<String[]> NEXT_DAY = phrases("NEXT_DAY");
    private static final List<String[]> PREVIOUS_DAY = phrases("PREVIOUS_DAY");
    /** Words that tie a day word to the noun after it ("la veille du sommet"): the eve of an occasion, no sequence. */
    private static final Set<String> GENITIVE = Set.copyOf(
            LanguageFolders.withWordsOfKind("dating.tsv", "GENITIVE"));

    /**
     * A sequence phrase's words and the days it puts an event after the previous encounter, or, for a day of an
     * occasion ("the second day"), that day's number in it (-1 for its last day) and {@code days} 0.
     */
    private record Phrase(String[] words, int days, int ordinal) {
    }

    /** "second+day=2", "final+day=-1": the phrases of OCCASION_DAY rows and their day numbers. */
    private static final List<Phrase> OCCASION_DAY = LanguageFolders.withWordsOfKind("dating.tsv", "OCCASION_DAY")
            .stream().map(w -> w.split("=", 2))
            .map(f -> new Phrase(f[0].split("\\+"), 0, Integer.parseInt(f[1].strip()))).toList();

    /**
     * The phrases by their first word, the same-day ones before the next-day ones and each kind in its file order,
     * so that a token is tried only against the phrases it can start, in the order of trying them all.
     */
    private static final Map<String, List<Phrase>> BY_FIRST_WORD = byFirstWord();

    private static Map<String, List<Phrase>> byFirstWord() {
        Map<String, List<Phrase>> out = new HashMap<>();
        for (int days = 0; days <= 2; days++) {
            for (String[] words : days == 0 ? SAME_DAY : days == 1 ? NEXT_DAY : PREVIOUS_DAY) {
                out.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Phrase(words, days == 2 ? -1 : days, 0));
            }
        }
        for (Phrase p : OCCASION_DAY) {
            out.computeIfAbsent(p.words()[0], k -> new ArrayList<>()).add(p);
        }
        return out;
    }

    /**
     * Where a sequence phrase stands in a clause and how many days after the previous encounter it puts an event, or
     * which day of that encounter it names ({@code ordinal}: 1 the first, -1 the last, 0 none).
     */
    record Cue(int start, int end, int days, int ordinal) {

        /** Whether a temporal expression is the tagger's reading of this phrase ("the next day"). */
        boolean covers(Timex x) {
            return x.start() < end && x.end() > start;
        }
    }

    private SequenceDay() {
    }

    /** The first sequence phrase among the tokens, if any. */
    static Optional<Cue> find(List<Token> tokens) {
        return find(tokens, List.of());
    }

    /**
     * The first sequence phrase among the tokens, if any; a day-before word followed by a word tying it to a noun or
     * by one of {@code triggers} ("on the eve of the summit", "накануне визита") names the eve of that occasion,
     * which {@link AnchoredPhrase} reads, so it is no cue here.
     */
    static Optional<Cue> find(List<Token> tokens, List<Trigger> triggers) {
        for (int i = 0; i < tokens.size(); i++) {
            for (Phrase p : BY_FIRST_WORD.getOrDefault(tokens.get(i).lower(), List.of())) {
                if (matchesAt(tokens, i, p.words())
                        && (p.days() >= 0 || !namesAnOccasion(tokens, i + p.words().length, triggers))) {
                    return Optional.of(new Cue(tokens.get(i).start(), tokens.get(i + p.words().length - 1).end(),
                            p.days(), p.ordinal()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a day-before cue dates the event word {@code t}: one after it, or one before it in the same stretch of
     * the sentence; "arrived from Pretoria, where the previous day he had met ..." dates the meeting, not the arrival.
     */
    static boolean reaches(Cue cue, List<Token> tokens, Trigger t) {
        if (cue.days() >= 0 || t.start() >= cue.start()) {
            return true;
        }
        return tokens.stream().noneMatch(k -> k.start() >= t.end() && k.end() <= cue.start()
                && (k.lower().equals(",") || k.lower().equals("،") || k.lower().equals(";")));
    }

    private static boolean namesAnOccasion(List<Token> tokens, int next, List<Trigger> triggers) {
        if (next >= tokens.size()) {
            return false;
        }
        if (GENITIVE.contains(tokens.get(next).lower())) {
            return true;
        }
        int until = tokens.get(Math.min(next + 1, tokens.size() - 1)).end();
        // "накануне встретился" (the day before he met): a verb is the act so dated, not an occasion it is the eve of
        return triggers.stream().anyMatch(t -> t.start() >= tokens.get(next).start() && t.start() < until
                && !"VERB".equals(t.pos()));
    }

    /**
     * The day before the article's day, for a day-before cue with no encounter told before it ("confirmed the day
     * before that he would come"); empty for other cues or an article not dated to the day.
     */
    static Optional<EventDate> beforeArticle(Cue cue, DocumentDate docDate) {
        if (cue.days() >= 0 || !docDate.isKnown() || docDate.precision() != DatePrecision.DAY) {
            return Optional.empty();
        }
        LocalDate day = LocalDate.parse(docDate.value()).minusDays(1);
        return Optional.of(new EventDate(day.toString(), null, DatePrecision.DAY, DateModifier.NONE,
                DateBasis.RELATIVE, new DateSpan(day, day), "the day before the article's date (" + docDate.value()
                + ")"));
    }

    /**
     * The day the cue gives after {@code previous}: its very day for "the same day" (only when it is one day), the
     * day after its last day for "the next day", the day before its first day for "the previous day"; empty when
     * {@code previous} is not dated to the day.
     */
    static Optional<EventDate> after(Cue cue, EventMention previous) {
        if (previous == null || !previous.when().isKnown() || previous.when().span() == null
                || previous.when().precision() != DatePrecision.DAY || previous.when().modifier().isOpenEnded()) {
            return Optional.empty();
        }
        if (cue.days() < 0 && previous.evidence().stream().anyMatch(e -> e.end() > cue.start())) {
            return Optional.empty(); // "attended the celebration of the 80th anniversary": not a day before itself
        }
        DateSpan span = previous.when().span();
        if (cue.ordinal() != 0) {
            return dayOf(cue.ordinal(), previous, span);
        }
        if (cue.days() == 0 && !span.first().equals(span.last())) {
            return Optional.empty(); // "the same day" as a visit of three days: no one day
        }
        LocalDate day = cue.days() < 0 ? span.first().minusDays(1) : span.last().plusDays(cue.days());
        String what = previous.type().label().toLowerCase(Locale.ROOT);
        String relation = cue.days() == 0 ? "the same day as the "
                : cue.days() > 0 ? "the day after the " : "the day before the ";
        return Optional.of(new EventDate(day.toString(), null, DatePrecision.DAY, DateModifier.NONE,
                DateBasis.RELATIVE, new DateSpan(day, day), relation + what + " told before ("
                + previous.when().value() + ")"));
    }

    /**
     * The day an occasion of several days names by its number ("on the second day", "hari ketiga", "le dernier
     * jour"): none for an occasion of one day, whose days are not told, or one shorter than the number.
     */
    private static Optional<EventDate> dayOf(int ordinal, EventMention occasion, DateSpan span) {
        long length = ChronoUnit.DAYS.between(span.first(), span.last()) + 1;
        if (length < 2 || ordinal > length) {
            return Optional.empty();
        }
        LocalDate day = ordinal < 0 ? span.last() : span.first().plusDays(ordinal - 1L);
        String which = ordinal < 0 ? "the last day" : "day " + ordinal;
        return Optional.of(new EventDate(day.toString(), null, DatePrecision.DAY, DateModifier.NONE,
                DateBasis.RELATIVE, new DateSpan(day, day), which + " of the "
                + occasion.type().label().toLowerCase(Locale.ROOT) + " told before ("
                + occasion.when().value() + ")"));
    }

    private static boolean matchesAt(List<Token> tokens, int i, String[] words) {
        if (i + words.length > tokens.size()) {
            return false;
        }
        for (int j = 0; j < words.length; j++) {
            if (!tokens.get(i + j).lower().equals(words[j])) {
                return false;
            }
        }
        return true;
    }

    private static List<String[]> phrases(String kind) {
        return LanguageFolders.withWordsOfKind("dating.tsv", kind).stream().map(p -> p.split("\\+")).toList();
    }
}
