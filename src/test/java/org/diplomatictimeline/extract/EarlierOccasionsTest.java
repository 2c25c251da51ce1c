package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventModel;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Earlier and later occasions an article mentions in passing beside its news: told in the past perfect, as recent,
 * or pointed at ("this tour, first planned for July", "another meeting on 10 June"), they are events of their own
 * with their own date, never merged with the article's main occasion. Sentences written for this test.
 */
class EarlierOccasionsTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    private static List<Event> events(String docDate, String body) {
        EventModel model = EXTRACTOR.extract(new Corpus(List.of(TestArticles.withHeader("e", docDate, body)),
                List.of()));
        return model.events();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The crown prince will visit Oslo in February, the minister said on Thursday. After taking office, Prime Minister Erna Solberg had made her first visit to Riyadh.
            fr | Le prince héritier visitera Oslo en février, a annoncé jeudi le ministre. Après son élection, le président Emmanuel Macron avait effectué sa première visite à Riyad.
            es | El príncipe heredero visitará Oslo en febrero, anunció el jueves el ministro. Tras su elección, el presidente Pedro Sánchez había realizado su primera visita a Riad.
            """)
    void aVisitToldInThePastPerfectIsAnEarlierOccasionInTheArticlesYear(String language, String body) {
        List<Event> visits = events("2017-11-14", body).stream().filter(e -> e.type() == EventType.VISIT).toList();

        assertThat(visits).anySatisfy(e -> {
            assertThat(e.when().value()).isEqualTo("2017");
            assertThat(e.when().precision()).isEqualTo(DatePrecision.YEAR);
            assertThat(e.status()).isEqualTo(EventStatus.HAPPENED);
        });
        assertThat(visits).hasSize(2);
    }

    @Test
    void havingAMeetingIsAPlainPastNotBackground() {
        List<Trigger> found = SentenceTriggers.of("The premier had a meeting with the king.");
        Trigger meeting = found.stream().filter(t -> t.type() == EventType.MEETING).findFirst().orElseThrow();

        assertThat(BackgroundTense.governs(SentenceTriggers.tokens("The premier had a meeting with the king."),
                meeting)).isFalse();
    }

    @Test
    void whatTheyHadConfirmedTheyWouldAttendIsStillToCome() {
        List<Event> events = events("2021-04-19", "The minister said the leaders of Laos and Cambodia had confirmed"
                + " they would attend in person.");

        assertThat(events).noneMatch(e -> e.when().reason().contains("past perfect"));
    }

    @Test
    void aRecentVisitToldWithoutADateFallsInTheArticlesMonth() {
        List<Event> visits = events("2021-06-15", "Prime Minister Jonas Berg pointed to his recent visit to"
                + " Cairo.").stream().filter(e -> e.type() == EventType.VISIT).toList();

        assertThat(visits).singleElement().satisfies(e -> assertThat(e.when().value()).isEqualTo("2021-06"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            President Emmanuel Macron will travel to Nairobi on 14 March. Originally planned for July, this trip had been postponed for health reasons.
            Le président Emmanuel Macron se rendra à Nairobi le 14 mars. Initialement prévue en juillet, cette tournée avait été repoussée pour raison de santé.
            """)
    void aTourPointedAtWithItsOldDateIsAPostponedOccasionOfTheSameParties(String body) {
        List<Event> visits = events("2021-02-20", body).stream().filter(e -> e.type() == EventType.VISIT).toList();

        assertThat(visits).hasSize(2);
        assertThat(visits).anySatisfy(e -> {
            assertThat(e.when().value()).isEqualTo("2020-07");
            assertThat(e.status()).isEqualTo(EventStatus.POSTPONED);
            assertThat(e.participants()).anySatisfy(p -> assertThat(p.name()).contains("Macron"));
        });
    }

    @Test
    void anotherMeetingOnALaterDayTakesThePartiesOfTheMeetingTold() {
        List<Event> meetings = events("2022-03-17", "The meeting of ASEAN and Japan began on Thursday."
                + " Another meeting is scheduled for June 10.").stream()
                .filter(e -> e.type() == EventType.MEETING).toList();

        assertThat(meetings).anySatisfy(e -> {
            assertThat(e.when().value()).isEqualTo("2022-06-10");
            assertThat(e.status()).isEqualTo(EventStatus.PLANNED);
            assertThat(e.participants()).isNotEmpty();
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Sudan has been in turmoil since the military ousted President Omar al-Bashir in April.
            Le Soudan est en crise depuis que l'armée a renversé le président Omar al-Bachir en avril.
            """)
    void aLeaderOustedInADatedMonthIsABackgroundMilitaryAction(String body) {
        assertThat(events("2019-10-14", body)).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.MILITARY_ACTION);
            assertThat(e.when().value()).isEqualTo("2019-04");
        });
    }

    @Test
    void anUndatedOusterIsNoEvent() {
        assertThat(events("2019-10-14", "The generals who ousted the president want a role."))
                .noneMatch(e -> e.type() == EventType.MILITARY_ACTION);
    }
}
