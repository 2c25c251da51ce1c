package org.diplomatictimeline.extract;

import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplomatictimeline.extract.mention.Mention;
import org.diplomatictimeline.extract.mention.MentionKind;
import org.diplomatictimeline.model.EventType;

/**
 * The year an anniversary the text counts from a year it writes names, in any language: "the second anniversary of
 * the treaty signed on 30 August 2008" falls in 2010, "le 25e anniversaire des relations établies en 1992" in 2017.
 * The anniversary nouns are the ANNIVERSARY nouns of the trigger tables, the count is read as an occasion's number
 * ({@link OccasionNumber}), and the year counted from is the first the sentence writes after the noun.
 */
final class AnniversaryYears {

    /** How far after the anniversary noun the year it counts from may stand. */
    private static final int REACH = 160;
    /** The most anniversaries a count may name: larger numbers are not counts of years. */
    private static final int MOST = 500;
    /** "el 40 aniversario", "il 70 anniversario": a bare number right before the noun counts the years too. */
    private static final Pattern BARE_COUNT = Pattern.compile("(?<![\\p{L}\\p{N}.,:/-])(\\d{1,3})\\s+$");
    private static final Pattern YEAR = Pattern.compile("(?<![\\p{L}\\p{N}])(1[5-9]\\d{2}|20\\d{2})(?![\\p{L}\\p{N}])");

    /** The anniversary nouns' word sequences by their first word. */
    private final Map<String, List<List<String>>> nouns = new HashMap<>();
    private final WordTokenizer tokenizer = new WordTokenizer();

    AnniversaryYears(TriggerLexicon lexicon) {
        for (TriggerLexicon.Entry e : lexicon.entries(EventType.ANNIVERSARY, "NOUN")) {
            nouns.computeIfAbsent(e.words().get(0), w -> new ArrayList<>()).add(e.words());
        }
    }

    /**
     * The years the counted anniversaries of the sentences fall in, in text order; an anniversary that would fall
     * after the current year counts from no year the text writes ("the 70th anniversary in 2019").
     */
    List<YearClue> clues(String text, List<Sentence> sentences) {
        return clues(text, sentences, List.of(), null);
    }

    /**
     * The year clues of the sentences' anniversaries, each sentence tokenised once: first those {@code table} gives
     * for the first anniversary of a sentence from a founding it knows ("the 70th anniversary of China–Russia
     * diplomatic relations", the countries among {@code mentions}), then the counted ones of {@link #clues(String,
     * List)}; a null table gives only the counted ones.
     */
    List<YearClue> clues(String text, List<Sentence> sentences, List<Mention> mentions, AnniversaryResolver table) {
        List<YearClue> known = new ArrayList<>();
        List<YearClue> counted = new ArrayList<>();
        int thisYear = Year.now().getValue();
        for (Sentence s : sentences) {
            List<Token> tokens = tokenizer.tokenize(text, s.start(), s.end());
            boolean first = true;
            for (int i = 0; i < tokens.size(); i++) {
                int last = nounEnd(tokens, i);
                if (last < 0) {
                    continue;
                }
                int start = tokens.get(i).start();
                int end = tokens.get(last).end();
                if (first && table != null) {
                    knownFounding(text, s, start, end, mentions, table).ifPresent(known::add);
                }
                first = false;
                counted(text, s, start, end, thisYear).ifPresent(counted::add);
            }
        }
        known.addAll(counted);
        return known;
    }

    /** The year a table's founding and the ordinal give the anniversary whose noun stands at [start, end). */
    private static Optional<YearClue> knownFounding(String text, Sentence s, int start, int end,
                                                    List<Mention> mentions, AnniversaryResolver table) {
        Set<String> codes = new LinkedHashSet<>();
        for (Mention m : mentions) {
            if (m.start() >= end && m.end() <= s.end() && m.countryCode() != null && !m.countryCode().isBlank()
                    && m.kind() != MentionKind.PERSON && m.kind() != MentionKind.TOPIC) {
                codes.add(m.countryCode().toUpperCase());
            }
        }
        AnniversaryResolver.Anniversary a = table.resolve(text.substring(s.start(), start),
                text.substring(end, s.end()), codes);
        return a.year().map(y -> new YearClue(y, "the " + a.title() + " (" + a.founding().get().date().getYear()
                + " + " + a.ordinal() + ")"));
    }

    /** The year an anniversary counted from a year the sentence writes after its noun falls in, if not ahead. */
    private static Optional<YearClue> counted(String text, Sentence s, int start, int end, int thisYear) {
        OptionalInt count = count(text, s.start(), start, end, s.end());
        if (count.isEmpty() || count.getAsInt() < 1 || count.getAsInt() > MOST) {
            return Optional.empty();
        }
        Matcher y = YEAR.matcher(text).region(end, Math.min(s.end(), end + REACH));
        if (!y.find()) {
            return Optional.empty();
        }
        int from = Integer.parseInt(y.group(1));
        int year = from + count.getAsInt();
        return year <= thisYear ? Optional.of(new YearClue(year, "the anniversary '" + text.substring(start, end)
                + "' counted " + count.getAsInt() + " years from " + from, true)) : Optional.empty();
    }

    /** The count of the anniversary whose noun stands at [start, end): an ordinal, else a bare number before it. */
    private static OptionalInt count(String text, int from, int start, int end, int to) {
        OptionalInt ordinal = OccasionNumber.of(text, from, to, start, end);
        if (ordinal.isPresent()) {
            return ordinal;
        }
        Matcher bare = BARE_COUNT.matcher(text).region(Math.max(from, start - 8), start);
        return bare.find() ? OptionalInt.of(Integer.parseInt(bare.group(1))) : OptionalInt.empty();
    }

    /** The index of the last token of an anniversary noun starting at token {@code i}, or -1 when none does. */
    private int nounEnd(List<Token> tokens, int i) {
        for (List<String> words : nouns.getOrDefault(tokens.get(i).lower(), List.of())) {
            if (i + words.size() > tokens.size()) {
                continue;
            }
            boolean all = true;
            for (int k = 0; k < words.size() && all; k++) {
                all = tokens.get(i + k).lower().equals(words.get(k));
            }
            if (all) {
                return i + words.size() - 1;
            }
        }
        return -1;
    }
}
