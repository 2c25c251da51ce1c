package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.model.DateBasis;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventModel;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.api.Test;

/** Events read in the context of the article: enclosing visits, pronouns, the same event told with other verbs. */
class EventContextTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    private static EventModel extract(Document... docs) {
        return EXTRACTOR.extract(new Corpus(List.of(docs), List.of()));
    }

    private static boolean involves(Event e, String name) {
        return e.participants().stream().anyMatch(p -> p.name().equals(name));
    }

    @Test
    void anEventWhileInACityTakesTheDateOfTheVisitItBelongsTo() {
        EventModel model = extract(TestArticles.withHeader("v1", "2023-03-17", "Chinese President Xi Jinping "
                + "will pay a state visit to Russia from March 20 to 22, the foreign ministry said on Friday. "
                + "While in Moscow, the Chinese leader will also attend a performance at the Bolshoi theatre."));

        Event visit = model.events().stream().filter(e -> e.type() == EventType.VISIT).findFirst().orElseThrow();
        Event attend = model.events().stream().filter(e -> e.type() == EventType.OTHER).findFirst().orElseThrow();
        assertThat(visit.when().value()).isEqualTo("2023-03-20");
        assertThat(attend.when().value()).isEqualTo(visit.when().value());
        assertThat(attend.when().endValue()).isEqualTo(visit.when().endValue());
        assertThat(attend.when().basis()).isEqualTo(DateBasis.INFERRED);
        assertThat(attend.when().reason()).contains("while in").contains("visit");
        assertThat(attend.place()).isNotNull();
        assertThat(attend.place().name()).isEqualTo("Bolshoi Theatre"); // the venue, finer than "while in Moscow"
    }

    @Test
    void onTheSidelinesOfASummitAMeetingTakesTheSummitsDateAndPlace() {
        EventModel model = extract(TestArticles.withHeader("v2", "2022-11-14", "The G20 summit opens in Bali on "
                + "November 15. On the sidelines of the summit, Indian Prime Minister Narendra Modi will meet "
                + "British Prime Minister Rishi Sunak."));

        Event meeting = model.events().stream().filter(e -> involves(e, "Rishi Sunak")).findFirst().orElseThrow();
        assertThat(meeting.when().value()).isEqualTo("2022-11-15");
        assertThat(meeting.when().basis()).isEqualTo(DateBasis.INFERRED);
        assertThat(meeting.when().reason()).contains("sidelines");
        assertThat(meeting.place().name()).isEqualTo("Bali");
    }

    @Test
    void withoutAnEnclosingEventAWhileInCueLeavesTheDateUnknown() {
        EventModel model = extract(TestArticles.withHeader("v3", "2023-03-17", "While in Moscow, the Chinese "
                + "leader will also attend a performance at the Bolshoi theatre."));

        assertThat(model.events()).allMatch(e -> !e.when().isKnown() || e.when().basis() != DateBasis.INFERRED
                || !e.when().reason().contains("within"));
    }

    @Test
    void hePointsToTheLastPersonNamedAsASubjectNotTheObjectOfAMeeting() {
        EventModel model = extract(TestArticles.withHeader("p1", "2019-06-03", "Japanese Prime Minister Shinzo Abe "
                + "met Iranian President Hassan Rouhani in Tehran on Wednesday. "
                + "He will travel to Beijing on June 20 for a visit."));

        Event visit = model.events().stream().filter(e -> e.type() == EventType.VISIT
                && e.when().value().equals("2019-06-20")).findFirst().orElseThrow();
        assertThat(involves(visit, "Shinzo Abe")).isTrue();
        assertThat(involves(visit, "Hassan Rouhani")).isFalse();
    }

    @Test
    void theSameMeetingToldWithDifferentVerbsInTwoArticlesIsOneEvent() {
        EventModel model = extract(
                TestArticles.withHeader("m1", "2019-06-06", "Russian President Vladimir Putin held talks with "
                        + "Chinese President Xi Jinping in the Kremlin on June 5."),
                TestArticles.withHeader("m2", "2019-06-07", "Chinese President Xi Jinping met Russian President "
                        + "Vladimir Putin in Moscow on Wednesday, June 5, state media reported."));

        List<Event> encounters = model.events().stream().filter(e -> involves(e, "Xi Jinping")
                && involves(e, "Vladimir Putin") && e.type() != EventType.STATEMENT).toList();
        assertThat(encounters).hasSize(1);
        assertThat(encounters.get(0).when().value()).isEqualTo("2019-06-05");
        assertThat(encounters.get(0).evidence()).extracting(ev -> ev.documentId()).contains("m1", "m2");
    }

    @Test
    void twoMeetingsOfTheSamePeopleOnDifferentDaysStayApartWhateverTheVerb() {
        EventModel model = extract(
                TestArticles.withHeader("d1", "2019-06-06", "Russian President Vladimir Putin held talks with "
                        + "Chinese President Xi Jinping in Moscow on June 5."),
                TestArticles.withHeader("d2", "2019-06-16", "Chinese President Xi Jinping met Russian President "
                        + "Vladimir Putin in Dushanbe on June 15."));

        List<Event> encounters = model.events().stream().filter(e -> involves(e, "Xi Jinping")
                && involves(e, "Vladimir Putin") && e.type() != EventType.STATEMENT).toList();
        assertThat(encounters).hasSize(2);
        assertThat(encounters).extracting(e -> e.when().value()).containsExactlyInAnyOrder("2019-06-05",
                "2019-06-15");
    }

    @Test
    void anAnniversaryCountsFromTheFoundingYearTheSentenceStates() {
        EventModel model = extract(TestArticles.withHeader("n1", "2022-04-02", "Chile and Norway established "
                + "diplomatic relations in 1952, and both plan concerts for the 70th anniversary of those relations."));

        Event anniversary = model.events().stream().filter(e -> e.type() == EventType.ANNIVERSARY).findFirst()
                .orElseThrow();
        assertThat(anniversary.when().value()).isEqualTo("2022");
        assertThat(anniversary.when().reason()).contains("1952").contains("stated in the text");
    }

    @Test
    void aVisitOfSeveralDaysAndTheTalksOnOneOfItsDaysStayTwoEvents() {
        EventModel model = extract(TestArticles.withHeader("r1", "2021-09-03", "Kenyan President Uhuru Kenyatta "
                + "will pay a state visit to Ghana from September 13 to 15, his office said on Friday. "
                + "Kenyatta will hold talks with Ghanaian President Nana Akufo-Addo in Accra on September 14."));

        Event visit = model.events().stream().filter(e -> e.type() == EventType.VISIT).findFirst().orElseThrow();
        assertThat(visit.when().value()).isEqualTo("2021-09-13");
        assertThat(visit.when().endValue()).isEqualTo("2021-09-15");
        assertThat(model.events()).anySatisfy(e -> {
            assertThat(e.type()).isIn(EventType.TALKS, EventType.MEETING);
            assertThat(e.when().value()).isEqualTo("2021-09-14");
        });
    }

    @Test
    void theNextRoundOfTalksIsAnotherEventNotTheOneJustReported() {
        EventModel model = extract(TestArticles.withHeader("x1", "2021-02-11", "Greek Foreign Minister Nikos "
                + "Dendias held talks with Cypriot Foreign Minister Nikos Christodoulides in Athens on Wednesday. "
                + "The next round of talks between Dendias and Christodoulides will take place in Nicosia."));

        List<Event> talks = model.events().stream().filter(e -> e.type() == EventType.TALKS
                || e.type() == EventType.MEETING).toList();
        assertThat(talks).hasSize(2);
        assertThat(talks).extracting(e -> e.place() == null ? "" : e.place().name())
                .containsExactlyInAnyOrder("Athens", "Nicosia");
    }

    @Test
    void liftingSanctionsIsASanctionEvent() {
        EventModel model = extract(TestArticles.withHeader("s1", "2021-05-20", "Canada on Thursday lifted "
                + "sanctions on Belarus, the foreign ministry said."));

        assertThat(model.events()).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.SANCTION);
            assertThat(involves(e, "Belarus")).isTrue();
        });
    }

    @Test
    void talksOnTheSidelinesOfAConferenceAreTalksAndTheConferenceIsItsOwnEvent() {
        EventModel model = extract(TestArticles.withHeader("c1", "2022-09-21", "Spanish Foreign Minister Jose "
                + "Manuel Albares held talks with Moroccan Foreign Minister Nasser Bourita in New York on Tuesday "
                + "on the sidelines of the UN General Assembly."));

        assertThat(model.events()).anySatisfy(e -> {
            assertThat(e.type()).isIn(EventType.TALKS, EventType.MEETING);
            assertThat(involves(e, "Nasser Bourita")).isTrue();
            assertThat(e.when().value()).isEqualTo("2022-09-20");
        });
    }

    @Test
    void aNewsAgencyCreditedInTheDatelineIsNotAParticipant() {
        EventModel model = extract(TestArticles.article("g1", "OSLO, May 4, 2022 (Reuters) - Norwegian Prime "
                + "Minister Jonas Gahr Store met Danish Prime Minister Mette Frederiksen in Oslo on Tuesday."));

        assertThat(model.events()).isNotEmpty();
        assertThat(model.events()).noneMatch(e -> involves(e, "Reuters"));
    }

    @Test
    void anAgreementSignedDuringTheTalksTakesTheirDateAndParties() {
        EventModel model = extract(TestArticles.withHeader("t1", "2022-02-17", "Polish Foreign Minister Zbigniew "
                + "Rau held talks with Lithuanian Foreign Minister Gabrielius Landsbergis in Vilnius on Wednesday. "
                + "During the talks, the two sides signed an agreement on energy links."));

        Event agreement = model.events().stream().filter(e -> e.type() == EventType.AGREEMENT).findFirst()
                .orElseThrow();
        assertThat(agreement.when().value()).isEqualTo("2022-02-16");
        assertThat(agreement.when().basis()).isEqualTo(DateBasis.INFERRED);
        assertThat(involves(agreement, "Gabrielius Landsbergis")).isTrue();
    }

    @Test
    void anAgreementSignedAtAMeetingInTheSameSentenceHasTheMeetingsParties() {
        EventModel model = extract(TestArticles.withHeader("t2", "2022-02-17", "Polish Foreign Minister Zbigniew "
                + "Rau and Lithuanian Foreign Minister Gabrielius Landsbergis met in Vilnius on Wednesday, with the "
                + "two sides signing a memorandum on energy links."));

        Event agreement = model.events().stream().filter(e -> e.type() == EventType.AGREEMENT).findFirst()
                .orElseThrow();
        assertThat(involves(agreement, "Zbigniew Rau")).isTrue();
        assertThat(agreement.when().value()).isEqualTo("2022-02-16");
    }

    @Test
    void aFrenchArticleWithAnAgreementDuringTheVisitIsDatedWithinIt() {
        EventModel model = extract(TestArticles.article("f1", "PARIS, 3 mai 2022 (AFP) - Le président kényan "
                + "William Ruto effectuera une visite en France du 10 au 12 mai. "
                + "Les deux pays doivent signer un accord sur le climat lors de cette visite."));

        Event agreement = model.events().stream().filter(e -> e.type() == EventType.AGREEMENT).findFirst()
                .orElseThrow();
        assertThat(agreement.when().value()).isEqualTo("2022-05-10");
        assertThat(agreement.when().endValue()).isEqualTo("2022-05-12");
    }

    @Test
    void talksPlannedDuringAPostponedVisitArePostponedToo() {
        EventModel model = extract(TestArticles.withHeader("k1", "2022-03-04", "Dutch Foreign Minister Wopke "
                + "Hoekstra has postponed a planned visit to Chile, where he was to hold talks with Chilean Foreign "
                + "Minister Antonia Urrejola in Santiago on March 10, the ministry said on Friday."));

        assertThat(model.events()).filteredOn(e -> involves(e, "Antonia Urrejola")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.status()).isEqualTo(EventStatus.POSTPONED));
    }

    @Test
    void aDateInsideAClauseAboutAPersonDoesNotDateTheEvent() {
        EventModel model = extract(TestArticles.withHeader("w1", "2021-05-13", "Chilean Foreign Minister Andres "
                + "Allamand, who took office in June 2020, was on his first visit to Japan."));

        assertThat(model.events()).filteredOn(e -> e.type() == EventType.VISIT).isNotEmpty()
                .allSatisfy(e -> assertThat(e.when().isKnown() && e.when().value().startsWith("2020-06")).isFalse());
    }

    @Test
    void beingBannedFromTravellingIsNoVisit() {
        EventModel model = extract(TestArticles.withHeader("b1", "2021-03-22", "The European Union imposed "
                + "sanctions on Monday on eleven officials of Belarus, banning them from travelling to the bloc."));

        assertThat(model.events()).noneMatch(e -> e.type() == EventType.VISIT);
        assertThat(model.events()).anyMatch(e -> e.type() == EventType.SANCTION);
    }

    @Test
    void aVisitReportedAsAnArrivalDayAndAsARangeKeepsTheRange() {
        EventModel model = extract(
                TestArticles.withHeader("g1", "2022-05-11", "Finnish President Sauli Niinisto arrived in Stockholm "
                        + "on Tuesday for a visit to Sweden."),
                TestArticles.withHeader("g2", "2022-05-11", "Finnish President Sauli Niinisto is on a two-day "
                        + "visit to Sweden, which began on Tuesday."));

        List<Event> visits = model.events().stream().filter(e -> e.type() == EventType.VISIT).toList();
        assertThat(visits).hasSize(1);
        assertThat(visits.get(0).when().value()).isEqualTo("2022-05-10");
        assertThat(visits.get(0).when().endValue()).isEqualTo("2022-05-11");
    }
}
