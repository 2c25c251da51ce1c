package org.diplomatictimeline.time;

import java.util.List;

/**
 * Reads the tense of the clause around an expression from nearby cue words: the nearest cue within the sentence wins
 * ("Moscow said on Thursday that they will meet on May 13": "said" is nearest to Thursday, "will" to May 13).
 * The window is bounded, so the cost per expression is constant.
 */
final class TenseCues {

    private static final int LEFT_WINDOW = 14;
    private static final int RIGHT_WINDOW = 8;
    private static final int RIGHT_PENALTY = 2;
    /** How many words after a sequel phrase ("after which") are read for the tense of its clause. */
    private static final int SEQUEL_WINDOW = 6;
    /**
     * How far left a future cue is still sought when no cue lies within {@link #LEFT_WINDOW}: a long noun phrase
     * may stand between the modal and the date ("is expected to have a busy week of diplomacy, including the
     * bilateral summit on Sunday").
     */
    private static final int FAR_LEFT_WINDOW = 32;

    private static final TimeLexicon LEXICON = TimeLexicon.get();

    private TenseCues() {
    }

    static Direction direction(List<Token> tokens, int first, int end) {
        int bestDistance = Integer.MAX_VALUE;
        Direction best = Direction.NEUTRAL;
        for (int i = first - 1, d = 1; i >= 0 && d <= LEFT_WINDOW; i--, d++) {
            Direction cue = cue(tokens, i);
            if (cue != Direction.NEUTRAL) {
                bestDistance = d;
                best = cue;
                break;
            }
            if (sentenceStartsAt(tokens, i)) {
                break;
            }
        }
        // The verb usually comes before its time expression in these languages, so a cue on the right must be
        // clearly closer to win.
        boolean nearLeftSilent = best == Direction.NEUTRAL;
        int window = RIGHT_WINDOW;
        for (int i = end, d = 1; i < tokens.size() && d <= window && d + RIGHT_PENALTY < bestDistance;
                i++, d++) {
            int sequel = nearLeftSilent && !sentenceStartsAt(tokens, i) ? sequelLength(tokens, i) : 0;
            if (sequel > 0) {
                // "the June 12 summit, after which talks stalled": the clause tells what followed the dated
                // occasion, so its tense is the occasion's; read on through it.
                i += sequel - 1;
                d += sequel - 1;
                window = d + SEQUEL_WINDOW;
                continue;
            }
            if (sentenceStartsAt(tokens, i) || subordinator(tokens.get(i))
                    || best != Direction.NEUTRAL && tokens.get(i).is(",")) {
                // A following subordinate clause ("by March if aid was not given") has its own tense, and so has a
                // clause after a comma when the expression's own clause already gave one ("will visit ... starting
                // Monday, the ministry said").
                break;
            }
            Direction cue = cue(tokens, i);
            if (cue != Direction.NEUTRAL) {
                return cue;
            }
        }
        return nearLeftSilent ? farFuture(tokens, first) : best;
    }

    /**
     * A future cue beyond the near window, when the words between it and the expression carry no tense of their
     * own; a past cue found first keeps the reading neutral, as before.
     */
    private static Direction farFuture(List<Token> tokens, int first) {
        for (int i = first - 1, d = 1; i >= 0 && d <= FAR_LEFT_WINDOW; i--, d++) {
            if (d > LEFT_WINDOW) {
                Direction cue = cue(tokens, i);
                if (cue != Direction.NEUTRAL) {
                    return cue == Direction.FUTURE ? cue : Direction.NEUTRAL;
                }
            }
            if (sentenceStartsAt(tokens, i) || d > LEFT_WINDOW && subordinator(tokens.get(i))) {
                break;
            }
        }
        return Direction.NEUTRAL;
    }

    /** The sequel phrases (time.tsv kind sequel), longest first. */
    private static final List<List<String>> SEQUELS = LEXICON.entries(TimeLexicon.Kind.SEQUEL).stream()
            .map(TimeLexicon.Entry::words).sorted((a, b) -> b.size() - a.size()).toList();

    /** The length of the sequel phrase ("after which", "après quoi") starting at token i, or 0. */
    private static int sequelLength(List<Token> tokens, int i) {
        for (List<String> words : SEQUELS) {
            if (i + words.size() > tokens.size() || !tokens.get(i).lower().equals(words.get(0))) {
                continue;
            }
            int k = 1;
            while (k < words.size() && tokens.get(i + k).lower().equals(words.get(k))) {
                k++;
            }
            if (k == words.size()) {
                return k;
            }
        }
        return 0;
    }

    private static boolean subordinator(Token t) {
        return LEXICON.is(t.lower(), TimeLexicon.Kind.SUBORDINATOR);
    }

    static boolean sentenceStartsAt(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.newlineBefore()) {
            return true;
        }
        if (i == 0) {
            return true;
        }
        Token prev = tokens.get(i - 1);
        return t.spaceBefore() && (prev.is(".") || prev.is("!") || prev.is("?") || prev.is(";"))
                && (t.isCapitalized() || !t.isWord());
    }

    /**
     * Tense endings of the other supported languages: French passé composé ("a signé") and futur ("signeront"),
     * German perfect and preterite auxiliaries, Spanish and Italian preterite ("firmó", "firmò") and future
     * ("firmará", "firmerà"), Portuguese future plural ("assinarão"), Russian past ("подписали", "заявил") and
     * "будет".
     */
    private static Direction foreignCue(List<Token> tokens, int i, String w) {
        int n = w.length();
        if (n < 3) {
            return Direction.NEUTRAL;
        }
        char last = w.charAt(n - 1);
        if ((w.endsWith("é") || w.endsWith("ée") || w.endsWith("és") || w.endsWith("ées")) && i > 0
                && LEXICON.is(tokens.get(i - 1).lower(), TimeLexicon.Kind.PERFECT_AUX)) {
            return Direction.PAST;
        }
        if (n > 5 && (w.endsWith("eront") || w.endsWith("iront") || w.endsWith("eras"))) {
            return Direction.FUTURE;
        }
        // Spanish preterite plural ("firmaron", "reunieron"); the present plural ends in -an or -en.
        if (n >= 7 && (w.endsWith("aron") || w.endsWith("ieron"))) {
            return Direction.PAST;
        }
        if (n >= 4 && (last == 'ó' || last == 'ò')) {
            return Direction.PAST;
        }
        if (n >= 4 && (w.endsWith("rá") || w.endsWith("rán") || w.endsWith("rà") || w.endsWith("ranno"))) {
            return Direction.FUTURE;
        }
        // Portuguese future plural ("assinarão", "partirão"); "verão" (summer) is too short to be read so.
        if (n >= 7 && (w.endsWith("arão") || w.endsWith("irão") || w.endsWith("erão"))) {
            return Direction.FUTURE;
        }
        boolean cyrillic = Character.UnicodeBlock.of(w.charAt(0)) == Character.UnicodeBlock.CYRILLIC;
        if (cyrillic) {
            if (n >= 4 && !LEXICON.is(w, TimeLexicon.Kind.NOT_PAST_FORM) && (w.endsWith("ли") || w.endsWith("ла")
                    || w.endsWith("лся")
                    || w.endsWith("лась") || w.endsWith("лись") || w.endsWith("ил") || w.endsWith("ял")
                    || w.endsWith("ал") || w.endsWith("ел"))) {
                return Direction.PAST;
            }
        }
        return Direction.NEUTRAL;
    }

    private static Direction cue(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!t.isWord()) {
            return Direction.NEUTRAL;
        }
        String w = t.lower();
        if (LEXICON.is(w, TimeLexicon.Kind.FUTURE_CLITIC) && i > 0
                && (tokens.get(i - 1).is("'") || tokens.get(i - 1).is("’"))) {
            return Direction.FUTURE;
        }
        if (LEXICON.is(w, TimeLexicon.Kind.FUTURE_BEFORE_TO) && i + 1 < tokens.size() && tokens.get(i + 1).is("to")) {
            return Direction.FUTURE;
        }
        // Tense words of the languages with time data (lang/<code>/time.tsv, kinds past and future); a word flagged
        // "lower" is a cue only when not capitalised ("may", not "May").
        if (LEXICON.is(w, TimeLexicon.Kind.FUTURE)
                && !(t.isCapitalized() && LEXICON.flags(w, TimeLexicon.Kind.FUTURE).contains("lower"))) {
            return Direction.FUTURE;
        }
        if (LEXICON.is(w, TimeLexicon.Kind.PAST)) {
            return Direction.PAST;
        }
        Direction foreign = foreignCue(tokens, i, w);
        if (foreign != Direction.NEUTRAL) {
            return foreign;
        }
        boolean pastForm = LEXICON.is(w, TimeLexicon.Kind.PAST_FORM) || w.length() > 4 && w.endsWith("ed")
                && !t.isCapitalized() && !LEXICON.is(w, TimeLexicon.Kind.NOT_PAST_FORM);
        if (pastForm && i > 0 && LEXICON.is(tokens.get(i - 1).lower(), TimeLexicon.Kind.PASSIVE_AUX)) {
            // A passive ("will be signed", "must be reached") carries the tense of the word before it.
            return Direction.NEUTRAL;
        }
        if (pastForm) {
            return Direction.PAST;
        }
        return Direction.NEUTRAL;
    }
}
