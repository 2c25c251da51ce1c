package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.DateSource;
import org.diplomatictimeline.model.DocumentDate;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventModel;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.time.Timex;
import org.diplomatictimeline.time.TimexType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which of a sentence's dates is an event's own, and which way a relative date is turned by the event's tense. */
class EventDatingTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();
    private static final EventDateResolver RESOLVER = new EventDateResolver();

    private static EventModel extract(Document... docs) {
        return EXTRACTOR.extract(new Corpus(List.of(docs), List.of()));
    }

    private static List<Event> meetings(EventModel model) {
        return model.events().stream().filter(e -> e.type().name().equals("MEETING")
                || e.type().name().equals("TALKS")).toList();
    }

    @Test
    void aDateInARelativeClauseAboutSomethingElseDoesNotDateTheEvent() {
        EventModel model = extract(TestArticles.withHeader("r1", "2021-05-12", "The foreign ministers of Chile "
                + "and Bolivia held talks on reopening the mountain railway, which was closed in 1998 after a flood."));

        assertThat(meetings(model)).isNotEmpty()
                .allSatisfy(e -> assertThat(e.when().value()).doesNotStartWith("1998"));
    }

    @Test
    void aRelativeClauseRightAfterTheEventsWordStillDatesIt() {
        EventModel model = extract(TestArticles.withHeader("r2", "2021-05-12", "The visit to Chile, which "
                + "begins on 14 June, will take the Bolivian president to Santiago."));

        assertThat(model.events()).anySatisfy(e -> assertThat(e.when().value()).isEqualTo("2021-06-14"));
    }

    private static DocumentDate day(String value) {
        return new DocumentDate(value, DatePrecision.DAY, DateSource.DATELINE, 0.9, "test", null, false);
    }

    /**
     * A month alone keeps the side of the article the tagger gave it from its own clause; words like "yesterday"
     * keep their direction; a weekday name in any language moves by a week, never by a year; a weekday written with
     * its day ("sábado (16)", "lunedì 25") does not move, since a week away the day would no longer fit it.
     */
    @ParameterizedTest
    @CsvSource({
        "January,    2019-01,    HAPPENED, 2018-12-20, 2019-01",
        "yesterday,  2021-06-15, PLANNED,  2021-06-16, 2021-06-15",
        "samedi,     2022-12-31, PLANNED,  2023-01-06, 2023-01-07",
        "Saturday,   2022-12-31, PLANNED,  2023-01-06, 2023-01-07",
        "March 10,   2020-03-10, PLANNED,  2020-04-10, 2021-03-10",
        "sábado (16), 2024-03-16, PLANNED, 2024-03-21, 2024-03-16",
        "Senin (25/3), 2024-03-25, HAPPENED, 2024-03-21, 2024-03-25",
        "lunedì 25,  2024-03-25, HAPPENED, 2024-03-21, 2024-03-25",
    })
    void aRelativeDateIsTurnedByTheEventsTenseOnlyWhereItsOwnWordsLeaveItOpen(String text, String value,
                                                                             EventStatus status, String doc,
                                                                             String expected) {
        Timex timex = new Timex(0, text.length(), text, TimexType.DATE, value, null, null, true);
        DocumentDate docDate = day(doc);
        EventDate date = RESOLVER.directed(RESOLVER.fromTimex(timex, null, docDate), timex, status, docDate);

        assertThat(date.value()).isEqualTo(expected);
    }

    @Test
    void anEventInTheLeadWhoseTenseIsUnreadTakesTheArticlesDate() {
        EventModel model = extract(TestArticles.withHeader("l1", "2019-03-14", "Al vertice di Lisbona i "
                + "ministri degli Esteri di Portogallo e Brasile sul commercio e sul clima."));

        assertThat(model.events()).isNotEmpty()
                .anySatisfy(e -> assertThat(e.when().value()).isEqualTo("2019-03-14"));
    }

    @Test
    void aDayWordInAnArticleKnownOnlyToItsMonthStaysInThatMonthWhileANumberedDayKeepsItsDay() {
        EventModel model = extract(TestArticles.withHeader("m1", "2019-06", "The ambassadors of Peru and Chile met"
                + " yesterday in Lima. The foreign ministers of Peru and Chile will meet in Quito on 13 June."));

        assertThat(meetings(model)).extracting(e -> e.when().value()).contains("2019-06", "2019-06-13")
                .doesNotContain("2019-06-14");
    }

    /** A clock time names an hour, not a day: in an article known only to its month it cannot make one up. */
    @ParameterizedTest
    @CsvSource({
            "08:30, TIME, 2019-06-15T08:30, 2019-06",
            "19h45, TIME, 2019-06-15T19:45, 2019-06",
            "13 June, DATE, 2019-06-13, 2019-06-13",
    })
    void aClockTimeInAnArticleKnownOnlyToItsMonthKeepsTheMonth(String text, TimexType type, String value,
                                                               String expected) {
        DocumentDate june = new DocumentDate("2019-06", DatePrecision.MONTH, DateSource.HEADER, 0.9, "test", null,
                false);
        Timex timex = new Timex(0, text.length(), text, type, value, null, null, true);

        assertThat(RESOLVER.fromTimex(timex, null, june).value()).isEqualTo(expected);
    }

    /**
     * In an article known only to its year a month counted from the article ("a month ago") is not made up, and a
     * month whose words name its year ("December last year") keeps that year, while a bare month keeps the article's.
     */
    @ParameterizedTest
    @CsvSource({
            "a month ago, 2023-06, 2023",
            "December last year, 2022-12, 2022-12",
            "December, 2022-12, 2023-12",
    })
    void aMonthInAnArticleKnownOnlyToItsYearIsPlacedOnlyByItsOwnWords(String text, String value, String expected) {
        DocumentDate year = new DocumentDate("2023", DatePrecision.YEAR, DateSource.TEXT, 0.5, "test", null, false);
        Timex timex = new Timex(0, text.length(), text, TimexType.DATE, value, null, null, true);

        EventDate date = RESOLVER.directed(RESOLVER.fromTimex(timex, null, year), timex, EventStatus.HAPPENED, year);

        assertThat(date.value()).isEqualTo(expected);
    }

    /**
     * A weekday written with its day number and its month's name ("Tuesday 22nd November") names its day: in an
     * article known only to its month or year it keeps that day, while a weekday alone keeps only what is known.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Tuesday 12th November                     | 2019-11-12 | 2019-11 | 2019-11-12
            el martes 12 de noviembre                 | 2019-11-12 | 2019    | 2019-11-12
            from Tuesday 12 to Friday 15 November 2019 | 2019-11-12 | 2019-11 | 2019-11-12
            Tuesday                                   | 2019-11-12 | 2019-11 | 2019-11
            Tuesday the 12th                          | 2019-11-12 | 2019-11 | 2019-11
            """)
    void aWeekdayWrittenWithItsDayAndMonthKeepsItsDayInAnArticleKnownOnlyCoarsely(String text, String value,
                                                                                 String article, String expected) {
        DocumentDate coarse = new DocumentDate(article, article.length() == 4 ? DatePrecision.YEAR
                : DatePrecision.MONTH, DateSource.TEXT, 0.5, "test", null, false);
        Timex timex = new Timex(0, text.length(), text, TimexType.DATE, value, null, null, true);

        assertThat(RESOLVER.fromTimex(timex, null, coarse).value()).isEqualTo(expected);
    }

    @Test
    void aDateBehindSinceAndAnotherEventDatesThatEventNotTheOneCountedFromIt() {
        EventModel model = extract(TestArticles.withHeader("s1", "2021-05-12", "The Chilean president is in La Paz "
                + "on his first official visit to Bolivia since being elected in March last year."));

        assertThat(model.events()).filteredOn(e -> e.type().name().equals("VISIT")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.when().value()).doesNotStartWith("2020"));
    }
}
