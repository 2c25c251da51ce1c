package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventModel;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Planned events and the dates around them: a weekday in the programme of next week's trip is a day of that week,
 * a date that tells when a plan was told is not the plan's, and a past clause after an event's noun dates it in the
 * past whatever words ("ahead of") made the noun sound planned.
 */
class PlannedEventDatingTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    private static List<Event> events(String docDate, String body) {
        EventModel model = EXTRACTOR.extract(new Corpus(List.of(TestArticles.withHeader("p", docDate, body)),
                List.of()));
        return model.events();
    }

    private static List<Event> ofType(List<Event> events, EventType... types) {
        List<EventType> wanted = List.of(types);
        return events.stream().filter(e -> wanted.contains(e.type())).toList();
    }

    // The article is written on a Thursday (2023-01-05); its week ends on Sunday the 8th.
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "English, trip told the sentence before | Keir Starmer will visit Uganda next week. On Friday he will meet "
            + "President Yoweri Museveni in Kampala. | 2023-01-13",
        "German, a day of next week earlier in the sentence | Bei seinem Besuch in Uganda in der kommenden Woche will "
            + "Keir Starmer auch Präsident Yoweri Museveni treffen. Nach seiner Ankunft am späten Mittwochabend kommender "
            + "Woche wird Starmer am Donnerstagvormittag Präsident Yoweri Museveni treffen. | 2023-01-12",
    })
    void aBareWeekdayInTheProgrammeOfNextWeeksTripIsADayOfThatWeek(String name, String body, String expected) {
        List<Event> meetings = ofType(events("2023-01-05", body), EventType.MEETING, EventType.TALKS);

        assertThat(meetings).anySatisfy(e -> assertThat(e.when().value()).isEqualTo(expected))
                .noneSatisfy(e -> assertThat(e.when().value()).isBetween("2023-01-05", "2023-01-08"));
    }

    @Test
    void aWeekdayToldInThePastKeepsTheWeekWrittenEvenAfterALaterDate() {
        List<Event> all = events("2023-01-05", "Weeks before the March 1 deadline, Keir Starmer and Yoweri Museveni "
                + "announced they had signed the accord Thursday morning.");

        assertThat(ofType(all, EventType.AGREEMENT)).isNotEmpty()
                .allSatisfy(e -> assertThat(e.when().value()).isEqualTo("2023-01-05"));
    }

    @Test
    void aPastClauseAfterTheEventsNounDatesItBeforeTheArticle() {
        List<Event> meetings = ofType(events("2021-08-18", "Keir Starmer voiced support for the treaty ahead of the "
                + "meeting with Yoweri Museveni that took place on Monday."), EventType.MEETING, EventType.TALKS);

        assertThat(meetings).isNotEmpty().allSatisfy(e -> assertThat(e.when().value()).isEqualTo("2021-08-16"));
    }

    @Test
    void aDateBetweenAReportingVerbAndAPlanDatesTheTellingNotThePlan() {
        List<Event> visits = ofType(events("2021-08-18", "Keir Starmer told reporters on Monday he would visit "
                + "Kampala to meet Yoweri Museveni."), EventType.VISIT);

        assertThat(visits).isNotEmpty().noneSatisfy(e -> assertThat(e.when().value()).isEqualTo("2021-08-16"));
    }

    @Test
    void aPlanToldWithItsOwnDateAfterTheReportKeepsIt() {
        List<Event> visits = ofType(events("2021-08-18", "Keir Starmer said on Monday that he would visit Kampala "
                + "on 14 October to meet Yoweri Museveni."), EventType.VISIT);

        assertThat(visits).isNotEmpty().allSatisfy(e -> assertThat(e.when().value()).isEqualTo("2021-10-14"));
    }
}
