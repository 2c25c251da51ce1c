package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.model.EventModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "The first visit since 2009", "deklarasi pertama ... sejak Februari": the date after "since" is the earlier
 * occasion's, so it never dates the first-of-its-kind event itself, in whatever order the words come.
 */
class FirstSinceDateTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "English | 2021-05-10 | 2021-05 | It was the first meeting between the leaders of Chile and Croatia since "
            + "2009.",
        "German | 2022-05-10 | 2022-05 | Es ist der erste Besuch eines chilenischen Präsidenten in Kroatien seit "
            + "2009, teilte das Präsidialamt am Montag mit.",
        "Indonesian | 2022-11-16 | 2022-11 | Para menteri menandatangani deklarasi bersama pertama mereka "
            + "sejak Maret 2020 di Surabaya, ujar juru bicara kementerian.",
    })
    void theFirstOfItsKindIsNotDatedByTheSinceDate(String name, String docDate, String month, String body) {
        EventModel model = extract(docDate, body);

        assertThat(model.events()).anySatisfy(e -> assertThat(e.when().value()).startsWith(month));
    }

    @Test
    void theEarlierOccasionKeepsTheMonthAndThePlaceOfTheFirstOne() {
        EventModel model = extract("2021-05-10", "President Mirko Vand of Croatia arrived in Santiago on Monday, "
                + "the first visit by a Croatian president to Santiago since March 2009.");

        assertThat(model.events()).anySatisfy(e -> {
            assertThat(e.when().value()).isEqualTo("2009-03");
            assertThat(e.place()).isNotNull();
            assertThat(e.place().name()).isEqualTo("Santiago");
        });
        assertThat(model.events()).anySatisfy(e -> assertThat(e.when().value()).isEqualTo("2021-05-10"));
    }

    @Test
    void whoMadeTheEarlierOccasionMayBeNamedAfterItsYear() {
        EventModel model = extract("2021-05-10", "Prime Minister Tomo Radić is the first Croatian prime minister to "
                + "visit Chile since 2004 after former prime minister Ivo Marun.");

        assertThat(model.events()).anySatisfy(e -> {
            assertThat(e.when().value()).isEqualTo("2004");
            assertThat(e.participants()).anySatisfy(p -> assertThat(p.name()).isEqualTo("Ivo Marun"));
            assertThat(e.participants()).noneSatisfy(p -> assertThat(p.name()).isEqualTo("Tomo Radić"));
        });
    }

    private static EventModel extract(String docDate, String body) {
        return EXTRACTOR.extract(new Corpus(List.of(TestArticles.withHeader("d", docDate, body)), List.of()));
    }
}
