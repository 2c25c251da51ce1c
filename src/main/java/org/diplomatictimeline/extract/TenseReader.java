package org.diplomatictimeline.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.diplomatictimeline.extract.lang.LanguageFolders;
import org.diplomatictimeline.model.EventStatus;

/**
 * Reads the tense and modality governing a word from the words before it in its clause ("will meet", "is expected
 * to", "has sent", "said"), and after it for nouns ("the visit, which will start").
 */
public final class TenseReader {

    /** How many words before a word its tense is read from. */
    private static final int NEAR_REACH = 12;
    /** How far a future cue is still sought when the near words carry no tense. */
    private static final int FAR_REACH = 30;

    // The cue words are each language's rows of lang/<code>/tense.tsv; English is a folder like the others.
    private static final Set<String> FUTURE = withLanguageCues("FUTURE");
    private static final Set<String> PAST_AUX = withLanguageCues("PAST");
    private static final Set<String> PAST_VERBS = withLanguageCues("PAST_VERB");
    // Sentences are already split, so a full stop inside one closes an abbreviation ("St. Petersburg"), not a clause;
    // the words that open a clause are BREAK rows.
    private static final Set<String> CLAUSE_BREAKS = LanguageFolders.withWordsOfKind("tense.tsv", "BREAK",
            ";", "!", "?", ":", "“", "”", "\"");
    private static final Set<String> CANCEL = withLanguageCues("CANCEL");
    /** Put off to a later day, not called off: the occasion still stands. */
    private static final Set<String> POSTPONE = withLanguageCues("POSTPONE");
    /** "postponed to January", "reporté au", "перенесён на": what follows gives the new date. */
    private static final Set<String> NEW_DATE = withLanguageCues("NEW_DATE");

    private static final Set<String> NEGATION = withLanguageCues("NEGATION");
    /** "not only met ... but": the negation is of "only", and the event holds. */
    private static final Set<String> NOT_ONLY = withLanguageCues("NOT_ONLY");
    /** "to", "will" before "have": an infinitive or a future, no past ("to have talks"). */
    private static final Set<String> HAVE_INFINITIVE = withLanguageCues("HAVE_INFINITIVE");
    /** "be" before a participle: "will be held", "to be signed" are no past. */
    private static final Set<String> PASSIVE_INFINITIVE = withLanguageCues("PASSIVE_INFINITIVE");
    /** "is", "are": the present; beyond the near words they end the search for a far future cue. */
    private static final Set<String> PRESENT = withLanguageCues("PRESENT");
    /** "next", "coming": future cues only near the word; far from it they qualify a date ("next week"). */
    private static final Set<String> NEAR_FUTURE = withLanguageCues("NEAR_FUTURE");
    /** "which will start", "that ended": the tense of a relative clause after a noun. */
    private static final Set<String> AFTER_FUTURE = withLanguageCues("AFTER_FUTURE");
    private static final Set<String> AFTER_PAST = withLanguageCues("AFTER_PAST");
    /** Endings of regular past forms (tense.tsv PAST_ENDING: "-ed"), read only on the verb right after a date. */
    private static final Set<String> PAST_ENDINGS = withLanguageCues("PAST_ENDING");
    /** Endings of present forms (tense.tsv PRESENT_ENDING: "-s"), read only on the verb right after a weekday. */
    private static final Set<String> PRESENT_ENDINGS = withLanguageCues("PRESENT_ENDING");
    /** "agreed to", "decided to": besides the future cues, words after which "to" points to a future event. */
    private static final Set<String> PLANNING = withLanguageCues("PLANNING");
    /** "invited to", "invites to": beginnings of words that do the same. */
    private static final List<String> PLANNING_STEMS = List.copyOf(withLanguageCues("PLANNING_STEM"));
    /** "plan", "plans": future cues that are also nouns ("backed the plan at the summit"). */
    private static final Set<String> NOUN_FUTURE = withLanguageCues("NOUN_FUTURE");
    /** "the", "a", "its", "peace": words just before a {@link #NOUN_FUTURE} word that make it a noun. */
    private static final Set<String> NOUN_DETERMINERS = withLanguageCues("NOUN_DETERMINER");
    /** "to", "for": words after such a noun that keep it a plan of what follows ("a plan to meet"). */
    private static final Set<String> NOUN_FUTURE_LINKS = withLanguageCues("NOUN_FUTURE_LINK");

    // Each cue word's sets as bits, so a word costs one look-up, not one per set; the sets above stay the source.
    private static final int IS_FUTURE = 1;
    private static final int IS_PAST = 2;
    private static final int IS_BREAK = 4;
    private static final int IS_CANCEL = 8;
    private static final int IS_POSTPONE = 16;
    private static final int IS_NEW_DATE = 32;
    private static final int IS_NEGATION = 64;
    private static final int IS_NOT_ONLY = 128;
    private static final Map<String, Integer> CLASSES = classes();

    private static Map<String, Integer> classes() {
        Map<String, Integer> classes = new HashMap<>();
        mark(classes, FUTURE, IS_FUTURE);
        mark(classes, PAST_AUX, IS_PAST);
        mark(classes, PAST_VERBS, IS_PAST);
        mark(classes, CLAUSE_BREAKS, IS_BREAK);
        mark(classes, CANCEL, IS_CANCEL);
        mark(classes, POSTPONE, IS_POSTPONE);
        mark(classes, NEW_DATE, IS_NEW_DATE);
        mark(classes, NEGATION, IS_NEGATION);
        mark(classes, NOT_ONLY, IS_NOT_ONLY);
        return Map.copyOf(classes);
    }

    private static void mark(Map<String, Integer> classes, Set<String> words, int bit) {
        for (String word : words) {
            classes.merge(word, bit, (x, y) -> x | y);
        }
    }

    private static int classOf(String word) {
        Integer c = CLASSES.get(word);
        return c == null ? 0 : c;
    }

    /** The words of that kind in every language folder's {@code tense.tsv}. */
    private static Set<String> withLanguageCues(String kind) {
        return LanguageFolders.withWordsOfKind("tense.tsv", kind);
    }

    /** The tense governing the token at {@code index}, read backwards to the start of its clause. */
    public Tense before(List<Token> tokens, int index) {
        for (int i = index - 1, seen = 0; i >= 0 && seen < NEAR_REACH; i--, seen++) {
            String w = tokens.get(i).lower();
            int c = classOf(w);
            if ((c & IS_BREAK) != 0) {
                return Tense.UNKNOWN;
            }
            if ((c & IS_FUTURE) != 0 && !namesOnlyAPlan(tokens, i)
                    || (c & IS_POSTPONE) != 0 && i < index - 1 && (classOf(tokens.get(i + 1).lower()) & IS_NEW_DATE) != 0) {
                return Tense.FUTURE; // "postponed to 20 January": the new date lies ahead
            }
            if (w.equals("to") && i > 0 && isPlanningWord(tokens.get(i - 1).lower())) {
                return Tense.FUTURE;
            }
            if (infinitiveHave(tokens, i)) {
                continue; // "expected to have talks", "will have a meeting": the words before tell the tense
            }
            if ((c & IS_PAST) != 0 && i > 0 && PASSIVE_INFINITIVE.contains(tokens.get(i - 1).lower())) {
                continue; // "will be held", "is to be signed": the words before "be" tell the tense
            }
            if ((c & IS_PAST) != 0) {
                return Tense.PAST;
            }
            // "am" right before the word read is German "am Dienstag" (on), not English "I am".
            if (PRESENT.contains(w) || w.equals("am") && i < index - 1) {
                return Tense.PRESENT;
            }
        }
        return Tense.UNKNOWN;
    }

    /**
     * The tense of the word at {@code index} read as the verb right after a date set between subject and verb ("The
     * leaders on Monday signed", "on Monday will sign"): a past verb or auxiliary, a future auxiliary, or a past
     * form by its language's ending (tense.tsv PAST_ENDING); a present ("on Friday travels") tells nothing here.
     */
    public Tense verbAfter(List<Token> tokens, int index) {
        if (index >= tokens.size()) {
            return Tense.UNKNOWN;
        }
        String w = tokens.get(index).lower();
        if (AFTER_FUTURE.contains(w)) {
            return Tense.FUTURE;
        }
        if ((classOf(w) & IS_PAST) != 0) {
            return Tense.PAST;
        }
        return hasEnding(w, PAST_ENDINGS) ? Tense.PAST : Tense.UNKNOWN;
    }

    /**
     * True for a present form by its language's ending (tense.tsv PRESENT_ENDING: "travels"), read only on the verb
     * right after a weekday set between subject and verb ("The premier on Friday travels to Riga").
     */
    public boolean presentForm(String word) {
        if ((classOf(word) & (IS_PAST | IS_FUTURE)) != 0) {
            return false;
        }
        return hasEnding(word, PRESENT_ENDINGS);
    }

    /** The fewest letters before an ending for a word to be read as that form ("signed", not "need"). */
    private static final int MIN_STEM = 3;

    /** Whether the word ends in one of the endings with at least {@link #MIN_STEM} letters before it. */
    private static boolean hasEnding(String word, Set<String> endings) {
        for (String ending : endings) {
            if (word.length() >= ending.length() + MIN_STEM && word.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A future cue beyond the near words, when a long stretch with no tense of its own stands between it and the
     * word ("is expected to have a busy week of diplomacy, including the bilateral summit"); a past cue or a clause
     * break met first leaves the tense unknown.
     */
    public Tense farFuture(List<Token> tokens, int index) {
        for (int i = index - 1, seen = 0; i >= 0 && seen < FAR_REACH; i--, seen++) {
            String w = tokens.get(i).lower();
            if (seen >= NEAR_REACH && infinitiveHave(tokens, i)) {
                continue;
            }
            if (CLAUSE_BREAKS.contains(w) || seen >= NEAR_REACH && (PAST_AUX.contains(w) || PAST_VERBS.contains(w)
                    || PRESENT.contains(w))) {
                return Tense.UNKNOWN;
            }
            if (seen >= NEAR_REACH && FUTURE.contains(w) && !NEAR_FUTURE.contains(w)
                    && !namesOnlyAPlan(tokens, i)) {
                return Tense.FUTURE;
            }
        }
        return Tense.UNKNOWN;
    }

    /**
     * True for a future cue that is a noun after a determiner and plans nothing the clause goes on to tell: "backed
     * the plan at the Brussels summit" tells a summit held, "a plan to meet in May" a meeting ahead.
     */
    private static boolean namesOnlyAPlan(List<Token> tokens, int i) {
        return NOUN_FUTURE.contains(tokens.get(i).lower()) && i > 0
                && NOUN_DETERMINERS.contains(tokens.get(i - 1).lower())
                && !(i + 1 < tokens.size() && NOUN_FUTURE_LINKS.contains(tokens.get(i + 1).lower()));
    }

    /** True for "have" after "to" or "will" ("to have talks", "will have met"), which is no past. */
    private static boolean infinitiveHave(List<Token> tokens, int i) {
        return tokens.get(i).lower().equals("have") && i > 0
                && HAVE_INFINITIVE.contains(tokens.get(i - 1).lower());
    }

    /** The tense of a relative or following clause after a noun: "the visit, which will start on May 12". */
    public Tense after(List<Token> tokens, int index) {
        int firstComma = -1;
        for (int i = index + 1, seen = 0; i < tokens.size() && seen < AFTER_REACH; i++, seen++) {
            String w = tokens.get(i).lower();
            if (w.equals(";") || w.equals("!") || w.equals("?")) {
                return Tense.UNKNOWN;
            }
            if (w.equals(",") && firstComma < 0) {
                firstComma = i;
            }
            Tense t = afterCue(w);
            if (t != Tense.UNKNOWN) {
                return t;
            }
        }
        return firstComma < 0 ? Tense.UNKNOWN : afterInsertion(tokens, firstComma);
    }

    /** How many words after a noun its clause's tense is looked for. */
    private static final int AFTER_REACH = 8;
    /** How long an insertion set off by commas after a noun may run ("the ceremony, like the one ..., was led"). */
    private static final int INSERTION_REACH = 30;
    /** How many words after the insertion's closing comma the verb may stand. */
    private static final int VERB_REACH = 2;

    /**
     * The tense of the verb right after an insertion set off by commas after a noun: "La ceremonia en Quito, análoga
     * a la de mayo en Lima, fue encabezada por ...": the noun is the subject of that verb, so it tells its tense.
     */
    private static Tense afterInsertion(List<Token> tokens, int comma) {
        for (int i = comma + 1; i < tokens.size() && i <= comma + INSERTION_REACH; i++) {
            String w = tokens.get(i).lower();
            if (w.equals(";") || w.equals("!") || w.equals("?")) {
                return Tense.UNKNOWN;
            }
            if (w.equals(",")) {
                for (int j = i + 1; j < tokens.size() && j <= i + VERB_REACH; j++) {
                    Tense t = afterCue(tokens.get(j).lower());
                    if (t != Tense.UNKNOWN) {
                        return t;
                    }
                }
                return Tense.UNKNOWN;
            }
        }
        return Tense.UNKNOWN;
    }

    private static Tense afterCue(String w) {
        if (AFTER_FUTURE.contains(w)) {
            return Tense.FUTURE;
        }
        return AFTER_PAST.contains(w) ? Tense.PAST : Tense.UNKNOWN;
    }

    /**
     * True when a negation governs the word from at most two words before it in its clause ("will not travel",
     * "has not yet met", "no agreement"): the text says the event does not take place. Further off the negation is
     * of something else ("did not attend the summit": the summit was held).
     */
    public boolean negated(List<Token> tokens, int index) {
        for (int i = index - 1; i >= Math.max(0, index - 2); i--) {
            int c = classOf(tokens.get(i).lower());
            if ((c & IS_BREAK) != 0) {
                return false;
            }
            if ((c & IS_NEGATION) != 0) {
                return (classOf(tokens.get(i + 1).lower()) & IS_NOT_ONLY) == 0;
            }
        }
        return false;
    }

    /**
     * Whether the clause around the token says the event was called off ({@link EventStatus#CANCELLED}) or put
     * off to a later day ({@link EventStatus#POSTPONED}); empty when it says neither.
     */
    public Optional<EventStatus> calledOff(List<Token> tokens, int index) {
        int cue = putOffCue(tokens, index);
        if (cue < 0) {
            return Optional.empty();
        }
        return Optional.of(POSTPONE.contains(tokens.get(cue).lower()) ? EventStatus.POSTPONED : EventStatus.CANCELLED);
    }

    /**
     * Where in the text the new date of a postponed event is told: just after the cue ("postponed to January",
     * "reporté au 15 janvier") or, in languages that put it first, between a preposition and the cue ("auf den
     * 15. Januar verschoben"). Empty when the clause names no new date this way.
     */
    public Optional<NewDate> newDate(List<Token> tokens, int index) {
        int cue = putOffCue(tokens, index);
        if (cue < 0 || !POSTPONE.contains(tokens.get(cue).lower())) {
            return Optional.empty();
        }
        for (int i = cue + 1; i < Math.min(tokens.size(), cue + 3); i++) {
            if (NEW_DATE.contains(tokens.get(i).lower())) {
                int end = i + 12 < tokens.size() ? tokens.get(i + 12).end() : Integer.MAX_VALUE;
                return Optional.of(new NewDate(tokens.get(i).end(), end));
            }
        }
        for (int i = cue - 1; i > Math.max(index, cue - 8); i--) {
            if (NEW_DATE.contains(tokens.get(i).lower())) {
                return Optional.of(new NewDate(tokens.get(i).end(), tokens.get(cue).start()));
            }
        }
        return Optional.empty();
    }

    /** The stretch of text, as offsets, where a postponed event's new date is told. */
    public record NewDate(int start, int end) {
        /** Whether a date written from {@code from} to {@code to} lies in this stretch. */
        public boolean holds(int from, int to) {
            return from >= start && to <= end;
        }
    }

    private static int putOffCue(List<Token> tokens, int index) {
        int from = Math.max(0, index - 6);
        int to = Math.min(tokens.size(), index + 25);
        for (int i = from; i < to; i++) {
            String w = tokens.get(i).lower();
            if (i > index && (w.equals(";") || w.equals("while") || w.equals("but"))) {
                break;
            }
            int c = classOf(w);
            if ((c & IS_POSTPONE) != 0
                    || (c & IS_CANCEL) != 0 && (!w.equals("off") || i > 0 && tokens.get(i - 1).lower().startsWith("call"))) {
                return i;
            }
        }
        return -1;
    }

    /** True for a bare infinitive after a verb that does not plan ("trying to negotiate"), which is no event. */
    public boolean isIdleInfinitive(List<Token> tokens, int index) {
        if (index < 2 || !tokens.get(index - 1).lower().equals("to")) {
            return false;
        }
        String governor = tokens.get(index - 2).lower();
        return !isPlanningWord(governor) && !governor.startsWith("continu");
    }

    /** True when "to" after this word points to a future event ("expected to", "plans to", "set to"). */
    static boolean isPlanningWord(String w) {
        if (FUTURE.contains(w) || PLANNING.contains(w)) {
            return true;
        }
        for (String stem : PLANNING_STEMS) {
            if (w.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }
}
