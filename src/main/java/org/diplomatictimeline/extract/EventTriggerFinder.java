package org.diplomatictimeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.diplomatictimeline.extract.lang.LanguageFolders;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;

/** Finds event triggers in a sentence's tokens and reads each one's status from its clause. */
public final class EventTriggerFinder {

    /** "continue to recognise": an ongoing stance (tense.tsv ONGOING_STEM and ONGOING_LINK). */
    private static final Set<String> ONGOING_STEMS = LanguageFolders.withWordsOfKind("tense.tsv", "ONGOING_STEM");
    private static final Set<String> ONGOING_LINKS = LanguageFolders.withWordsOfKind("tense.tsv", "ONGOING_LINK");

    private final TriggerLexicon lexicon;
    private final TenseReader tense = new TenseReader();

    public EventTriggerFinder(TriggerLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Head nouns that end compounds in the languages that write them as one word (longest first). */
    private static final List<String> COMPOUND_HEADS = LanguageFolders.linesOfAll("compound-heads.txt").stream()
            .map(String::strip).filter(h -> !h.isEmpty()).sorted((a, b) -> b.length() - a.length()).toList();

    /** The triggers among {@code tokens} (one sentence), in text order, without overlaps. */
    public List<Trigger> find(String text, List<Token> tokens) {
        List<Trigger> triggers = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            TriggerLexicon.Entry match = null;
            int length = 0;
            for (TriggerLexicon.Entry e : lexicon.startingWith(tokens.get(i).lower())) {
                length = matchLength(tokens, i, e.words(), 0);
                if (length > 0) {
                    match = e;
                    break;
                }
            }
            int skip = 0;
            if (match == null) {
                match = compoundHead(text, tokens.get(i));
                length = 1;
            }
            if (match == null) {
                skip = NumberedNoun.headStart(tokens.get(i).lower());
                match = skip > 0 ? NumberedNoun.entry(lexicon, tokens.get(i).lower().substring(skip)) : null;
            }
            if (match == null || !acceptable(tokens, i, match)) {
                i++;
                continue;
            }
            Token first = tokens.get(i);
            Token last = tokens.get(i + length - 1);
            // "25-летие": the trigger is the word after the count, so the count stays before it as its number
            int start = first.start() + skip;
            triggers.add(new Trigger(start, last.end(), text.substring(start, last.end()),
                    match.type(), match.pos(), status(tokens, i, match), match.priority(), i));
            i += length;
        }
        return triggers;
    }

    /**
     * A capitalised noun that ends in a head word of a compounding language ({@code compound-heads.txt} of its
     * folder): "Einzelgespräche", "Quad-Gipfel", "Ministertreffen" are talks, a summit, a meeting. The part before
     * the head must be a word of its own (three letters or more), so "betreffen" is no "treffen".
     */
    private TriggerLexicon.Entry compoundHead(String text, Token token) {
        String w = token.lower();
        if (w.length() < 7 || !Character.isUpperCase(text.charAt(token.start()))) {
            return null;
        }
        for (String head : COMPOUND_HEADS) {
            if (w.length() - head.length() >= 3 && w.endsWith(head)) {
                for (TriggerLexicon.Entry e : lexicon.startingWith(head)) {
                    if (e.words().size() == 1 && e.pos().equals("NOUN")) {
                        return e;
                    }
                }
            }
        }
        return null;
    }

    private boolean acceptable(List<Token> tokens, int i, TriggerLexicon.Entry e) {
        if (e.pos().equals("VERB") && tense.isIdleInfinitive(tokens, i)) {
            return false;
        }
        if (e.pos().equals("COUNT") && (i == 0 || !isCount(tokens.get(i - 1).lower()))) {
            return false; // "marks 70 years of relations" counts; "after years of tension" does not
        }
        if (!e.isStatement() && tense.negated(tokens, i)) {
            return false; // "will not travel", "no agreement was reached": nothing to put on the timeline
        }
        if (!e.isStatement() && (e.pos().equals("NOUN") && (UnrealOccasion.aimed(tokens, i)
                || UnrealOccasion.hypothetical(tokens, i)) || UnrealOccasion.refusedInvitation(tokens, i))) {
            return false; // "to reach a ceasefire", "a possible visit", "declined an invitation": not held
        }
        if (e.type() == EventType.MILITARY_ACTION && e.pos().equals("NOUN") && (UnrealOccasion.conflictToEnd(tokens, i)
                || UnrealOccasion.conflictAsModifier(tokens, i))
                || (e.type() == EventType.TALKS || e.type() == EventType.NEGOTIATION) && e.pos().equals("NOUN")
                && UnrealOccasion.meansOnly(tokens, i)
                || e.type() == EventType.AGREEMENT && e.pos().equals("VERB") && UnrealOccasion.signsNoAccord(tokens, i)
                || e.type() == EventType.MEETING && e.pos().equals("VERB") && (UnrealOccasion.meetsNoOne(tokens, i)
                || UnrealOccasion.appealOnly(tokens, i))
                || e.type() == EventType.SUMMIT && e.pos().equals("NOUN") && UnrealOccasion.preparedFor(tokens, i)) {
            // "an agreement to end the war", "through dialogue", "signed a book of condolence", "received 100
            // votes", "called on the parties to stop", "in preparation for the summit": the words name no
            // occasion this sentence reports
            return false;
        }
        if (e.pos().equals("VERB") && !e.isStatement()
                && UnrealOccasion.habitual(tokens, Math.min(tokens.size() - 1, i + e.words().size() - 1))) {
            return false; // "the council meets every six months": a habit, no occasion of its own
        }
        if (e.pos().equals("NOUN") && e.words().size() == 1 && UnrealOccasion.qualifiesNextNoun(tokens, i)) {
            return false; // "bilateral relations have continued": an adjective, not "a bilateral" (a meeting)
        }
        if (e.type() == EventType.AGREEMENT && UnrealOccasion.idiomOfAgreement(tokens, i)) {
            return false;
        }
        if (e.type() == EventType.VISIT && UnrealOccasion.barredTrip(tokens, i)) {
            return false; // "banning them from travelling", "barred from visiting": no trip takes place
        }
        if (e.pos().equals("NOUN") && EventTypeProfile.of(e.type()).needsDate() && afterBackgroundWord(tokens, i)
                && !yearNear(tokens, i)) {
            return false; // "sanctions over the coup", "since the war": the cause or the backdrop, not the news
        }
        if (e.cue().equals(YEAR_CUE)) {
            return e.pos().equals("NOUN") && (namedByYear(tokens, i) || yearInOwnPhrase(tokens, i));
        }
        if (!e.cue().equals("-") && e.pos().equals("NOUN") && namedByYear(tokens, i)) {
            return true; // "the 2005 peace deal", "the 2014 sanctions": the year names the thing, an event it dates
        }
        if (!e.cue().equals("-")) {
            Set<String> cue = lexicon.cue(e.cue());
            int from = Math.max(0, i - 8);
            int to = Math.min(tokens.size(), i + 8);
            for (int k = from; k < to; k++) {
                if (cue.contains(tokens.get(k).lower())) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    /**
     * The cue of nouns that tell an event only where a year names them ("Cuba's 1959 revolution", "la révolution de
     * 1979"): a revolution in a palace's name or a slogan is none.
     */
    static final String YEAR_CUE = "YEAR";

    /** The most words (a preposition, an adjective) between a noun and the year after it in its own phrase. */
    private static final int WORDS_BEFORE_YEAR = 2;

    /**
     * Whether a year follows the noun in its own phrase, at once or after a word or two ("revolution of 1979",
     * "revolución cubana de 1959", "революции 1917 года"), no punctuation between.
     */
    static boolean yearInOwnPhrase(List<Token> tokens, int i) {
        for (int k = i + 1; k < Math.min(tokens.size(), i + 2 + WORDS_BEFORE_YEAR); k++) {
            String w = tokens.get(k).lower();
            if (isYear(w)) {
                return true;
            }
            if (!Character.isLetter(w.charAt(0))) {
                return false;
            }
        }
        return false;
    }

    /** A number of one to three digits ("70" of "70 years"), not a year. */
    static boolean isCount(String word) {
        return !word.isEmpty() && word.length() <= 3 && word.chars().allMatch(Character::isDigit);
    }

    /**
     * Whether a year stands in the noun's own phrase ("since the 2014 annexation", "after the incident in November
     * 2018"): a background fact the text dates is an event of its own.
     */
    private static boolean yearNear(List<Token> tokens, int i) {
        for (int k = Math.max(0, i - 2); k < Math.min(tokens.size(), i + 9); k++) {
            if (isYear(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a year stands just before the noun, next to it or with one word between ("the 2005 peace deal"): the
     * year names the thing the noun stands for, so the text tells when it was done; not where the phrase is the
     * object of an aim ("to update the 2016 deal").
     */
    static boolean namedByYear(List<Token> tokens, int i) {
        int year = i >= 1 && isYear(tokens.get(i - 1).lower()) ? i - 1
                : i >= 2 && isYear(tokens.get(i - 2).lower()) && Character.isLetter(tokens.get(i - 1).lower().charAt(0))
                ? i - 2 : -1;
        // "to update the 2016 migration deal": the thing is only what an aim is about
        return year >= 0 && !UnrealOccasion.objectOfAim(tokens, year - 1);
    }

    private static boolean isYear(String w) {
        return w.length() == 4 && (w.startsWith("19") || w.startsWith("20")) && w.chars().allMatch(Character::isDigit);
    }

    /** Whether one of the lexicon's BACKGROUND words ("over", "since", "amid") stands just before the noun. */
    private boolean afterBackgroundWord(List<Token> tokens, int i) {
        Set<String> background = lexicon.cue("BACKGROUND");
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            if (background.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private EventStatus status(List<Token> tokens, int i, TriggerLexicon.Entry e) {
        Optional<EventStatus> off = tense.calledOff(tokens, i);
        if (off.isPresent()) {
            return off.get();
        }
        if (e.tense().equals("FUTURE")) {
            return EventStatus.PLANNED; // "rencontrera", "встретится": the verb form itself is future
        }
        if (e.tense().equals("PAST") && !e.isStatement()) {
            Tense t = tense.before(tokens, i);
            return t == Tense.FUTURE ? EventStatus.PLANNED : EventStatus.HAPPENED;
        }
        Tense t = tense.before(tokens, i);
        if (t == Tense.UNKNOWN && e.pos().equals("NOUN")) {
            t = tense.after(tokens, i);
        }
        if (i >= 2 && ONGOING_LINKS.contains(tokens.get(i - 1).lower())
                && ONGOING_STEMS.stream().anyMatch(tokens.get(i - 2).lower()::startsWith)) {
            return EventStatus.HAPPENED; // "continue to recognise": an ongoing stance
        }
        if (e.pos().equals("REPORT")) {
            return EventStatus.HAPPENED; // "according to X" reports what X has already said
        }
        if (e.isStatement()) {
            return t == Tense.FUTURE ? EventStatus.PLANNED : EventStatus.HAPPENED;
        }
        if (t == Tense.UNKNOWN) {
            t = tense.farFuture(tokens, i); // "expected to have a week of diplomacy, including the summit"
        }
        return switch (t) {
            case FUTURE -> EventStatus.PLANNED;
            case PAST -> EventStatus.HAPPENED;
            default -> null; // decided later from the event's date against the document's date
        };
    }

    /** How many words a {@link #GAP} of an entry may stand for ("spoke four times by phone"). */
    static final int GAP_WORDS = 3;

    /** An entry's word that stands for one to {@link #GAP_WORDS} words of the text, never punctuation. */
    static final String GAP = "*";

    /**
     * The number of tokens from {@code i} that {@code words} (from its {@code w}-th word on) cover, or 0 when they do
     * not match there; a {@link #GAP} takes as few words as lets the rest match.
     */
    private static int matchLength(List<Token> tokens, int i, List<String> words, int w) {
        int at = i;
        for (int k = w; k < words.size(); k++) {
            if (words.get(k).equals(GAP)) {
                for (int n = 1; n <= GAP_WORDS && at + n <= tokens.size(); n++) {
                    if (!Character.isLetterOrDigit(tokens.get(at + n - 1).lower().charAt(0))) {
                        return 0;
                    }
                    int rest = matchLength(tokens, at + n, words, k + 1);
                    if (rest > 0 || k + 1 == words.size()) {
                        return at + n - i + rest;
                    }
                }
                return 0;
            }
            if (at >= tokens.size() || !tokens.get(at).lower().equals(words.get(k))) {
                return 0;
            }
            at++;
        }
        return at - i;
    }
}
