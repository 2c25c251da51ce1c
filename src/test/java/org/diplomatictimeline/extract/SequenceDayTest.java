package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.model.DocumentDate;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An item of a programme dated by its place in the sequence ("the same day", "the next day", "le lendemain", "the
 * previous day", "накануне"): the day of the encounter told just before it, the day after or the day before, not the
 * article's day.
 */
class SequenceDayTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The same day he will meet the prime minister of Kenya.     | MEETING | 2021-03-18
            The next day he will meet the prime minister of Kenya.     | MEETING | 2021-03-19
            In the evening he will meet the prime minister of Kenya.   | MEETING | 2021-03-18
            """)
    void aProgrammeItemTakesTheDayOfTheEncounterToldBefore(String second, EventType type, String expected) {
        // given: a visit on a day weeks after the article, then an item dated by its place in the programme
        List<EventMention> found = EXTRACTOR.mentions(TestArticles.withHeader("t", "2021-03-01",
                "Swedish Prime Minister Stefan Lofven will visit Nairobi on March 18. " + second.strip()));

        // then: the item is dated from the visit, not from the article's day
        assertThat(found).filteredOn(m -> m.type() == type).singleElement()
                .satisfies(m -> assertThat(m.when().value()).isEqualTo(expected));
    }

    @Test
    void theSameDayAsAVisitOfSeveralDaysGivesNoOneDay() {
        // given: a three-day visit, then "the same day"
        SequenceDay.Cue cue = SequenceDay.find(new WordTokenizer().tokenize("the same day", 0, 12)).orElseThrow();
        EventMention visit = new EventMention("t", 1, EventType.VISIT, EventStatus.PLANNED,
                MergeFixtures.days("2021-03-18", "2021-03-20"), List.of(), List.of(), List.of(), List.of(), "", "",
                false, DocumentDate.unknown("none"), 0.7);

        // then: no day can be told
        assertThat(SequenceDay.after(cue, visit)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            le lendemain il se rendra à Lyon       | 1
            al día siguiente viajará a Lima        | 1
            lo stesso giorno è previsto il pranzo  | 0
            ese mismo día llegará a Lima           | 0
            am nächsten Tag reist er weiter        | 1
            am Abend eröffnet er die Messe         | 0
            later that day she met the envoy       | 0
            вечером он встретился с послом         | 0
            pada siang hari ia bertemu utusan      | 0
            the previous day she met the envoy     | -1
            la veille il avait reçu l'envoyé       | -1
            confirmó la víspera que viajaría       | -1
            na véspera reuniu-se com o enviado     | -1
            il giorno prima aveva incontrato       | -1
            er hatte am Vortag den Gesandten empfangen | -1
            где накануне встретился с послом       | -1
            pada malam sebelumnya ia menghadiri    | -1
            في اليوم السابق التقى المبعوث           | -1
            """)
    void findsTheSequenceWordsOfEachLanguage(String text, int days) {
        assertThat(SequenceDay.find(new WordTokenizer().tokenize(text.strip(), 0, text.strip().length())))
                .hasValueSatisfying(c -> assertThat(c.days()).isEqualTo(days));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            la veille du sommet
            the previous day of talks
            la víspera de la cumbre
            """)
    void aDayBeforeWordTiedToANounIsTheEveOfThatOccasionNoSequence(String text) {
        assertThat(SequenceDay.find(new WordTokenizer().tokenize(text.strip(), 0, text.strip().length()))).isEmpty();
    }

    @Test
    void theDayBeforeIsTheDayBeforeTheEncounterToldJustBefore() {
        // given: talks on a named day, then a meeting "the previous day"
        List<EventMention> found = EXTRACTOR.mentions(TestArticles.withHeader("t", "2021-03-22",
                "Foreign Minister Maren Ostby held talks in Velora on Thursday, March 18, with her counterpart Ilja "
                        + "Tamm. The previous day she met Kenyan President Uhuru Kenyatta in Nairobi."));

        // then: the meeting is the day before the talks, not the article's day
        assertThat(found).filteredOn(m -> m.type() == EventType.MEETING).singleElement()
                .satisfies(m -> assertThat(m.when().value()).isEqualTo("2021-03-17"));
    }

    @Test
    void theDayBeforeWithNoEncounterToldIsTheDayBeforeTheArticle() {
        // given: nothing dated before the cue
        List<EventMention> found = EXTRACTOR.mentions(TestArticles.withHeader("t", "2021-03-22",
                "Am Vortag hatte Außenministerin Maren Ostby den kenianischen Präsidenten Uhuru Kenyatta in Nairobi "
                        + "getroffen."));

        // then: the day before the article's
        assertThat(found).filteredOn(m -> m.when().isKnown()).first()
                .satisfies(m -> assertThat(m.when().value()).isEqualTo("2021-03-21"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            On the second day President Ilja Tamm will meet Prime Minister Maren Ostby.   | 2021-03-16
            On the final day President Ilja Tamm will meet Prime Minister Maren Ostby.    | 2021-03-17
            """)
    void aNumberedDayOfAnOccasionOfSeveralDaysIsThatDayOfIt(String second, String expected) {
        // given: a summit of three days, then an act told by its day in it
        List<EventMention> found = EXTRACTOR.mentions(TestArticles.withHeader("t", "2021-03-01",
                "The leaders of the Northern Council will hold a summit in Ostara from 15 to 17 March. "
                        + second.strip()));

        // then: that day of the summit, not its first nor the article's
        assertThat(found).filteredOn(m -> m.type() == EventType.MEETING).singleElement()
                .satisfies(m -> assertThat(m.when().value()).isEqualTo(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            le deuxième jour, les ministres signeront  | 2
            el último día firmarán el acuerdo          | -1
            am zweiten Tag unterzeichnen sie           | 2
            во второй день министры подпишут           | 2
            pada hari ketiga para menteri bertemu      | 3
            nel secondo giorno firmeranno              | 2
            no último dia assinarão o acordo           | -1
            في اليوم الثاني يوقع الوزراء                | 2
            """)
    void findsTheNumberedDaysOfAnOccasionInEachLanguage(String text, int ordinal) {
        assertThat(SequenceDay.find(new WordTokenizer().tokenize(text.strip(), 0, text.strip().length())))
                .hasValueSatisfying(c -> assertThat(c.ordinal()).isEqualTo(ordinal));
    }

    @Test
    void aNumberedDayOfAnOccasionOfOneDayGivesNoDay() {
        // given: "the second day" after a meeting of one day
        SequenceDay.Cue cue = SequenceDay.find(new WordTokenizer().tokenize("the second day", 0, 14)).orElseThrow();
        EventMention meeting = new EventMention("t", 1, EventType.MEETING,
                EventStatus.PLANNED, MergeFixtures.days("2021-03-18", "2021-03-18"),
                List.of(), List.of(), List.of(), List.of(), "", "", false,
                DocumentDate.unknown("none"), 0.7);

        // then: no day can be told
        assertThat(SequenceDay.after(cue, meeting)).isEmpty();
    }

    @Test
    void theDayBeforeDatesTheActInItsOwnStretchOfTheSentenceNotTheArrivalBeforeIt() {
        // given: an arrival, then a relative clause told "the previous day"
        String text = "She arrived from Tarvo, where the previous day she met the envoy";
        List<Token> tokens = new WordTokenizer().tokenize(text, 0, text.length());
        SequenceDay.Cue cue = SequenceDay.find(tokens).orElseThrow();
        Trigger arrived = new Trigger(4, 11, "arrived", EventType.VISIT, "VERB", null, 5, 1);
        Trigger met = new Trigger(text.indexOf("met"), text.indexOf("met") + 3, "met", EventType.MEETING, "VERB",
                null, 6, 8);

        // then: the cue reaches the meeting after it, not the arrival across the comma
        assertThat(SequenceDay.reaches(cue, tokens, met)).isTrue();
        assertThat(SequenceDay.reaches(cue, tokens, arrived)).isFalse();
    }
}
