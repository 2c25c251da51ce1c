package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.model.DateModifier;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventModel;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An event set against its sentence's date by a cue ("after attending the summit", "a day after he met", "ahead of
 * the summit") lies before or after that date, not on it; a bare weekday in the programme of a trip weeks ahead is a
 * day of that trip; a clock time is dated by the day told with it.
 */
class AnchoredDatingTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    private static List<Event> events(String id, String docDate, String body, EventType type) {
        EventModel model = EXTRACTOR.extract(new Corpus(List.of(TestArticles.withHeader(id, docDate, body)),
                List.of()));
        return model.events().stream().filter(e -> e.type() == type).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a count of days before the cue moves the event by that many days
        "a day after, in English | 2024-05-23 | A state dinner awaits the Kenyan president on Thursday, a day after "
            + "he met with President Joe Biden at the White House. | MEETING | 2024-05-22",
        "au lendemain, in French | 2020-01-08 | Le président Emmanuel Macron a reçu mardi les dirigeants africains, "
            + "au lendemain du sommet de Niamey. | SUMMIT | 2020-01-06",
        "two days before | 2021-06-10 | The ministers signed the accord on Thursday, two days before the summit "
            + "of NATO leaders in Brussels. | SUMMIT | 2021-06-12",
    })
    void aCountOfDaysBeforeTheCueMovesTheEventFromTheSentencesDate(String name, String docDate, String body,
                                                                   EventType type, String expected) {
        assertThat(events("d", docDate, body, type)).isNotEmpty()
                .allSatisfy(e -> assertThat(e.when().value()).isEqualTo(expected));
    }

    @Test
    void anEventAfterWhichTheSentenceHappensLiesBeforeItsDateInTheSameMonth() {
        List<Event> summits = events("a1", "2023-08-28", "The president will travel to Hanoi on 10 September, after "
                + "attending the leaders summit in India.", EventType.SUMMIT);

        assertThat(summits).isNotEmpty().allSatisfy(e -> {
            assertThat(e.when().value()).isEqualTo("2023-09");
            assertThat(e.when().modifier()).isEqualTo(DateModifier.BEFORE);
        });
    }

    @Test
    void anEventAheadOfWhichTheSentenceHappensIsNotDatedOnTheSentencesDay() {
        List<Event> summits = events("a3", "2023-11-06", "Prime Minister Anthony Albanese told reporters in Beijing "
                + "on Monday, ahead of the summit with Xi Jinping.", EventType.SUMMIT);

        assertThat(summits).isNotEmpty().allSatisfy(e -> assertThat(e.when().value()).isNotEqualTo("2023-11-06"));
    }

    @Test
    void aSummitAheadOfWhichTheOpeningSentenceTellsAPastActIsNeverMovedToTheComingWeek() {
        List<Event> summits = events("a4", "2022-03-09", "Ahead of the ASEAN summit, Malaysia "
                + "reopened its airspace and borders to Thailand on Monday.", EventType.SUMMIT);

        assertThat(summits).isNotEmpty().allSatisfy(e -> assertThat(e.when().value()).isLessThan("2022-03-10"));
    }

    @Test
    void aDateInsideTheCuedPhraseStillDatesItsEvent() {
        List<Event> talks = events("a5", "2021-03-10", "The Chinese foreign minister left Moscow, after talks with "
                + "Sergei Lavrov on Monday.", EventType.TALKS);

        assertThat(talks).isNotEmpty().allSatisfy(e -> assertThat(e.when().value()).isEqualTo("2021-03-08"));
    }

    @Test
    void aStretchOfTimeAfterTheCueSetsNothingAgainstTheSentencesDate() {
        List<Event> visits = events("s1", "2023-08-28", "Monday's White House announcement of the visit comes after "
                + "weeks of talks with Hanoi.", EventType.TALKS);

        assertThat(visits).isNotEmpty().allSatisfy(e -> assertThat(e.when().modifier()).isNotEqualTo(DateModifier.BEFORE));
    }

    @Test
    void theDayBeforeTheSentencesFutureDayFollowsTheMainClausesTense() {
        List<Event> inaugurations = events("p1", "2022-12-31", "Na segunda-feira, dia seguinte a tomar posse, Lula "
                + "da Silva irá receber o Presidente português em Brasília.", EventType.INAUGURATION);

        assertThat(inaugurations).isNotEmpty()
                .allSatisfy(e -> assertThat(e.when().value()).isEqualTo("2023-01-01"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // the trip starts weeks after the article: its weekdays are days of the trip's week
        "English | The state visit to Kenya will begin on 31 January. On Thursday the president will meet the "
            + "bishops in Nairobi. | 2023-02-02",
        "French | La visite du pape en Angola commencera le 31 janvier 2023. Les journées de jeudi seront tournées "
            + "vers une rencontre avec les évêques à Luanda. | 2023-02-02",
        // "next Thursday" is the article's week, whatever trip was told before
        "English, next | The state visit to Kenya will begin on 31 January. Next Thursday the president will meet "
            + "the bishops in Nairobi. | 2023-01-12",
    })
    void aBareWeekdayAfterAPlannedTripWeeksAheadIsADayOfThatTrip(String name, String body, String expected) {
        EventModel model = EXTRACTOR.extract(new Corpus(List.of(TestArticles.withHeader("i", "2023-01-06", body)),
                List.of()));

        assertThat(model.events()).anySatisfy(e -> assertThat(e.when().value()).isEqualTo(expected))
                .noneSatisfy(e -> assertThat(e.when().value()).isBetween("2023-01-07", "2023-01-11"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // the programme's first day comes the day before the meeting told before: that meeting's week, not the next
        "English | Prime Minister Tom Rydell lands in Lusaka on Monday morning and on Tuesday he will meet Zambian "
            + "President John Mbeki.\\n\\nOn Monday, the first day of the official visit, Tom Rydell has several "
            + "events on his programme that show the interest of the Irish government in cooperation with Zambia.",
        "Spanish | El primer ministro Tomás Rivera llega a Lusaka el lunes por la mañana y el martes se reunirá con "
            + "el presidente de Zambia, John Mbeki.\\n\\nYa el lunes, primer día de la visita oficial, Tomás Rivera "
            + "tiene en su programa varias actividades que muestran el interés del Gobierno español en la "
            + "cooperación con Zambia.",
        "French | Le Premier ministre Paul Renard arrive à Lusaka lundi matin et mardi il rencontrera le président "
            + "zambien John Mbeki.\\n\\nDès lundi, premier jour de la visite officielle, Paul Renard a à son "
            + "programme plusieurs activités qui montrent l'intérêt du gouvernement français pour la coopération "
            + "avec la Zambie.",
    })
    void aWeekdayOfTheProgrammeJustBeforeTheMeetingToldBeforeIsOfThatMeetingsWeek(String name, String body) {
        EventModel model = EXTRACTOR.extract(new Corpus(List.of(TestArticles.withHeader("w", "2021-03-14",
                body.replace("\\n", "\n"))), List.of()));

        assertThat(model.events()).noneSatisfy(e -> assertThat(e.when().value()).isEqualTo("2021-03-22"))
                .anySatisfy(e -> {
                    assertThat(e.type()).isEqualTo(EventType.VISIT);
                    assertThat(e.when().value()).isEqualTo("2021-03-15");
                });
    }

    @Test
    void aClockTimeIsDatedByTheWeekdayToldWithIt() {
        List<Event> meetings = events("c1", "2020-04-10", "The virtual meeting of OPEC ministers began just after "
                + "1440 GMT on Thursday.", EventType.MEETING);

        assertThat(meetings).isNotEmpty().allSatisfy(e -> assertThat(e.when().value()).isEqualTo("2020-04-09"));
    }
}
