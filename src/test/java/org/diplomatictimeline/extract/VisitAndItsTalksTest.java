package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.extract.MergeFixtures.ADA;
import static org.diplomatictimeline.extract.MergeFixtures.BEN;
import static org.diplomatictimeline.extract.MergeFixtures.KENYA;
import static org.diplomatictimeline.extract.MergeFixtures.NAIROBI;
import static org.diplomatictimeline.extract.MergeFixtures.SWEDEN;
import static org.diplomatictimeline.extract.MergeFixtures.UNDATED;
import static org.diplomatictimeline.extract.MergeFixtures.day;
import static org.diplomatictimeline.extract.MergeFixtures.days;
import static org.diplomatictimeline.extract.MergeFixtures.month;
import static org.diplomatictimeline.extract.MergeFixtures.year;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.diplomatictimeline.extract.MergeFixtures.Report;
import org.diplomatictimeline.model.DateBasis;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.ParticipantKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Within one article a visit and the talks held during it are two occasions, linked by date but not merged; the
 * visit's own repeats still become one event.
 */
class VisitAndItsTalksTest {

    private final EventMerger merger = new EventMerger();
    private static final EventExtractor EXTRACTOR = new EventExtractor();

    @Test
    void anUndatedMeetingOfTheVisitorIsItsOwnEventOnTheVisitsDay() {
        // given: "Ada Lind arrived in Kenya on 7 March. She first met Ben Oduya."
        List<EventMention> mentions = List.of(
                Report.of("a", "2022-03-09", EventType.VISIT, day("2022-03-07"))
                        .with(ADA, KENYA).at(NAIROBI).mention(1),
                Report.of("a", "2022-03-09", EventType.MEETING, UNDATED).with(ADA, BEN).mention(2));

        // when
        List<Event> events = merger.merge(mentions);

        // then: the visit and the meeting, the meeting dated by the visit
        assertThat(events).extracting(Event::type).containsExactlyInAnyOrder(EventType.VISIT, EventType.MEETING);
        assertThat(events).filteredOn(e -> e.type() == EventType.MEETING).singleElement().satisfies(e -> {
            assertThat(e.when().value()).isEqualTo("2022-03-07");
            assertThat(e.when().basis()).isEqualTo(DateBasis.INFERRED);
        });
    }

    @Test
    void anArrivalToldFirstWithoutADayStaysApartFromTheDatedReceptionAfterIt() {
        // given: "Ada Lind has arrived in Kenya on a visit. On Sunday she met Ben Oduya in Nairobi."
        List<EventMention> mentions = List.of(
                Report.of("a", "2022-03-06", EventType.VISIT, UNDATED).with(ADA, KENYA).mention(1),
                Report.of("a", "2022-03-06", EventType.MEETING, day("2022-03-06")).with(ADA, BEN, KENYA)
                        .at(NAIROBI).mention(2),
                // "... the visit, her third to Kenya" on that Sunday: the arrival's own repeat
                Report.of("a", "2022-03-06", EventType.VISIT, day("2022-03-06")).with(ADA, KENYA).mention(3));

        // when
        List<Event> events = merger.merge(mentions);

        // then: the visit and the meeting, each on its day
        assertThat(events).extracting(Event::type).containsExactlyInAnyOrder(EventType.VISIT, EventType.MEETING);
        assertThat(events).allSatisfy(e -> assertThat(e.when().value()).isEqualTo("2022-03-06"));
    }

    @Test
    void anUndatedVisitOfTheGuestToldAfterHerDatedReceptionIsItsOwnEventOnThatDay() {
        // given: "Ben Oduya received Ada Lind in Nairobi on Sunday. She had arrived on her third visit to Kenya."
        List<EventMention> mentions = List.of(
                Report.of("a", "2022-03-06", EventType.MEETING, day("2022-03-06")).with(ADA, BEN, KENYA)
                        .at(NAIROBI).mention(1),
                Report.of("a", "2022-03-06", EventType.VISIT, UNDATED).with(ADA, KENYA).mention(2));

        // when
        List<Event> events = merger.merge(mentions);

        // then: the reception and the visit, the visit on the reception's day, inferred
        assertThat(events).extracting(Event::type).containsExactlyInAnyOrder(EventType.VISIT, EventType.MEETING);
        assertThat(events).filteredOn(e -> e.type() == EventType.VISIT).singleElement().satisfies(e -> {
            assertThat(e.when().value()).isEqualTo("2022-03-06");
            assertThat(e.when().basis()).isEqualTo(DateBasis.INFERRED);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("visitsThatReferBack")
    void anUndatedVisitThatIsNoTripOfItsOwnStaysWithTheDatedTalks(String told, List<EventMention> mentions) {
        assertThat(merger.merge(mentions)).hasSize(1);
    }

    static Stream<Arguments> visitsThatReferBack() {
        EventMention reception = Report.of("a", "2022-03-06", EventType.MEETING, day("2022-03-06"))
                .with(ADA, BEN, KENYA).at(NAIROBI).mention(1);
        return Stream.of(
                Arguments.of("a visit with the whole pair: \"Ada Lind's visit with Ben Oduya\"",
                        List.of(reception, Report.of("a", "2022-03-06", EventType.VISIT, UNDATED).with(ADA, BEN)
                                .mention(2))),
                Arguments.of("a trip told without where it goes: \"her first trip abroad\"",
                        List.of(reception, Report.of("a", "2022-03-06", EventType.VISIT, UNDATED).with(ADA)
                                .mention(2))),
                Arguments.of("a visit of no one named: \"the visit was the third\"",
                        List.of(reception, Report.of("a", "2022-03-06", EventType.VISIT, UNDATED).with(KENYA)
                                .mention(2))));
    }

    private static final Participant SWEDISH_GUEST = new Participant("person:eva-strand", "Eva Strand",
            ParticipantKind.PERSON, "President", "SE");
    private static final Participant KENYAN_HOST = new Participant("person:joy-wanjiru", "Joy Wanjiru",
            ParticipantKind.PERSON, "Prime Minister", "KE");

    @Test
    void talksWithTheHostsOnlyDuringAVisitOfSeveralDaysAreAnItemDatedByTheVisit() {
        // given: "Eva Strand paid a state visit to Kenya from 5 to 7 November. Talks with Prime Minister Joy Wanjiru
        // were at the heart of the dialogue." (the guest is not named again)
        List<EventMention> mentions = List.of(
                Report.of("a", "2022-11-08", EventType.VISIT, days("2022-11-05", "2022-11-07"))
                        .with(SWEDISH_GUEST, SWEDEN, KENYA).mention(1),
                Report.of("a", "2022-11-08", EventType.TALKS, UNDATED).with(KENYAN_HOST, KENYA).mention(2));

        // when
        List<Event> events = merger.merge(mentions);

        // then: the visit and the talks, the talks on some day of the visit's days, shown as their month (0099)
        assertThat(events).extracting(Event::type).containsExactlyInAnyOrder(EventType.VISIT, EventType.TALKS);
        assertThat(events).filteredOn(e -> e.type() == EventType.TALKS).singleElement().satisfies(e -> {
            assertThat(e.when().value()).isEqualTo("2022-11");
            assertThat(e.when().span()).hasToString("DateSpan[first=2022-11-05, last=2022-11-07]");
            assertThat(e.when().basis()).isEqualTo(DateBasis.INFERRED);
        });
    }

    @Test
    void talksToldAsDoneAreNoItemOfAVisitStillToCome() {
        // "Eva Strand will visit Kenya on 5 November. Joy Wanjiru had met her during an earlier trip."
        List<EventMention> mentions = List.of(
                Report.of("a", "2022-10-20", EventType.VISIT, day("2022-11-05")).with(SWEDISH_GUEST, SWEDEN, KENYA)
                        .planned().mention(1),
                Report.of("a", "2022-10-20", EventType.MEETING, UNDATED).with(KENYAN_HOST, KENYA).mention(2));

        assertThat(merger.merge(mentions)).noneSatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.MEETING);
            assertThat(e.when().isKnown()).isTrue();
        });
    }

    @Test
    void talksAnnouncedSomewhereInAVisitOfSeveralDaysAreItsProgramme() {
        // "Ada Lind will visit Kenya from 7 to 9 March. During the visit she will hold talks with Ben Oduya."
        // (told as done, a pair's talks are an item of their own: OccasionsApartTest)
        List<EventMention> mentions = List.of(
                Report.of("a", "2022-03-01", EventType.VISIT, days("2022-03-07", "2022-03-09")).with(ADA, KENYA)
                        .planned().mention(1),
                Report.of("a", "2022-03-01", EventType.TALKS, days("2022-03-07", "2022-03-09")).with(ADA, BEN)
                        .planned().mention(2),
                Report.of("a", "2022-03-01", EventType.TALKS, UNDATED).with(ADA, BEN).planned().mention(3));

        assertThat(merger.merge(mentions)).hasSize(1);
    }

    @Test
    void aPlannedVisitAndTalksOverTheSameMonthsStayApart() {
        // "Ada Lind will visit Kenya in spring. The two leaders will hold talks in spring."
        List<EventMention> mentions = List.of(
                Report.of("a", "2022-01-09", EventType.VISIT, month("2022-04")).with(ADA, KENYA).mention(1),
                Report.of("a", "2022-01-09", EventType.TALKS, month("2022-04")).with(ADA, BEN).mention(2));

        assertThat(merger.merge(mentions)).hasSize(2);
    }

    @Test
    void aVisitDatedOnlyByItsYearIsTheTalksOfItsArticle() {
        // "Ada Lind and Ben Oduya meet in Nairobi on 7 March. The visit coincides with the 2022 jubilee."
        List<EventMention> mentions = List.of(
                Report.of("a", "2022-03-07", EventType.MEETING, day("2022-03-07")).with(ADA, BEN).at(NAIROBI)
                        .mention(1),
                Report.of("a", "2022-03-07", EventType.VISIT, year(2022)).with(ADA, KENYA).mention(2));

        assertThat(merger.merge(mentions)).hasSize(1);
    }

    @Test
    void aPastVisitDoesNotDateAMeetingToCome() {
        // "Ada Lind is the first leader to visit since 2016. She will meet Ben Oduya."
        List<EventMention> mentions = List.of(
                Report.of("a", "2022-03-09", EventType.VISIT, year(2016)).with(ADA, KENYA).mention(1),
                Report.of("a", "2022-03-09", EventType.MEETING, UNDATED).with(ADA, BEN).mention(2));

        assertThat(merger.merge(mentions)).filteredOn(e -> e.type() == EventType.MEETING)
                .singleElement().satisfies(e -> assertThat(e.when().isKnown()).isFalse());
    }

    @Test
    void repeatedReportsOfOneVisitAreStillOneEvent() {
        // "Ada Lind arrived in Nairobi on 7 March for a visit ... The visit is her first."
        List<EventMention> mentions = List.of(
                Report.of("a", "2022-03-09", EventType.VISIT, day("2022-03-07")).with(ADA, KENYA).at(NAIROBI)
                        .mention(1),
                Report.of("a", "2022-03-09", EventType.VISIT, UNDATED).with(ADA).mention(2));

        assertThat(merger.merge(mentions)).hasSize(1);
    }

    @Test
    void theRuleHoldsOnlyWithinOneArticle() {
        EventCluster visit = Report.of("a", "2022-03-09", EventType.VISIT, day("2022-03-07")).with(ADA, BEN)
                .cluster();
        EventCluster talks = Report.of("b", "2022-03-09", EventType.TALKS, day("2022-03-07")).with(ADA, BEN)
                .cluster();

        assertThat(MergeRule.VISIT_APART_FROM_ITS_TALKS.allows(visit, talks, MergeRule.Scope.SAME_DOCUMENT))
                .isFalse();
        assertThat(MergeRule.VISIT_APART_FROM_ITS_TALKS.allows(visit, talks, MergeRule.Scope.ACROSS_DOCUMENTS))
                .isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Prime Minister Jonas Gahr Store met Prime Minister Mette Frederiksen in Copenhagen on Tuesday during \
            his three-day visit to Denmark. | 2021-03
            During his first visit to Denmark, Prime Minister Jonas Gahr Store met Prime Minister Mette \
            Frederiksen in Copenhagen on Tuesday. | 2021-03-09
            """)
    void aMeetingDuringAVisitToldInOneSentenceIsTwoEvents(String sentence, String visitShown) {
        // given: the meeting's day; a visit of three days holds it on some day, not as its first (decision 0099)
        List<EventMention> found = EXTRACTOR.mentions(TestArticles.withHeader("t", "2021-03-10", sentence));

        // when
        List<Event> events = merger.merge(found);

        // then
        assertThat(found).extracting(EventMention::type).contains(EventType.MEETING, EventType.VISIT);
        assertThat(events).filteredOn(e -> e.type() == EventType.MEETING).singleElement()
                .satisfies(e -> assertThat(e.when().value()).isEqualTo("2021-03-09"));
        assertThat(events).filteredOn(e -> e.type() == EventType.VISIT).singleElement().satisfies(e -> {
            assertThat(e.when().value()).isEqualTo(visitShown);
            assertThat(e.when().span().contains(LocalDate.parse("2021-03-09"))).isTrue();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Emmanuel Macron a rencontré Olaf Scholz mardi en marge du sommet de l'OTAN à Vilnius.",
        "Olaf Scholz traf Emmanuel Macron am Dienstag am Rande des Gipfels der Nato in Vilnius."})
    void aMeetingOnTheSidelinesOfASummitKeepsBothInOtherLanguages(String sentence) {
        List<EventMention> found = EXTRACTOR.mentions(TestArticles.withHeader("t", "2023-07-13", sentence));

        assertThat(found).extracting(EventMention::type).contains(EventType.MEETING, EventType.SUMMIT);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Президент Норвегии отбыл в Копенгаген во вторник для участия в саммите стран Севера.",
        "Der norwegische Regierungschef reiste am Dienstag nach Kopenhagen, um am Gipfel der Nordstaaten teilzunehmen.",
        "Perdana Menteri Norwegia bertolak ke Kopenhagen pada Selasa untuk menghadiri KTT negara-negara Nordik."})
    void aTripMadeToAttendASummitIsAVisitBesideTheSummit(String sentence) {
        List<EventMention> found = EXTRACTOR.mentions(TestArticles.withHeader("t", "2021-03-10", sentence));

        assertThat(found).extracting(EventMention::type).contains(EventType.VISIT, EventType.SUMMIT);
    }
}
