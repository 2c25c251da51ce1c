package org.diplomatictimeline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When two gold events of different articles are one occasion. */
class OccasionRuleTest {

    @ParameterizedTest(name = "{0} {1} {2} @{3} vs {4} {5} {6} @{7}: {8}")
    @CsvSource(delimiter = '|', value = {
        // type   | date            | people            | place  | type       | date       | people          | place | same
        "visit    | 2030-04-02      | Ada Okafor        | Lagos  | talks      | 2030-04-02 | Okafor          |       | true",
        "visit    | 2030-04         | Ada Okafor        |        | meeting    | 2030-04-02 | Ada Okafor      |       | true",
        "summit   | 2030-04-01/2030-04-03 |             | Lagos  | summit     | 2030-04-02 |                 | Lagos | true",
        "visit    | 2030-04-02      | Ada Okafor        | Lagos  | visit      | 2030-04-09 | Ada Okafor      | Lagos | false",
        "visit    | 2030-04-02      | Ada Okafor        | Lagos  | visit      | 2030-04-02 | Ben Mensah      | Accra | false",
        "visit    | 2030-04-02      | Ada Okafor        | Lagos  | statement  | 2030-04-02 | Ada Okafor      | Lagos | false",
        "phone_call | 2030-04-02    | Ada Okafor        |        | meeting    | 2030-04-02 | Ada Okafor      |       | false",
    })
    void sameOccasionNeedsTypeFamilyDateAndWhoOrWhere(String typeA, String dateA, String peopleA, String placeA,
                                                       String typeB, String dateB, String peopleB, String placeB,
                                                       boolean same) {
        assertThat(new OccasionRule().sameOccasion(gold(typeA, dateA, peopleA, placeA), gold(typeB, dateB, peopleB,
                placeB))).isEqualTo(same);
    }

    @ParameterizedTest(name = "{0} @{1} [{2}] vs {3} @{4} [{5}]: {6}")
    @CsvSource(delimiter = '|', value = {
        // people          | place        | countries     | people       | place | countries     | same
        "Ада Окафор        | Лагос        | Nigeria,Ghana | Ada Okafor   | Lagos | Nigeria,Ghana | true",
        "أدا أوكافور        | لاغوس         | Nigeria       | Ada Okafor   | Lagos | Nigeria,Ghana | true",
        "Ада Окафор        | Лагос        | Kenya         | Ada Okafor   | Lagos | Nigeria,Ghana | false",
        "Ада Окафор        |              | Nigeria       | Ben Mensah   | Accra | Ghana         | false",
        "Ben Mensah        | Accra        | Nigeria,Ghana | Ada Okafor   | Lagos | Nigeria,Ghana | false",
    })
    void namesInAnotherScriptFallBackToCountries(String peopleA, String placeA, String countriesA, String peopleB,
                                                 String placeB, String countriesB, boolean same) {
        NewsGold.GoldEvent a = new NewsGold.GoldEvent("", "visit", "2030-04-02", null, "explicit",
                List.of(peopleA), Arrays.asList(countriesA.split(",")), placeA);
        NewsGold.GoldEvent b = new NewsGold.GoldEvent("", "visit", "2030-04-02", null, "explicit",
                List.of(peopleB), Arrays.asList(countriesB.split(",")), placeB);
        assertThat(new OccasionRule().sameOccasion(a, b)).isEqualTo(same);
        assertThat(new OccasionRule().sameOccasion(b, a)).as("symmetric").isEqualTo(same);
    }

    private static NewsGold.GoldEvent gold(String type, String date, String people, String place) {
        String[] range = date.split("/");
        List<String> who = people == null ? List.of() : Arrays.asList(people.split(","));
        return new NewsGold.GoldEvent("", type, range[0], range.length > 1 ? range[1] : null, "explicit", who,
                List.of(), place);
    }
}
