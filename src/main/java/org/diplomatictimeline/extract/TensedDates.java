package org.diplomatictimeline.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.diplomatictimeline.extract.docdate.DateWords;
import org.diplomatictimeline.time.Timex;
import org.diplomatictimeline.time.TimexType;

/**
 * The full dates a text writes, told apart by the tense of their clause: reported as past (bounds the day of writing
 * from below) or as still to come (bounds it from above); a date in the present tells neither.
 */
final class TensedDates {

    private static final int SINCE_REACH = 20;
    /** How far before a day "since" may open the occasion that day dates ("depuis l'incendie du 9 mars"). */
    private static final int SINCE_OCCASION_REACH = 48;
    /** How many tokens apart a past-perfect auxiliary and the date it tells may stand within one clause. */
    private static final int PERFECT_REACH = 8;
    private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final WordTokenizer tokenizer = new WordTokenizer();
    private final TenseReader tense = new TenseReader();
    /** "since", "depuis le", "sejak": the word and at most one short article before the date. */
    private final Pattern sinceBefore;
    /**
     * "since" and at most three lower-case words of one clause before a day: "since the blast of", "depuis
     * l'incendie du", "desde la firma del"; a capitalised word between ("desde Madrid el") makes "since"
     * the "from" of a place.
     */
    private final Pattern sinceOccasionBefore;

    TensedDates(DateWords words) {
        sinceBefore = Pattern.compile("(?<!\\p{L})(?:" + words.sinceAlternation()
                + ")(?!\\p{L})[\\s,]*(?:\\p{L}{1,4}\\s+)?$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        sinceOccasionBefore = Pattern.compile("(?<!\\p{L})(?iu:" + words.sinceAlternation()
                + ")(?!\\p{L})\\s+(?:\\p{Ll}[\\p{Ll}\\p{M}'’\\-]*\\s+){0,3}$");
    }

    /**
     * A date the text writes in full, with the words that write it; {@code since} when "since" opens it,
     * {@code background} when the past perfect tells it ("had signed on 3 May 2004"): either way a bound before the
     * article's news, not its day.
     */
    record Dated(LocalDate date, String text, boolean since, boolean background) {

        Dated(LocalDate date, String text) {
            this(date, text, false, false);
        }

        /** True when the date only bounds the day of writing from below: opened by "since" or told as background. */
        boolean boundOnly() {
            return since || background;
        }
    }

    /**
     * The text's full dates told in the past and in the future, each in text order, and those whose tense the
     * clause does not tell ("set off to attend the forum from 11 to 14 May, 2029"; a language without tenses).
     */
    record Split(List<Dated> past, List<Dated> future, List<Dated> untensed) {

        Split(List<Dated> past, List<Dated> future) {
            this(past, future, List.of());
        }
    }

    /** Sorts the explicit full dates among {@code unanchored} by the tense of the sentence around each. */
    Split split(String text, List<Sentence> sentences, List<Timex> unanchored) {
        List<Dated> past = new ArrayList<>();
        List<Dated> future = new ArrayList<>();
        List<Dated> untensed = new ArrayList<>();
        for (Timex t : unanchored) {
            if (t.type() != TimexType.DATE || t.relative() || !FULL_DATE.matcher(t.value()).matches()) {
                continue;
            }
            LocalDate date;
            try {
                date = LocalDate.parse(t.value());
            } catch (RuntimeException e) {
                continue;
            }
            Sentence s = sentenceAt(sentences, t.start());
            if (s == null) {
                continue;
            }
            List<Token> tokens = tokenize(text, s);
            Tense tn = tenseAt(tokens, t.start(), t.end());
            if (tn == Tense.PAST) {
                String before = text.substring(Math.max(0, t.start() - SINCE_REACH), t.start());
                past.add(new Dated(date, t.text(), sinceBefore.matcher(before).find(),
                        inPastPerfect(tokens, t.start(), t.end())));
            } else if (tn == Tense.FUTURE) {
                future.add(new Dated(date, t.text()));
            } else if (!openedBySince(text, t.start()) && !inPastPerfect(tokens, t.start(), t.end())
                    && !AttributiveYear.namesThing(tokens, t.start(), t.end())) {
                untensed.add(new Dated(date, t.text()));
            }
        }
        return new Split(past, future, untensed);
    }

    /**
     * True when "since" opens the day written at {@code start}, directly or through the occasion it dates ("since the
     * blast of 4 August"): the day began a period running to the day of writing, so it is not that day.
     */
    boolean openedBySince(String text, int start) {
        String before = text.substring(Math.max(0, start - SINCE_OCCASION_REACH), start);
        return sinceBefore.matcher(before).find() || sinceOccasionBefore.matcher(before).find();
    }

    /**
     * True when a past-perfect auxiliary of the date's clause tells it ("Am 3. März 1971 hatten ... unterzeichnet",
     * "on 3 May 2004 the two had signed"): background to the article's news, years before it as often as not.
     */
    static boolean inPastPerfect(List<Token> tokens, int start, int end) {
        int first = 0;
        while (first < tokens.size() && tokens.get(first).start() < start) {
            first++;
        }
        for (int i = first - 1; i >= 0 && i >= first - PERFECT_REACH; i--) {
            if (clauseBreak(tokens.get(i))) {
                break;
            }
            if (auxiliaryAt(tokens, i)) {
                return true;
            }
        }
        // after the date the auxiliary may stand before its subject ("1963 hatten die beiden ..."): no article test
        int after = first;
        while (after < tokens.size() && tokens.get(after).start() < end) {
            after++;
        }
        for (int i = after; i < tokens.size() && i < after + PERFECT_REACH; i++) {
            if (clauseBreak(tokens.get(i))) {
                break;
            }
            if (BackgroundTense.AUXILIARIES.contains(tokens.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    /** A past-perfect auxiliary, not the plain past of "have" ("had a meeting"). */
    private static boolean auxiliaryAt(List<Token> tokens, int i) {
        return BackgroundTense.AUXILIARIES.contains(tokens.get(i).lower())
                && (i + 1 >= tokens.size() || !BackgroundTense.ARTICLES.contains(tokens.get(i + 1).lower()));
    }

    private static boolean clauseBreak(Token t) {
        String w = t.lower();
        return w.isEmpty() || !Character.isLetterOrDigit(w.charAt(0)) && !w.equals(".");
    }

    List<Token> tokenize(String text, Sentence s) {
        return tokenizer.tokenize(text, s.start(), s.end());
    }

    /** The tense governing the word at {@code offset} among a sentence's tokens. */
    Tense tenseAt(List<Token> tokens, int offset) {
        return tenseAt(tokens, offset, offset);
    }

    /**
     * The tense governing the date written over {@code [start, end)}: the words before it, else the verb right after
     * it, as wire copy sets the day between subject and verb ("The ministry on Tuesday announced").
     */
    Tense tenseAt(List<Token> tokens, int start, int end) {
        int index = 0;
        while (index < tokens.size() && tokens.get(index).start() < start) {
            index++;
        }
        Tense t = tense.before(tokens, index);
        if (t != Tense.UNKNOWN) {
            return t;
        }
        int next = index;
        while (next < tokens.size() && tokens.get(next).start() < end) {
            next++;
        }
        return next > index ? tense.verbAfter(tokens, next) : t;
    }

    /** The sentence holding {@code offset}, or null between sentences. */
    static Sentence sentenceAt(List<Sentence> sentences, int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return s;
            }
        }
        return null;
    }
}
