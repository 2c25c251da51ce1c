package org.diplomatictimeline.extract.docdate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StartScanTest {

    private static final Pattern DAY_FIRST = Pattern.compile(
            "(?<!\\d)(\\d{1,2})\\.?\\s+(march|mars|марта)(?!\\p{L})(?!\\.?,?\\s+(?:19|20)\\d{2})", StartScan.FLAGS);
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "(?<!\\p{L})(?=\\p{L}{3,12}+\\.?\\s*\\d)(march|mars|марта)\\s+(\\d{1,2})(?!\\d)", StartScan.FLAGS);
    private static final Pattern WEEKDAY = Pattern.compile("(?<!\\p{L})(monday|lundi|понедельник)(?!\\p{L})",
            StartScan.FLAGS);
    private static final Pattern TODAY = Pattern.compile("(?<![\\p{L}'’])(today|oggi|сегодня)(?![\\p{L}'’])\\s*(?=\\d)",
            StartScan.FLAGS);
    private static final FirstLetters MONTHS = FirstLetters.of(Set.of("march", "mars", "марта"));
    private static final FirstLetters WEEKDAYS = FirstLetters.of(Set.of("monday", "lundi", "понедельник"));
    private static final FirstLetters TODAY_WORDS = FirstLetters.of(Set.of("today", "oggi", "сегодня"));

    static Stream<Arguments> scans() {
        String en = "On Monday, 12 March the ministers met; 112 March is no date, nor 3 Marchioness. March 4 2019"
                + " and Mondays, March 5";
        String fr = "Ce lundi 7 mars, à Paris (lundi) : 17 mars 2021. ÉMarch 9";
        String ru = "В понедельник, 7 марта, министры встретились; 2марта";
        String edge = "𝐀March 3, x\uD835March 4, 12 march\n2020 Monday5 March";
        String today = "Today 5 March; l'oggi 3, oggi 4, ’today 6, TODAY7, СЕГОДНЯ 8, xсегодня 9, MARCH 2, МАРТА 1";
        List<Arguments> out = new ArrayList<>();
        for (String text : List.of(en, fr, ru, edge, today)) {
            for (int from : new int[] {0, 1, 4, 9}) {
                for (int to : new int[] {text.length(), text.length() - 3, Math.min(text.length(), 30)}) {
                    if (from <= to) {
                        out.add(Arguments.of(DAY_FIRST, StartScan.Start.NUMBER, text, from, to, FirstLetters.ANY));
                        out.add(Arguments.of(MONTH_FIRST, StartScan.Start.LETTER_WORD, text, from, to,
                                FirstLetters.ANY));
                        out.add(Arguments.of(MONTH_FIRST, StartScan.Start.LETTER_WORD, text, from, to, MONTHS));
                        out.add(Arguments.of(WEEKDAY, StartScan.Start.WORD, text, from, to, FirstLetters.ANY));
                        out.add(Arguments.of(WEEKDAY, StartScan.Start.WORD, text, from, to, WEEKDAYS));
                        out.add(Arguments.of(TODAY, StartScan.Start.WORD_NOT_ELIDED, text, from, to, TODAY_WORDS));
                    }
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("scans")
    void findsWhatMatcherFindFindsInTheRegion(Pattern pattern, StartScan.Start start, String text, int from, int to,
                                              FirstLetters first) {
        List<String> expected = new ArrayList<>();
        Matcher m = pattern.matcher(text).region(from, to);
        while (m.find()) {
            expected.add(m.start() + ":" + m.end() + ":" + m.group(1));
        }
        List<String> found = new ArrayList<>();
        StartScan scan = new StartScan(pattern, text, from, to, start, first);
        while (scan.find()) {
            found.add(scan.matcher().start() + ":" + scan.matcher().end() + ":" + scan.matcher().group(1));
        }
        assertThat(found).isEqualTo(expected);
    }

    static Stream<Arguments> english() {
        return Stream.of(Arguments.of(DAY_FIRST, StartScan.Start.NUMBER, List.of("12 March")),
                Arguments.of(MONTH_FIRST, StartScan.Start.LETTER_WORD, List.of("March 4", "March 5")),
                Arguments.of(WEEKDAY, StartScan.Start.WORD, List.of("Monday")));
    }

    @ParameterizedTest
    @MethodSource("english")
    void findsTheDatesOfASentenceAndNotThoseInsideLongerWordsOrNumbers(Pattern pattern, StartScan.Start start,
                                                                        List<String> expected) {
        String text = "On Monday, 12 March the ministers met; 112 March is no date, nor 3 Marchioness. March 4 2019"
                + " and Mondays, March 5";
        List<String> found = new ArrayList<>();
        StartScan scan = new StartScan(pattern, text, 0, text.length(), start);
        while (scan.find()) {
            found.add(scan.matcher().group());
        }
        assertThat(found).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void theFirstLettersOfWordsLetThroughEveryCaseOfThemAndNothingElse() {
        assertThat(MONTHS.mayStart('m')).isTrue();
        assertThat(MONTHS.mayStart('M')).isTrue();
        assertThat(MONTHS.mayStart('М')).isTrue(); // Cyrillic capital, as in "Марта"
        assertThat(MONTHS.mayStart('x')).isFalse();
        assertThat(FirstLetters.of(Set.of("", "may")).mayStart('x')).isTrue(); // an empty word could match anywhere
    }
}
