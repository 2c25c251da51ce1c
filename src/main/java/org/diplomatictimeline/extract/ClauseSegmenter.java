package org.diplomatictimeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.diplomatictimeline.extract.lang.LanguageFolders;
import org.diplomatictimeline.extract.mention.Mention;

/**
 * Cuts a sentence into the spans events live in: attribution clauses ("X said that"), the clause of each
 * trigger, subordinate openers, and the cues that set an event inside an earlier one ("during the visit").
 */
final class ClauseSegmenter {

    /**
     * Cues placing a sentence's event inside the visit or summit reported before ("while in", "during the visit",
     * "в ходе визита"): the WITHIN rows of the language folders' {@code dating.tsv}, lower case, word-bounded.
     */
    static final List<String> WITHIN_CUES = phrases("WITHIN");

    /**
     * Cues that set a meeting on the sidelines of a conference: the SIDELINES rows of the language folders'
     * {@code dating.tsv} (phrases separated by '|': "on the sidelines of", "на полях", "di sela-sela", "على هامش").
     */
    static final List<String> SIDELINE_CUES = phrases("SIDELINES");

    /**
     * Words that end the clause going on (what follows is what was said: "that"), the CLAUSE_END rows of the
     * language folders' {@code clauses.tsv}, beside the punctuation that does.
     */
    private static final Set<String> CLAUSE_ENDS = LanguageFolders.withWordsOfKind("clauses.tsv", "CLAUSE_END");
    /**
     * English's relative pronouns of a person (en/parties.tsv RELATIVE: "who", "whose"); other languages' relatives
     * also open clauses about things, so only these mark a clause about the person just named.
     */
    private static final Set<String> PERSON_RELATIVES = LanguageFolders.ownWordsOfKind("en", "parties.tsv", "RELATIVE");

    /** Words that, after a comma, open a clause with actors of its own (", but Russia ..."): NEW_CLAUSE rows. */
    private static final Set<String> NEW_CLAUSE = LanguageFolders.withWordsOfKind("clauses.tsv", "NEW_CLAUSE");

    /** Words that open a subordinate clause before the main one, up to its comma ("After the talks, ..."). */
    private static final Set<String> SUBORDINATE = LanguageFolders.withWordsOfKind("clauses.tsv", "SUBORDINATE");

    private static final Set<String> CLAUSE_MARKS = Set.of(",", ";", "\"", "\u201C", "\u201D");

    /** The phrases of one kind of the language folders' {@code dating.tsv}, '|' between them, in lower case. */
    static List<String> phrases(String kind) {
        List<String> out = new ArrayList<>();
        for (String line : LanguageFolders.linesOfAll("dating.tsv")) {
            String[] f = line.split("\t", 2);
            if (f.length == 2 && f[0].strip().equals(kind)) {
                for (String phrase : f[1].split("\\|")) {
                    if (!phrase.isBlank()) {
                        out.add(phrase.strip().toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    /** Where a sidelines cue ("on the sidelines of", "на полях") ends in the sentence, or -1. */
    static int sidelinesEnd(String text, Sentence s) {
        String lower = text.substring(s.start(), s.end()).toLowerCase(Locale.ROOT);
        for (String cue : SIDELINE_CUES) {
            int i = lower.indexOf(cue);
            if (i >= 0) {
                return s.start() + i + cue.length();
            }
        }
        return -1;
    }

    /**
     * The end of the clause going on at {@code from}: its next comma, semicolon, "that" or quotation mark (what
     * follows is what was said), else the sentence's end.
     */
    static int clauseEnd(Clause c, int from) {
        for (Token k : c.tokens()) {
            if (k.start() >= from && (CLAUSE_MARKS.contains(k.lower()) || CLAUSE_ENDS.contains(k.lower()))) {
                return k.start();
            }
        }
        return c.sentence().end();
    }

    /** The offset of the last quotation mark in {@code [from, before)}, or {@code from - 1} when there is none. */
    static int lastQuoteBefore(String text, int from, int before) {
        for (int i = before - 1; i >= from; i--) {
            char ch = text.charAt(i);
            if (ch == '"' || ch == '\u201C' || ch == '\u201D' || ch == '\u00BB' || ch == '\u00AB') {
                return i;
            }
        }
        return from - 1;
    }

    /** The first cue in the sentence that sets its event inside an enclosing one, or null. */
    static String withinCue(String text, Sentence s) {
        String lower = text.substring(s.start(), s.end()).toLowerCase(Locale.ROOT);
        for (String cue : WITHIN_CUES) {
            if (wordAt(lower, cue)) {
                return cue;
            }
        }
        for (String cue : SIDELINE_CUES) {
            int i = lower.indexOf(cue);
            if (i >= 0 && (i == 0 || !Character.isLetter(lower.charAt(i - 1)))) {
                return cue;
            }
        }
        return null;
    }

    /** Where {@code cue} first stands in {@code lower} with no letter just before or just after it, or -1. */
    static int wordIndex(String lower, String cue) {
        for (int i = lower.indexOf(cue); i >= 0; i = lower.indexOf(cue, i + 1)) {
            int end = i + cue.length();
            if ((i == 0 || !Character.isLetter(lower.charAt(i - 1)))
                    && (end == lower.length() || !Character.isLetter(lower.charAt(end)))) {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code cue} stands in {@code lower} with no letter just before or just after it. */
    private static boolean wordAt(String lower, String cue) {
        for (int i = lower.indexOf(cue); i >= 0; i = lower.indexOf(cue, i + 1)) {
            int end = i + cue.length();
            if ((i == 0 || !Character.isLetter(lower.charAt(i - 1)))
                    && (end == lower.length() || !Character.isLetter(lower.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    static int[] segment(Clause c, Trigger t, List<Trigger> all) {
        int from = c.sentence().start();
        int to = c.sentence().end();
        int opener = subordinateOpenerEnd(c);
        if (opener > 0 && t.start() > opener) {
            from = opener; // "While X did this, Moscow and Beijing continue to ...": the main clause's actors
        }
        if (EventTypeProfile.encounter(t.type())) {
            for (int[] a : c.attributions().values()) {
                if (t.start() >= a[0] && t.end() <= a[1]) {
                    return a;
                }
            }
            // "X will visit in January, while Y will visit in February": each visit has the actors of its side.
            return ContrastClauses.side(c.tokens(), t, all, from, to);
        }
        // ", while Russia has ...", "; ...": a new clause with its own actors.
        for (int i = 1; i < c.tokens().size(); i++) {
            Token k = c.tokens().get(i);
            boolean boundary = k.lower().equals(";") || c.tokens().get(i - 1).lower().equals(",")
                    && NEW_CLAUSE.contains(k.lower());
            if (boundary && k.end() <= t.start()) {
                from = Math.max(from, k.end());
            } else if (boundary && k.start() >= t.end()) {
                to = Math.min(to, c.tokens().get(i - 1).start());
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

    static int subordinateOpenerEnd(Clause c) {
        if (c.tokens().isEmpty() || !SUBORDINATE.contains(c.tokens().get(0).lower())) {
            return -1;
        }
        for (Token k : c.tokens()) {
            if (k.lower().equals(",")) {
                return k.end();
            }
        }
        return -1;
    }

    /** The start of a trigger with a mention glued before it ("US sanctions"): the mention belongs to it. */
    static int attachedStart(Clause c, Trigger o) {
        for (Mention m : c.mentions()) {
            if (m.end() <= o.start() && o.start() - m.end() <= 2) {
                return m.start();
            }
        }
        return o.start();
    }

    static int[] attribution(String text, Sentence s, List<Token> tokens, Trigger t) {
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
            if (CLAUSE_ENDS.contains(tokens.get(k).lower())) {
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
        int before = i - 1;
        for (int b = i - 1; b >= Math.max(0, i - 6); b--) {
            String w = tokens.get(b).lower();
            int open = w.equals(",") && b == i - 1 ? auxiliaryAside(tokens, b) : -1;
            if (open > 0) {
                before = open - 1; // "X avait, deux jours après, qualifié": the speaker stands before the aside
                break;
            }
            if (w.equals(",") || w.equals("”") || w.equals("\"")) {
                return new int[] {tokens.get(b).end(), invertedEnd(s, tokens, t)};
            }
        }
        int start = s.start();
        for (int b = before; b >= 0; b--) {
            String w = tokens.get(b).lower();
            if (w.equals(",") || w.equals("”") || w.equals("\"") || w.equals(";")) {
                start = tokens.get(b).end();
                break;
            }
        }
        return new int[] {start, s.end()};
    }

    /**
     * The opening comma of a short aside that closes at {@code close}, right before the verb, and opens right after a
     * past-perfect auxiliary ("avait, deux jours après, qualifié", "had, on Monday, said"); -1 when there is none.
     */
    private static int auxiliaryAside(List<Token> tokens, int close) {
        for (int o = close - 1; o >= Math.max(1, close - ASIDE_REACH - 1); o--) {
            if (tokens.get(o).lower().equals(",")) {
                return BackgroundTense.AUXILIARIES.contains(tokens.get(o - 1).lower()) ? o : -1;
            }
        }
        return -1;
    }

    /** How many words a time phrase set off by commas right after a reporting verb may hold (", dans la soirée,"). */
    private static final int ASIDE_REACH = 6;

    /**
     * Where the attribution of a verb that follows its quote ends: at the first comma after it, unless that comma
     * opens an aside right after the verb (", a dit, dans la soirée, le ministre X, à la télévision"), which the
     * speaker follows.
     */
    private static int invertedEnd(Sentence s, List<Token> tokens, Trigger t) {
        int after = t.tokenIndex() + 1;
        while (after < tokens.size() && tokens.get(after).start() < t.end()) {
            after++;
        }
        boolean aside = after < tokens.size() && tokens.get(after).lower().equals(",");
        List<Integer> commas = new ArrayList<>();
        for (int k = aside ? after + 1 : after; k < tokens.size() && commas.size() < 2; k++) {
            if (tokens.get(k).lower().equals(",")) {
                commas.add(k);
            }
        }
        if (commas.isEmpty()) {
            return s.end();
        }
        if (aside && commas.get(0) - after <= ASIDE_REACH) {
            return commas.size() > 1 ? tokens.get(commas.get(1)).start() : s.end();
        }
        return tokens.get(commas.get(0)).start();
    }

    /** The longest span assembled as one clause group; a longer sentence is cut (see {@link #bounded}). */
    static final int MAX_SPAN = 1_500;

    /**
     * The sentences with every one longer than {@code maxChars} cut into pieces of at most that length, each ending
     * at the last clause mark (";", ",", a dash) before the limit, else at a space, else at the limit. Every later
     * step works within one piece, so assembling a page that never ends a sentence ("a 100 KB sentence with no full
     * stop") costs time linear in its length instead of quadratic or worse.
     */
    static List<Sentence> bounded(String text, List<Sentence> sentences, int maxChars) {
        List<Sentence> out = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            if (s.end() - s.start() <= maxChars) {
                out.add(s);
                continue;
            }
            int from = s.start();
            while (s.end() - from > maxChars) {
                int limit = from + maxChars;
                int cut = -1;
                int space = -1;
                for (int i = limit - 1; i > from + maxChars / 2 && cut < 0; i--) {
                    char ch = text.charAt(i);
                    if (ch == ';' || ch == ',' || ch == '\u2013' || ch == '\u2014') {
                        cut = i + 1;
                    } else if (space < 0 && Character.isWhitespace(ch)) {
                        space = i + 1;
                    }
                }
                int end = cut > 0 ? cut : space > 0 ? space : limit;
                out.add(new Sentence(from, end, s.paragraph(), false));
                from = end;
            }
            out.add(new Sentence(from, s.end(), s.paragraph(), s.heading()));
        }
        return out;
    }

    /** Whether the trigger sits in a clause about a person: ", who took office in March," (up to its comma). */
    static boolean insidePersonClause(Clause c, Trigger t) {
        List<Token> k = c.tokens();
        for (int i = Math.max(1, t.tokenIndex() - 12); i < t.tokenIndex(); i++) {
            String w = k.get(i).lower();
            if (k.get(i - 1).lower().equals(",") && PERSON_RELATIVES.contains(w)) {
                boolean closed = false;
                for (int j = i + 1; j < t.tokenIndex(); j++) {
                    closed |= k.get(j).lower().equals(",");
                }
                return !closed;
            }
        }
        return false;
    }
}
