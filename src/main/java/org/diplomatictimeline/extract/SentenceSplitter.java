package org.diplomatictimeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.diplomatictimeline.extract.docdate.DateWords;
import org.diplomatictimeline.extract.lang.LanguageFolders;

/**
 * Splits text into sentences with exact offsets: line breaks end paragraphs, sentence punctuation ends sentences
 * unless it closes an abbreviation, an initial or a decimal number.
 */
public final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "gov", "sen",
            "rep", "pres", "jr", "sr", "rev", "hon", "amb", "min", "dept", "no", "vol", "fig", "inc", "ltd", "co",
            "corp", "vs", "etc", "approx", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "u.s", "u.k", "u.n", "e.g", "i.e",
            "a.m", "p.m", "mt", "ft", "pp", "cf", "al");

    /**
     * The words after which a number with a dot is an ordinal, not the end of a sentence, in the languages that
     * write ordinals so ("den 30. Jahrestag", "beim 3. Treffen"): ordinals.tsv kind DOTTED_AFTER.
     */
    private static final Set<String> DOTTED_ORDINAL_OPENERS = LanguageFolders.withWordsOfKind("ordinals.tsv",
            "DOTTED_AFTER");
    /** Function words of every language: a sentence opens with one ("am 16. Die Gäste reisen ab"), a noun does not. */
    private static final Set<String> FUNCTION_WORDS = LanguageFolders.wordsOfAll("stopwords.txt");

    /** The fewest words of a last line cut short that is read as a sentence. */
    private static final int CUT_SHORT_WORDS = 8;

    /** Splits text[from, to) into sentences; offsets are offsets into {@code text}. */
    public List<Sentence> split(String text, int from, int to) {
        List<Sentence> sentences = new ArrayList<>();
        int paragraph = 0;
        int lineStart = from;
        WrappedLines wrapping = WrappedLines.of(text, from, to);
        while (lineStart < to) {
            int lineEnd = WrappedLines.lineEnd(text, lineStart, to);
            // a hard-wrapped text's sentence runs on over its soft line breaks
            for (int last = lineStart; wrapping.runsOn(last, lineEnd, to); ) {
                last = lineEnd + 1;
                lineEnd = WrappedLines.lineEnd(text, last, to);
            }
            boolean blank = text.substring(lineStart, lineEnd).isBlank();
            if (!blank) {
                // Every non-blank line is its own paragraph: news text marks paragraphs with line breaks.
                if (!sentences.isEmpty()) {
                    paragraph++;
                }
                splitLine(text, lineStart, lineEnd, paragraph, sentences);
            }
            lineStart = lineEnd + 1;
        }
        return unheadLastLine(text, sentences);
    }

    /**
     * The text's last line heads nothing, so it is no heading: a line without closing punctuation there is a
     * sentence cut short (an excerpt ends mid-sentence), and what it tells still counts.
     */
    private static List<Sentence> unheadLastLine(String text, List<Sentence> sentences) {
        int last = sentences.size() - 1;
        if (last < 1 || !sentences.get(last).heading() || sentences.get(last - 1).heading()) {
            return sentences;
        }
        Sentence s = sentences.get(last);
        char end = text.charAt(s.end() - 1);
        // A sentence cut short still tells something only when enough of it is left ("X said" tells nothing).
        boolean cutShort = Character.isLowerCase(end) || end == ',';
        if (!cutShort || s.text(text).strip().split("\\s+").length < CUT_SHORT_WORDS) {
            return sentences;
        }
        sentences.set(last, new Sentence(s.start(), s.end(), s.paragraph(), false));
        return sentences;
    }

    private void splitLine(String text, int from, int to, int paragraph, List<Sentence> out) {
        int lineSentenceCount = 0;
        int start = skipSpace(text, from, to);
        int i = start;
        List<Sentence> line = new ArrayList<>();
        while (i < to) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '…') {
                int end = i + 1;
                while (end < to && isCloser(text.charAt(end))) {
                    end++;
                }
                int next = skipSpace(text, end, to);
                if (glued(text, start, i, to)) {
                    line.add(new Sentence(start, end, paragraph, false));
                    lineSentenceCount++;
                    start = end;
                    i = end;
                    continue;
                }
                if (next >= to || (next > end && startsSentence(text.charAt(next)) && !isAbbreviation(text, start, i)
                        && !isOrdinalDay(text, start, i, next, to) && !isDottedOrdinal(text, start, i, next, to))) {
                    line.add(new Sentence(start, trimEnd(text, start, end), paragraph, false));
                    lineSentenceCount++;
                    start = next;
                    i = next;
                    continue;
                }
            }
            i++;
        }
        if (start < to) {
            int end = trimEnd(text, start, to);
            if (end > start) {
                line.add(new Sentence(start, end, paragraph, false));
            }
        }
        if (line.size() == 1 && lineSentenceCount == 0 && looksLikeHeading(text, line.get(0))) {
            Sentence only = line.get(0);
            line.set(0, new Sentence(only.start(), only.end(), paragraph, true));
        }
        out.addAll(line);
    }

    /**
     * A full stop with no space after it between a lower-case word and a capitalised one ("with Berg.But as he
     * left"): two sentences run together by a lost line break or space. A word with a dot, slash or at sign of its
     * own (a web address, "U.S.Army") is left alone.
     */
    private static boolean glued(String text, int sentenceStart, int dot, int to) {
        if (text.charAt(dot) != '.' || dot + 2 >= to || dot - 3 < sentenceStart
                || !Character.isUpperCase(text.charAt(dot + 1)) || !Character.isLowerCase(text.charAt(dot + 2))) {
            return false;
        }
        for (int k = dot - 3; k < dot; k++) {
            if (!Character.isLowerCase(text.charAt(k))) {
                return false;
            }
        }
        int w = dot;
        while (w > sentenceStart && !Character.isWhitespace(text.charAt(w - 1))) {
            w--;
        }
        String before = text.substring(w, dot);
        int after = dot + 1;
        while (after < to && !Character.isWhitespace(text.charAt(after))) {
            after++;
        }
        String next = text.substring(dot + 1, after);
        return before.chars().noneMatch(ch -> ch == '.' || ch == '/' || ch == '@' || ch == ':')
                && next.chars().noneMatch(ch -> ch == '/' || ch == '@')
                && !isAbbreviation(text, sentenceStart, dot);
    }

    private static boolean looksLikeHeading(String text, Sentence s) {
        String t = s.text(text).strip();
        if (t.isEmpty()) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        boolean closed = last == '.' || last == '!' || last == '?' || last == '”' || last == '"' || last == ':';
        return !closed && t.split("\\s+").length <= 14;
    }

    private static boolean isAbbreviation(String text, int sentenceStart, int dot) {
        int w = dot;
        while (w > sentenceStart && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
            w--;
        }
        String word = text.substring(w, dot);
        if (word.isEmpty()) {
            // "3.5" style decimals are not followed by a space anyway; a bare dot after a digit ends a sentence.
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // an initial: "George W. Bush"
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the dot after a number is that of an ordinal day before its month ("am 26. Juli", "zum 1. Mai"), as
     * German and other languages write a date: the date and the rest of its sentence stay one sentence.
     */
    private static boolean isOrdinalDay(String text, int sentenceStart, int dot, int next, int to) {
        int d = dot;
        while (d > sentenceStart && Character.isDigit(text.charAt(d - 1))) {
            d--;
        }
        if (d == dot || dot - d > 2 || d > sentenceStart && Character.isLetterOrDigit(text.charAt(d - 1))) {
            return false;
        }
        int day = Integer.parseInt(text.substring(d, dot));
        int w = next;
        while (w < to && (Character.isLetter(text.charAt(w)) || text.charAt(w) == '.')) {
            w++;
        }
        return day >= 1 && day <= 31 && w > next && DateWords.standard().month(text.substring(next, w)).isPresent();
    }

    /**
     * Whether the dot closes a number of one to three digits that an ordinal's opening word stands before ("den 30.
     * Jahrestag", "zum 2. Mal") and the word after it is no function word: the number is an ordinal and its
     * sentence goes on.
     */
    private static boolean isDottedOrdinal(String text, int sentenceStart, int dot, int next, int to) {
        int d = dot;
        while (d > sentenceStart && Character.isDigit(text.charAt(d - 1))) {
            d--;
        }
        if (d == dot || dot - d > 3 || d - 1 <= sentenceStart || text.charAt(d - 1) != ' ') {
            return false;
        }
        int w = d - 1;
        while (w > sentenceStart && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        if (w == d - 1 || !DOTTED_ORDINAL_OPENERS.contains(text.substring(w, d - 1).toLowerCase(Locale.ROOT))) {
            return false;
        }
        int e = next;
        while (e < to && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return e > next && !FUNCTION_WORDS.contains(text.substring(next, e).toLowerCase(Locale.ROOT));
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '“' || c == '‘' || c == '\''
                || c == '(' || c == '[' || c == '«' || c == '—' || c == '–' || Character.isLetter(c)
                && !Character.isLowerCase(c);
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == ']' || c == '»';
    }

    private static int skipSpace(String text, int i, int to) {
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}
