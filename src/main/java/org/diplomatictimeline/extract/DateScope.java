package org.diplomatictimeline.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplomatictimeline.extract.docdate.DateWords;
import org.diplomatictimeline.extract.lang.LanguageFolders;
import org.diplomatictimeline.time.Timex;

/**
 * Whether a temporal expression of a sentence is out of an event's reach: it sits in a relative clause (", which
 * closed in 2019", ", in which X spoke in December") that neither holds the event's trigger nor follows it. The cue
 * words live in each language folder's {@code dating.tsv}.
 */
final class DateScope {

    private static final String FILE = "dating.tsv";
    static final Set<String> RELATIVE = LanguageFolders.withWordsOfKind(FILE, "RELATIVE");
    /** Relative words that only stand for people (", who", ", quien"). */
    static final Set<String> PERSON = LanguageFolders.withWordsOfKind(FILE, "PERSON");
    /** Prepositions that may stand between the comma and the relative word (", in which", ", dans lequel"). */
    static final Set<String> OPENERS = LanguageFolders.withWordsOfKind(FILE, "OPENER");
    /** Words that make a date a deadline ("by 2022", "d'ici 2030", "entro il 2025"): a bound, not a day of the event. */
    static final Set<String> DEADLINE = LanguageFolders.withWordsOfKind(FILE, "DEADLINE");
    /** Relative words that open a clause with no comma before them ("the deal that", "el acuerdo que"). */
    static final Set<String> BARE_RELATIVE = LanguageFolders.withWordsOfKind(FILE, "BARE_RELATIVE");
    /** Words that tie a date to the noun before it ("the communiqué of 31 March", "la déclaration du 12 mars"). */
    static final Set<String> GENITIVE = LanguageFolders.withWordsOfKind(FILE, "GENITIVE");
    /** Words that point a date at the article's time ("last", "pasado"), which may stand inside such a phrase. */
    private static final Set<String> DEICTIC = LanguageFolders.withWordsOfKind(FILE, "DEICTIC");
    private static final Set<String> DETERMINERS = LanguageFolders.wordsOfAll("determiners.txt");
    /** Words right after "since" that make it open a clause ("since it started", "desde que"), not name a date. */
    private static final Set<String> SINCE_CLAUSE = LanguageFolders.withWordsOfKind(FILE, "SINCE_CLAUSE");
    /** Words for a term of office right before a span of years ("for the period 2023-2026", "biénio 2031-2033"). */
    private static final Set<String> TERM = LanguageFolders.withWordsOfKind(FILE, "TERM");
    /** Words for "first" ("the first visit since 2008", "deklarasi pertama ... sejak"). */
    private static final Set<String> FIRST = LanguageFolders.withWordsOfKind(FILE, "FIRST");
    /** How many words before the event's word a first-word may stand ("the first Tarvosi minister ever to visit"). */
    private static final int FIRST_REACH = 8;
    /** How many words may stand between "since" and the date it opens ("since Cuba's revolution in 1959"). */
    private static final int SINCE_REACH = 6;
    /** How many words a noun's genitive date may stand after the noun ("the joint communiqué of the 31st"). */
    private static final int GENITIVE_REACH = 5;
    private static final Set<String> COMMAS = Set.of(",", "،");
    private static final Set<String> SEMICOLONS = Set.of(";", "؛");
    /** How near before the comma an event's word must end to be what the relative clause is about. */
    private static final int ANTECEDENT_TOKENS = 4;

    private DateScope() {
    }

    /**
     * Whether the expression lies in a relative clause that the trigger is not in: the clause runs from a relative
     * word after a comma (", who", ", che", ", которые", or ", in which") to the next comma or the sentence's end,
     * and is about something else than the event: it follows another word than the trigger, or it is about a person.
     */
    static boolean inOtherClause(Clause c, Timex x, Trigger t) {
        return inOtherClause(c, x, t, List.of());
    }

    /**
     * As {@link #inOtherClause(Clause, Timex, Trigger)}, but a clause that tells an occasion taking place (", que se
     * celebró el sábado") after the trigger, with none of {@code others} between, is about the trigger's
     * occasion ({@link HeldClause}).
     */
    static boolean inOtherClause(Clause c, Timex x, Trigger t, List<Trigger> others) {
        List<Token> k = c.tokens();
        for (int i = 1; i < k.size(); i++) {
            String w = k.get(i).lower();
            boolean person = PERSON.contains(w);
            int comma = person || RELATIVE.contains(w) ? comma(k, i) : -1;
            if (comma < 0 || antecedent(k, comma, t)) {
                continue;
            }
            int start = k.get(i).start();
            int end = c.sentence().end();
            for (int j = i + 1; j < k.size(); j++) {
                if (comma(k.get(j))) {
                    end = k.get(j).start();
                    break;
                }
            }
            boolean timexInside = x.start() >= start && x.end() <= end;
            boolean triggerInside = t.start() >= start && t.end() <= end;
            // "The summit, which opened on Monday, ended ...": a clause before the event's word is about what the
            // sentence tells, unless it is about a person ("França, who took office in March, was on a visit").
            boolean before = t.start() >= end;
            if (timexInside && !triggerInside && (person || !before)
                    && (person || !HeldClause.tellsTheOccasion(k, start, end, k.get(comma).start(), t, others))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the expression lies in a relative clause opened with no comma after the trigger ("signed the deal that
     * is to be put to a plebiscite on 2 October", "firmaron el acuerdo que deberá ser refrendado en un plebiscito el
     * 2 de octubre") and the clause tells an event of another type before the date: the date is that event's, told
     * as what follows from this one, not this one's day.
     */
    static boolean inClauseOfOtherEvent(Clause c, Timex x, Trigger t, List<Trigger> others) {
        List<Token> k = c.tokens();
        for (int i = 1; i < k.size(); i++) {
            Token word = k.get(i);
            if (word.start() < t.end() || word.start() >= x.start()) {
                continue;
            }
            if (!BARE_RELATIVE.contains(word.lower()) || comma(k.get(i - 1))) {
                continue;
            }
            int end = c.sentence().end();
            for (int j = i + 1; j < k.size(); j++) {
                if (comma(k.get(j)) || SEMICOLONS.contains(k.get(j).lower())) {
                    end = k.get(j).start();
                    break;
                }
            }
            if (x.end() > end) {
                continue;
            }
            int clauseStart = word.end();
            boolean other = others.stream().anyMatch(o -> o != t && !o.isStatement() && o.type() != t.type()
                    && o.start() >= clauseStart && o.end() <= x.start());
            if (other) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the expression is the date of another act or statement named by a noun, told across a comma from the
     * trigger ("Following the joint communiqué of 31 March, the minister visited ...", "Tras la declaración del
     * pasado 12 de mayo, ..."): a document or act has its own day and holds no other event, so its date does not
     * date an event of the main clause. Gatherings that may hold the event ("at the summit of 12 March, they
     * signed") keep dating it.
     */
    static boolean ofAnotherAct(Clause c, Timex x, Trigger t, List<Trigger> others) {
        // no comma between them: the sentence may tell both as one ("the visit of 3 May")
        int from = Math.min(t.end(), x.end());
        int to = Math.max(t.start(), x.start());
        if (from >= to || c.doc().text().substring(from, to).indexOf(',') < 0) {
            return false;
        }
        for (Trigger o : others) {
            if (o == t || o.type() == t.type() || !"NOUN".equals(o.pos()) || o.end() > x.start()) {
                continue;
            }
            EventTypeProfile profile = EventTypeProfile.of(o.type());
            if (!profile.encloses() && profile.family() != EventTypeProfile.Family.ENCOUNTER && genitive(c, o, x)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code x} follows the noun {@code o} within a few words, tied to it by a GENITIVE word, no comma. */
    private static boolean genitive(Clause c, Trigger o, Timex x) {
        List<Token> between = c.tokens().stream().filter(k -> k.start() >= o.end() && k.end() <= x.start()).toList();
        if (between.isEmpty() || between.size() > GENITIVE_REACH
                || between.stream().anyMatch(DateScope::comma)) {
            return false;
        }
        int i = between.size() - 1;
        while (i >= 0 && (DEICTIC.contains(between.get(i).lower()) || DETERMINERS.contains(between.get(i).lower()))) {
            i--;
        }
        return i >= 0 && GENITIVE.contains(between.get(i).lower());
    }

    /** How many years before the article's a year must lie to be told as background of its own. */
    /** "since", "depuis", "seit", "desde": the words that open a period's start (the dating tables' rows). */
    private static final Pattern SINCE = Pattern.compile("(?<!\\p{L})(?:" + DateWords.standard().sinceAlternation()
            + ")(?!\\p{L})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int OLD_YEARS = 2;

    /** How many words from the trigger an old year may stand and still date it. */
    private static final int OLD_YEAR_REACH = 15;

    /**
     * Whether a year well before the article is out of the trigger's reach: more than {@link #OLD_YEAR_REACH} words
     * stand between them ("During the summit, the government will present a plan named after the oil executive who
     * died in 1962"). Background years are told next to what they date ("founded in 1963", "his visit in 1973").
     */
    static boolean oldYearOutOfReach(Clause c, Timex x, Trigger t) {
        // In an article of unknown date every year may be background: none is known to be the news's.
        boolean dated = c.docDate().isKnown() && c.docDate().value().length() >= 4;
        if (!AttributiveYear.fourDigits(x.value()) || x.relative() || dated
                && Integer.parseInt(x.value()) > Integer.parseInt(c.docDate().value().substring(0, 4)) - OLD_YEARS) {
            return false;
        }
        int from = Math.min(t.end(), x.end());
        int to = Math.max(t.start(), x.start());
        return c.tokens().stream().filter(k -> k.start() >= from && k.end() <= to).count() > OLD_YEAR_REACH;
    }

    /**
     * Whether the expression is a deadline: the word just before it is a DEADLINE cue ("will be the largest investor
     * by 2022"), so it bounds a goal and dates no event told around it.
     */
    static boolean deadline(Clause c, Timex x) {
        int[] word = wordBefore(c, x.start());
        if (DETERMINERS.contains(lower(c, word))) {
            word = wordBefore(c, word[0]); // "entro il 2025"
        }
        return DEADLINE.contains(lower(c, word));
    }

    /**
     * Whether the expression is a term of office: a span of whole years in brackets after a name ("Fernández
     * (2019-2023)") or right after a TERM word ("for the period 2023-2026", "para o biénio 2031-2033"). It tells how
     * long someone holds an office, never the day of an event told around it.
     */
    static boolean term(Clause c, Timex x) {
        if (!AttributiveYear.fourDigits(x.value()) || x.endValue() == null || !AttributiveYear.fourDigits(x.endValue())
                || x.value().equals(x.endValue())) {
            return false;
        }
        String text = c.doc().text();
        int before = x.start();
        while (before > c.sentence().start() && Character.isWhitespace(text.charAt(before - 1))) {
            before--;
        }
        int after = x.end();
        while (after < c.sentence().end() && Character.isWhitespace(text.charAt(after))) {
            after++;
        }
        if (before > c.sentence().start() && text.charAt(before - 1) == '(' && after < text.length()
                && text.charAt(after) == ')') {
            return true;
        }
        int[] word = wordBefore(c, x.start());
        if (DETERMINERS.contains(lower(c, word))) {
            word = wordBefore(c, word[0]); // a determiner may stand between the word and the years
        }
        return TERM.contains(lower(c, word));
    }

    /**
     * Whether the expression follows the event's word behind "since" and another event's word ("his first trip since
     * being elected in December") or a clause's subject ("since they began thirty years back"): it dates the occasion
     * the trip is counted from, not the trip ("talks under way since Monday" keep their Monday).
     */
    static boolean sinceAfterTrigger(Clause c, Timex x, Trigger t, List<Trigger> others) {
        if (x.start() < t.end()) {
            return false;
        }
        Matcher since = SINCE.matcher(c.doc().text()).region(t.end(), x.start());
        if (!since.find()) {
            return false;
        }
        int from = since.end();
        int sinceStart = since.start();
        // "the first invitation since they began thirty years back": "since" opens a clause of its own
        int[] next = wordAfter(c, from);
        return next[1] <= x.start() && SINCE_CLAUSE.contains(lower(c, next))
                || others.stream().anyMatch(o -> o != t && o.start() >= from && o.end() <= x.start())
                || sinceOpens(c, from, x) && firstOfItsKind(c, t, sinceStart);
    }

    /** Whether the expression is what "since" opens: a few words after it, no comma between ("since December 2011"). */
    private static boolean sinceOpens(Clause c, int from, Timex x) {
        List<Token> between = c.tokens().stream().filter(k -> k.start() >= from && k.end() <= x.start()).toList();
        return between.size() <= SINCE_REACH && between.stream().noneMatch(k -> k.lower().equals(",")
                || k.lower().equals(";"));
    }

    /**
     * Whether a first-word qualifies the event before the "since" word ("the first Tarvosi minister to visit
     * Quellen since 2008", "deklarasi pertama ... sejak Maret 2020"): the date "since" opens is the earlier
     * occasion's (see {@link FirstSinceOccasion}), and the event itself comes after it.
     */
    private static boolean firstOfItsKind(Clause c, Trigger t, int since) {
        List<Token> k = c.tokens();
        for (int i = Math.max(0, t.tokenIndex() - FIRST_REACH); i < k.size() && k.get(i).end() <= since; i++) {
            if (FIRST.contains(k.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    /** The start and end of the word that starts first after {@code at} in the sentence (equal when none). */
    private static int[] wordAfter(Clause c, int at) {
        String text = c.doc().text();
        int start = at;
        while (start < c.sentence().end() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < c.sentence().end() && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '\''
                || text.charAt(end) == '’')) {
            end++;
        }
        return new int[] {start, end};
    }

    /** The start and end of the word that ends just before {@code at} in the sentence (equal when none). */
    private static int[] wordBefore(Clause c, int at) {
        String text = c.doc().text();
        int end = Math.min(at, text.length());
        while (end > c.sentence().start() && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > c.sentence().start() && (Character.isLetter(text.charAt(start - 1))
                || text.charAt(start - 1) == '\'' || text.charAt(start - 1) == '’')) {
            start--;
        }
        return new int[] {start, end};
    }

    private static String lower(Clause c, int[] word) {
        return c.doc().text().substring(word[0], word[1]).toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    /**
     * The index of the comma before a relative word (", which", ", in which", ", en la que"), or -1 when the word
     * does not follow a comma, an opening preposition or a determiner.
     */
    /** A comma of the Latin script or of the Arabic one ("،"): both end a relative clause or a noun's phrase. */
    private static boolean comma(Token k) {
        return COMMAS.contains(k.lower());
    }

    private static int comma(List<Token> k, int i) {
        int j = i - 1;
        if (j >= 1 && DETERMINERS.contains(k.get(j).lower()) && OPENERS.contains(k.get(j - 1).lower())) {
            j -= 2;
        } else if (OPENERS.contains(k.get(j).lower())) {
            j--;
        }
        return j >= 0 && comma(k.get(j)) ? j : -1;
    }

    /** "the Congolese leg, which begins on 31 January": the clause tells of the event itself when it names it. */
    private static boolean antecedent(List<Token> k, int comma, Trigger t) {
        int from = Math.max(0, comma - ANTECEDENT_TOKENS);
        return t.end() <= k.get(comma).start() && t.start() >= k.get(from).start();
    }
}
