package org.diplomatictimeline.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.time.TaggerAssertions.find;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TenseAnchoringTest {

    private static final String WEDNESDAY = "2019-06-05";

    @Test
    void weekdayInPastTenseResolvesBackwards() {
        Timex t = find("Moscow said on Thursday that the talks had gone well.", WEDNESDAY, "Thursday");

        assertThat(t.value()).isEqualTo("2019-05-30");
        assertThat(t.relative()).isTrue();
    }

    @Test
    void weekdayAfterWillResolvesForwards() {
        Timex t = find("The ministers will meet on Thursday in Sochi.", WEDNESDAY, "Thursday");

        assertThat(t.value()).isEqualTo("2019-06-06");
    }

    @Test
    void weekdayNamingTheAnchorDayIsTheAnchorInEitherTense() {
        assertThat(find("They will talk at the Kremlin on Wednesday.", WEDNESDAY, "Wednesday").value())
                .isEqualTo("2019-06-05");
        assertThat(find("The ministry said on Wednesday that it agreed.", WEDNESDAY, "Wednesday").value())
                .isEqualTo("2019-06-05");
    }

    @Test
    void nearestCueDecidesWhenOneSentenceHasBothTenses() {
        String s = "Lavrov will meet Wang Yi on May 13 in Sochi, Moscow said on Thursday.";

        assertThat(find(s, "2019-05-10", "May 13").value()).isEqualTo("2019-05-13");
        assertThat(find(s, "2019-05-10", "Thursday").value()).isEqualTo("2019-05-09");
    }

    @Test
    void futureCueBeyondALongNounPhraseStillSetsTheWeekdayAhead() {
        String s = "The new premier is expected to have a hectic stretch of regional diplomacy, including the "
                + "Indo-Pacific summit on Sunday and a trilateral meeting at the Osaka gathering afterwards.";

        assertThat(find(s, WEDNESDAY, "Sunday").value()).isEqualTo("2019-06-09");
    }

    @Test
    void farPastClauseKeepsTheWeekdayBehind() {
        String s = "The negotiators said that the long-awaited and much-delayed round of talks on the future of "
                + "the disputed border between the two neighbouring republics ended on Monday.";

        assertThat(find(s, WEDNESDAY, "Monday").value()).isEqualTo("2019-06-03");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The president will begin a three-day visit starting Monday, the palace said.   | Monday | 2019-06-10
            The envoys will arrive in Quito on Friday, officials told reporters.           | Friday | 2019-06-07
            On Monday, the ministers met in Accra.                                         | Monday | 2019-06-03
            """)
    void aReportingClauseAfterACommaDoesNotOverrideTheClausesOwnTense(String sentence, String text, String value) {
        assertThat(find(sentence, WEDNESDAY, text).value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The envoys will arrive in Lima on 11 November for the forum. | 11 November | 2024-11-11
            The envoys will arrive in Lima on 2 October for the forum.   | 2 October   | 2025-10-02
            """)
    void aDayToldInTheFutureJustBehindTheAnchorStaysInItsYear(String sentence, String text, String value) {
        // The anchor of an article known only to November is its middle day.
        assertThat(find(sentence, "2024-11-15", text).value()).isEqualTo(value);
    }

    @Test
    void monthInPastClauseOfEarlierMonthIsPreviousYear() {
        Timex t = find("The envoys met in December to prepare the accord.", "2019-03-10", "December");

        assertThat(t.value()).isEqualTo("2018-12");
    }

    @Test
    void monthInFutureClauseIsNextOccurrence() {
        assertThat(find("The envoys will meet in December.", "2019-03-10", "December").value()).isEqualTo("2019-12");
        assertThat(find("The envoys will meet in February.", "2019-03-10", "February").value()).isEqualTo("2020-02");
    }

    @Test
    void monthDayWithoutYearFollowsTheTense() {
        assertThat(find("The accord was signed on December 20 in Paris.", "2019-03-10", "December 20").value())
                .isEqualTo("2018-12-20");
        assertThat(find("The accord will be signed on May 13 in Paris.", "2019-03-10", "May 13").value())
                .isEqualTo("2019-05-13");
        assertThat(find("The accord was signed on 2 March in Paris.", "2019-03-10", "2 March").value())
                .isEqualTo("2019-03-02");
    }

    @Test
    void monthDayWithoutTenseCueTakesTheNearestYear() {
        assertThat(find("Elections: January 12 in Kyiv", "2019-12-20", "January 12").value())
                .isEqualTo("2020-01-12");
    }

    @ParameterizedTest(name = "{1} in ''{0}''")
    @CsvSource(delimiter = '|', textBlock = """
            The deal is due to be signed on Friday.           | Friday   | 2019-06-07
            The leaders are expected to meet on Monday.       | Monday   | 2019-06-10
            Talks are scheduled for Tuesday in Vienna.        | Tuesday  | 2019-06-11
            Officials announced the plan on Monday.           | Monday   | 2019-06-03
            The foreign minister told reporters on Tuesday.   | Tuesday  | 2019-06-04
            """)
    void cuesAroundWeekdaysChooseTheDirection(String sentence, String text, String value) {
        assertThat(find(sentence, WEDNESDAY, text).value()).isEqualTo(value);
    }
}
