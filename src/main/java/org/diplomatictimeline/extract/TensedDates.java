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
    private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final WordTokenizer tokenizer = new WordTokenizer();
    private final TenseReader tense = new TenseReader();
    /** "since", "depuis le", "sejak": the word and at most one short article before the date. */
    private final Pattern sinceBefore;

    TensedDates(DateWords words) {
        sinceBefore = Pattern.compile("(?<!\\p{L})(?:" + words.sinceAlternation()
                + ")(?!\\p{L})[\\s,]*(?:\\p{L}{1,4}\\s+)?$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** A date the text writes in full, with the words that write it; {@code since} when "since" opens it. */
    record Dated(LocalDate date, String text, boolean since) {

        Dated(LocalDate date, String text) {
            this(date, text, false);
        }
    }

    /** The text's full dates told in the past and in the future, each in text order. */
    record Split(List<Dated> past, List<Dated> future) {
    }

    /** Sorts the explicit full dates among {@code unanchored} by the tense of the sentence around each. */
    Split split(String text, List<Sentence> sentences, List<Timex> unanchored) {
        List<Dated> past = new ArrayList<>();
        List<Dated> future = new ArrayList<>();
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
            Tense tn = tenseAt(tokenize(text, s), t.start(), t.end());
            if (tn == Tense.PAST) {
                String before = text.substring(Math.max(0, t.start() - SINCE_REACH), t.start());
                past.add(new Dated(date, t.text(), sinceBefore.matcher(before).find()));
            } else if (tn == Tense.FUTURE) {
                future.add(new Dated(date, t.text()));
            }
        }
        return new Split(past, future);
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
