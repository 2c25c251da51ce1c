package org.diplomatictimeline.extract.docdate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateWordsTest {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "On THURSDAY, 3 March, the envoys met; jeudi 4 mars; el jueves; Donnerstag, 5. März 2021.",
            "Министр прибыл в пятницу, 12 мая; в ПЯТНИЦУ вечером; Kamis (21/3/2024) dan Jumat.",
            "mar. sept. Sept 9 sep giu. June Juneteenth Junio marzo Mart Mars marsh Mayday may May",
            "Thursdays, thursdayish, pre-Monday, Monday-Friday, lunedì/martedì, miércoles y sábado",
    })
    void groupedAlternationMatchesWhatTheFlatListMatches(String text) {
        DateWords words = DateWords.standard();
        for (String grouped : List.of(words.monthAlternation(), words.weekdayAlternation())) {
            Pattern flat = Pattern.compile(whole(flat(grouped)), FLAGS);
            Pattern fast = Pattern.compile(whole(grouped), FLAGS);

            assertThat(matches(fast, text)).isEqualTo(matches(flat, text));
        }
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource({"أبريل,4", "ابريل,4", "إبريل,4", "اغسطس,8", "أكتوبر,10", "اكتوبر,10",
            "ايار,5"})
    void arabicMonthsAreKnownWithAndWithoutTheirHamza(String name, int month) {
        assertThat(DateWords.standard().month(name)).contains(month);
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource({"الأربعاء,WEDNESDAY", "الاربعاء,WEDNESDAY", "الأحد,SUNDAY",
            "الاحد,SUNDAY", "الإثنين,MONDAY"})
    void arabicWeekdaysAreKnownWithAndWithoutTheirHamza(String name, DayOfWeek day) {
        assertThat(DateWords.standard().weekday(name)).contains(day);
    }

    @Test
    void namesAreGroupedByTheirFirstLetterLongestFirst() {
        assertThat(DateWords.alternation(Set.of("mardi", "monday", "martes", "tuesday")))
                .isEqualTo("\\Qt\\E(?:\\Quesday\\E)|\\Qm\\E(?:\\Qartes\\E|\\Qonday\\E|\\Qardi\\E)");
    }

    @Test
    void firstLettersOneCaseOfTheOtherKeepTheFlatList() {
        assertThat(DateWords.alternation(Set.of("ıx", "iy"))).isEqualTo("\\Qiy\\E|\\Qıx\\E");
    }

    private static String whole(String alternation) {
        return "(?<!\\p{L})(" + alternation + ")(?!\\p{L})";
    }

    /** The words of a grouped alternation, back in the flat order the grouping must not change. */
    private static String flat(String grouped) {
        List<String> words = new ArrayList<>();
        Matcher group = Pattern.compile("\\\\Q(.)\\\\E\\(\\?:(.*?)\\)(?=\\||$)").matcher(grouped);
        while (group.find()) {
            Matcher rest = Pattern.compile("\\\\Q(.*?)\\\\E").matcher(group.group(2));
            while (rest.find()) {
                words.add(group.group(1) + rest.group(1));
            }
        }
        assertThat(words).isNotEmpty();
        words.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        return words.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }

    private static List<String> matches(Pattern p, String text) {
        return p.matcher(text).results().map(r -> r.start() + ":" + r.group(1)).toList();
    }
}
