package org.diplomatictimeline.extract;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.diplomatictimeline.extract.lang.LanguageFolders;
import org.diplomatictimeline.extract.mention.Mention;
import org.diplomatictimeline.model.DateModifier;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.DateSpan;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.time.Timex;
import org.diplomatictimeline.time.TimexType;

/**
 * An event word set against its sentence's date by a cue before it ("on Sept. 10, after attending the summit",
 * "on Thursday, a day after he met Biden", "on Monday, ahead of the vote"): the event lies before or after that
 * date, by a count of days where the cue gives one, instead of on it. The cues live in each language folder's
 * {@code dating.tsv}.
 *
 * @param start     where the phrase begins (the cue)
 * @param end       where it ends (the next comma, dash or bracket, or the sentence's end)
 * @param direction -1 when the event came before the sentence's date, +1 when after
 * @param days      how many days before or after, or 0 when the cue does not say
 * @param cue       the cue's words as written, for the reason
 */
record AnchoredPhrase(int start, int end, int direction, int days, String cue) {

    private static final String FILE = "dating.tsv";
    private static final Set<String> EARLIER = LanguageFolders.withWordsOfKind(FILE, "EARLIER");
    private static final Set<String> LATER = LanguageFolders.withWordsOfKind(FILE, "LATER");
    private static final Set<String> DAY_EARLIER = LanguageFolders.withWordsOfKind(FILE, "DAY_EARLIER");
    private static final Set<String> DAY_LATER = LanguageFolders.withWordsOfKind(FILE, "DAY_LATER");
    /**
     * Every cue of the four sets with its direction (-1 earlier, 1 later) and whether it is a day's shift, so that
     * each phrase tried (up to {@link #CUE_WORDS} words at each of {@link #REACH} tokens) is looked up once.
     */
    private static final Map<String, int[]> CUES = cues();
    private static final Set<String> DAY = LanguageFolders.withWordsOfKind(FILE, "DAY");
    private static final Set<String> HOURS = LanguageFolders.withWordsOfKind(FILE, "HOURS");
    private static final Set<String> STRETCH = LanguageFolders.withWordsOfKind(FILE, "STRETCH");
    private static final Set<String> NEWS_NOW = LanguageFolders.withWordsOfKind(FILE, "NEWS_NOW");
    /** How many words may stand between a verb of the day's news and the phrase ("comes just two days after"). */
    private static final int NEWS_REACH = 4;
    /** The longest cue, in words. */
    private static final int CUE_WORDS = 3;
    /** How many words may stand between the cue and the event's word ("after attending the annual G20 summit"). */
    private static final int REACH = 9;
    private static final Set<String> BOUNDARIES = Set.of(",", "،", ";", "؛", ":", "—",
            "–", "-", "(", ")", "\"", "“", "”");
    private static final Set<String> BRACKETS = Set.of("(", ")");

    /**
     * The phrase that sets the trigger against the sentence's date, if a cue stands before it within reach, with no
     * comma, dash or bracket and no other event's word between them (that word is what the cue is about), save a verb
     * of taking part ("after attending the summit").
     */
    static Optional<AnchoredPhrase> of(Clause c, Trigger t, List<Trigger> others) {
        List<Token> k = c.tokens();
        int last = t.tokenIndex() - 1;
        if (last < 0 || t.tokenIndex() >= k.size() || k.get(t.tokenIndex()).start() != t.start()) {
            return Optional.empty();
        }
        for (int i = last; i >= 0 && last - i <= REACH; i--) {
            if (BOUNDARIES.contains(k.get(i).lower()) || startsOther(others, t, k.get(i))) {
                return Optional.empty();
            }
            for (int n = 1; n <= CUE_WORDS && i - n + 1 >= 0; n++) {
                int from = i - n + 1;
                int[] cueRead = CUES.get(n == 1 ? k.get(i).lower() : phrase(k, from, i));
                if (cueRead == null) {
                    continue;
                }
                int direction = cueRead[0];
                int days = cueRead[1];
                if (from >= 1 && HOURS.contains(k.get(from - 1).lower())) {
                    return Optional.empty(); // "hours ahead of the summit": the same day
                }
                boolean counted = days == 0 && from >= 2 && DAY.contains(k.get(from - 1).lower())
                        && CountWords.of(k.get(from - 2).lower()) > 0;
                if (counted) {
                    days = CountWords.of(k.get(from - 2).lower());
                }
                String cue = c.doc().text().substring(k.get(counted ? from - 2 : from).start(), k.get(i).end());
                if (i + 1 < k.size() && STRETCH.contains(k.get(i + 1).lower())) {
                    return Optional.empty(); // "after weeks of talks": a stretch of time, no event to follow
                }
                AnchoredPhrase p = new AnchoredPhrase(k.get(from).start(), end(c, t), direction, days, cue);
                // "After visiting Manila, he will be in Pretoria from Sunday" tells the sentence's news; "Ahead of
                // the summit, the kingdom reopened its borders on Monday" never does: the cue puts the summit later.
                return p.spansTime(c, t) || direction < 0 && p.leads(c, from)
                        && others.stream().noneMatch(o -> o != t && !p.covers(o)) ? Optional.empty() : Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** "after weeks of talks": a stretch of time, not an event the sentence's date follows. */
    private boolean spansTime(Clause c, Trigger t) {
        return c.timexes().stream().anyMatch(x -> x.start() >= start && x.start() < t.start()
                && x.type() == TimexType.DURATION); // not a set: "the annual summit" is still one event
    }

    /**
     * "After visiting Manila, he will be in Pretoria from Sunday": a phrase opening the sentence whose event word is
     * the sentence's only one stands for the sentence's news, so it is dated as usual.
     */
    private boolean leads(Clause c, int from) {
        for (int j = 0; j < from; j++) {
            if (Character.isLetterOrDigit(c.tokens().get(j).lower().charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the phrase counts days back from the article's own news ("The announcement comes a day after the
     * summit", "L'annonce intervient au lendemain du sommet"): a day count before the event, right after a verb that
     * tells the news in the present (rows NEWS_NOW of {@code dating.tsv}). Returns where that verb ends, or -1.
     */
    int newsVerbEnd(Clause c) {
        if (direction >= 0 || days <= 0) {
            return -1;
        }
        List<Token> k = c.tokens();
        int cueAt = -1;
        for (int i = 0; i < k.size(); i++) {
            if (k.get(i).start() == start) {
                cueAt = i;
                break;
            }
        }
        for (int i = cueAt - 1; i >= 0 && cueAt - i <= NEWS_REACH; i--) {
            if (BOUNDARIES.contains(k.get(i).lower())) {
                return -1;
            }
            if (NEWS_NOW.contains(k.get(i).lower())) {
                return k.get(i).end();
            }
        }
        return -1;
    }

    /**
     * The encounter word that holds the date the clause's encounter is set against ("arrived in Oslo on Monday,
     * ahead of his summit with ..."): an encounter word of another type before the phrase of {@code family}, so
     * that both are told, the one on the day, the other before or after it; null when there is none.
     */
    static Trigger heldBy(Clause c, List<Trigger> found, Trigger family) {
        if (family == null) {
            return null;
        }
        Optional<AnchoredPhrase> phrase = of(c, family, found);
        if (phrase.isEmpty()) {
            return null;
        }
        Trigger held = null;
        for (Trigger t : found) {
            if (t != family && !t.isStatement() && EventTypeProfile.encounter(t.type()) && t.type() != family.type()
                    && t.end() <= phrase.get().start()) {
                held = t; // the last before the phrase
            }
        }
        return held;
    }

    /**
     * The clause as the encounter word holding the phrase's date sees it ("arrived in Hanoi on Wednesday, ahead of
     * his summit with X in Y"): without the names inside the phrase, which are the arguments of the occasion it sets
     * against that day, so that the held word keeps its own subject and place; empty when {@code held} holds none.
     */
    static Optional<Clause> heldClause(Clause c, List<Trigger> found, Trigger family, Trigger held) {
        if (held == null || family == null) {
            return Optional.empty();
        }
        return of(c, family, found).map(p -> without(c, m -> m.end() > p.start && m.start() < p.end));
    }

    /**
     * The clause as the occasion set against a held word's day sees it ("arrived in Oslo on Monday, ahead of his
     * summit with X in Helsinki"): where the phrase names a place of its own ("in Helsinki"), the places before the phrase are the
     * held word's, not the occasion's; empty when nothing is held or the phrase names no place.
     */
    static Optional<Clause> occasionClause(Clause c, List<Trigger> found, Trigger family, Trigger held) {
        if (held == null || family == null) {
            return Optional.empty();
        }
        return of(c, family, found).filter(p -> c.mentions().stream().anyMatch(m -> ActorMapper.isPlace(m)
                && m.start() >= p.start && m.end() <= p.end && (c.governedBy(m, PlaceRanker.PLACE_PREPOSITIONS)
                || c.governedAcross(m, PlaceRanker.PLACE_PREPOSITIONS, PlaceRanker.SETTLEMENT_NOUNS))))
                .map(p -> without(c, m -> ActorMapper.isPlace(m) && m.end() <= p.start && m.start() > held.start()));
    }

    private static Clause without(Clause c, Predicate<Mention> dropped) {
        return new Clause(c.doc(), c.sentence(), c.tokens(), c.mentions().stream().filter(dropped.negate()).toList(),
                c.timexes(), c.attributions(), c.evidence(), c.docDate(), c.allMentions(), c.order(), c.enclosing(),
                c.withinCue(), c.language(), c.toldDays());
    }

    /** Whether an event word lies inside the phrase. */
    boolean covers(Trigger o) {
        return o.start() >= start && o.end() <= end;
    }

    /** Whether a temporal expression lies inside the phrase, so that it dates the event itself. */
    boolean holds(Timex x) {
        return x.start() >= start && x.end() <= end;
    }

    /** The event's date from the date of the sentence it is set against. */
    EventDate from(EventDate anchor) {
        if (!anchor.isKnown() || anchor.span() == null) {
            return anchor;
        }
        LocalDate first = anchor.span().first();
        LocalDate lastDay = anchor.span().last();
        if (days > 0 && anchor.precision() == DatePrecision.DAY) {
            LocalDate d = direction < 0 ? first.minusDays(days) : lastDay.plusDays(days);
            return new EventDate(d.toString(), null, DatePrecision.DAY, DateModifier.NONE, anchor.basis(),
                    new DateSpan(d, d), anchor.reason() + "; '" + cue + "': " + days + (days == 1 ? " day " : " days ")
                    + (direction < 0 ? "before" : "after") + " it");
        }
        DateModifier modifier = direction < 0 ? DateModifier.BEFORE : DateModifier.AFTER;
        String why = anchor.reason() + "; '" + cue + "': " + (direction < 0 ? "before" : "after") + " it";
        if (anchor.precision() != DatePrecision.DAY) {
            return new EventDate(anchor.value(), anchor.endValue(), anchor.precision(), modifier, anchor.basis(),
                    anchor.span(), why + ", within " + anchor.value());
        }
        // A day as anchor: the event is told without its own day, so the month it most likely shares.
        DateSpan span = direction < 0 ? new DateSpan(first.withDayOfMonth(1), first)
                : new DateSpan(lastDay, lastDay.withDayOfMonth(lastDay.lengthOfMonth()));
        return new EventDate(first.toString().substring(0, 7), null, DatePrecision.MONTH, modifier, anchor.basis(),
                span, why + ", assumed in the same month");
    }

    private static boolean startsOther(List<Trigger> others, Trigger t, Token token) {
        for (Trigger o : others) {
            // "after attending the summit": a verb of taking part leads to the event, it is not another one
            boolean takingPart = o.type() == EventType.OTHER && o.pos().equals("VERB");
            if (o != t && o.start() == token.start() && !takingPart) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, int[]> cues() {
        Map<String, int[]> cues = new HashMap<>();
        for (Set<String> set : List.of(EARLIER, LATER, DAY_EARLIER, DAY_LATER)) {
            for (String phrase : set) {
                int direction = EARLIER.contains(phrase) || DAY_EARLIER.contains(phrase) ? -1 : 1;
                int days = DAY_EARLIER.contains(phrase) || DAY_LATER.contains(phrase) ? 1 : 0;
                cues.put(phrase, new int[] {direction, days});
            }
        }
        return Map.copyOf(cues);
    }

    private static String phrase(List<Token> k, int from, int to) {
        StringBuilder b = new StringBuilder(k.get(from).lower());
        for (int j = from + 1; j <= to; j++) {
            b.append('+').append(k.get(j).lower());
        }
        return b.toString();
    }

    private static int end(Clause c, Trigger t) {
        for (Token token : c.tokens()) {
            // a bracket holds an aside ("the National Liberation Army (ELN) on December 31"), not a new clause
            if (token.start() >= t.end() && BOUNDARIES.contains(token.lower()) && !BRACKETS.contains(token.lower())) {
                return token.start();
            }
        }
        return c.sentence().end();
    }
}
