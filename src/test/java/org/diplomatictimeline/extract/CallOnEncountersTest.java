package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.ParticipantKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A call on a person, a courtesy call and an audience are encounters of a visit with one counterpart, in every
 * language (decision 0111); "called on X to ..." urges and meets no one.
 */
class CallOnEncountersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The foreign minister called on the king at his palace.                       | called on
            The envoy will call on the prime minister later today.                       | will call on
            The new ambassador paid a courtesy call on the speaker.                      | paid a courtesy call
            The pope granted an audience to the visiting president.                      | granted an audience
            El canciller realizó una visita de cortesía al presidente del Senado.        | visita de cortesía
            El rey concedió una audiencia al primer ministro.                            | concedió una audiencia
            Le ministre a effectué une visite de courtoisie au président du Sénat.       | visite de courtoisie
            Le ministre a été reçu en audience par le roi.                               | reçu en audience
            Der Minister wurde vom König zu einer Audienz empfangen.                     | audienz
            Die Ministerin machte einen Höflichkeitsbesuch beim Parlamentspräsidenten.   | höflichkeitsbesuch
            Il ministro è stato ricevuto in udienza dal re.                              | ricevuto in udienza
            Il ministro ha reso una visita di cortesia al presidente della Camera.       | visita di cortesia
            O ministro fez uma visita de cortesia ao presidente do Senado.               | visita de cortesia
            O ministro foi recebido em audiência pelo rei.                               | recebido em audiência
            Министр нанёс визит вежливости председателю парламента.                      | визит вежливости
            Король дал аудиенцию министру иностранных дел.                               | аудиенцию
            Menteri itu melakukan kunjungan kehormatan kepada ketua parlemen.            | melakukan kunjungan kehormatan
            Menteri itu beraudiensi dengan raja di istana.                               | beraudiensi
            قام الوزير بزيارة مجاملة لرئيس البرلمان.                                      | بزيارة مجاملة
            """)
    void aCallOnOneCounterpartIsAMeeting(String sentence, String words) {
        List<Trigger> triggers = SentenceTriggers.of(sentence);

        assertThat(triggers).anySatisfy(t -> {
            assertThat(t.type()).isEqualTo(EventType.MEETING);
            assertThat(t.text().toLowerCase()).isEqualTo(words);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The envoy called on both armies to respect the truce.
            The council calls on all member states to freeze the assets.
            The minister called on both capitals to reopen the border crossing.
            """)
    void aCallOnSomeoneToActIsAnAppealNoMeeting(String sentence) {
        assertThat(SentenceTriggers.of(sentence)).noneMatch(t -> t.type() == EventType.MEETING);
    }

    @Test
    void aCallOnAPersonFollowedByAClauseOfItsOwnStaysAMeeting() {
        assertThat(SentenceTriggers.of("The premier called on the king, who then went to the airport."))
                .anyMatch(t -> t.type() == EventType.MEETING && t.text().equals("called on"));
    }

    @Test
    void aCounterpartWhoCallsOnTheGuestIsAnEncounterApartFromTheHostsTalks() {
        // given: a guest's talks with the host head of state, then the prime minister calling on the guest
        String body = "President Ada Lind of Kenya arrived in Oslo on Monday for a state visit.\n\n"
                + "On Tuesday Ada Lind held talks with Norwegian President Ben Strand at the palace.\n\n"
                + "On Tuesday evening Norwegian Prime Minister Cara Dahl called on Ada Lind at her hotel.\n";

        // when
        List<Event> events = ArticleExtraction.events("2022-03-09", body);

        // then: two encounters on Tuesday, each with its own counterpart
        List<Event> encounters = events.stream().filter(e -> e.type() == EventType.MEETING
                || e.type() == EventType.TALKS).toList();
        assertThat(encounters).anySatisfy(e -> assertThat(people(e)).contains("Ben Strand").doesNotContain("Cara Dahl"));
        assertThat(encounters).anySatisfy(e -> assertThat(people(e)).contains("Cara Dahl").doesNotContain("Ben Strand"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            English | Before his talks with President Ben Strand on Tuesday, Ada Lind met Prime Minister Cara Dahl.
            Spanish | Antes de sus conversaciones con el presidente Ben Strand el martes, Ada Lind se reunió con la primera ministra Cara Dahl.
            """)
    void aSittingInAFrontedPhraseAndTheMainClausesSittingKeepTheirOwnCounterparts(String language, String sentence) {
        // given: one sentence, a sitting with one counterpart in a phrase before the main clause's sitting with another
        String body = "President Ada Lind of Kenya arrived in Oslo on Monday for a state visit.\n\n" + sentence + "\n";

        // when
        List<Event> encounters = ArticleExtraction.events("2022-03-09", body).stream()
                .filter(e -> e.type() == EventType.MEETING || e.type() == EventType.TALKS).toList();

        // then
        assertThat(encounters).anySatisfy(e -> assertThat(people(e)).contains("Ben Strand").doesNotContain("Cara Dahl"));
        assertThat(encounters).anySatisfy(e -> assertThat(people(e)).contains("Cara Dahl").doesNotContain("Ben Strand"));
    }

    @Test
    void aFrontedPhraseNamingNoOneRefersBackToTheSittingJustTold() {
        // given: "after the talks" names no one: the talks are those of the sentence before
        String body = "President Ada Lind of Kenya held talks with President Ben Strand in Oslo on Tuesday.\n\n"
                + "After the talks, Ada Lind met Ben Strand again at a dinner.\n";

        // when
        List<Event> encounters = ArticleExtraction.events("2022-03-09", body).stream()
                .filter(e -> e.type() == EventType.MEETING || e.type() == EventType.TALKS).toList();

        // then: the phrase makes no sitting of its own; the dinner it opens is a second one, on Tuesday (decision 0133)
        assertThat(encounters).hasSize(2).allSatisfy(e -> assertThat(e.when().value()).isEqualTo("2022-03-08"));
        assertThat(encounters).anySatisfy(e -> assertThat(told(e)).contains("held talks").doesNotContain("dinner"));
        assertThat(encounters).anySatisfy(e -> assertThat(told(e)).contains("dinner").doesNotContain("held talks"));
    }

    private static String told(Event e) {
        return e.evidence().stream().map(ev -> ev.text()).collect(java.util.stream.Collectors.joining(" | "));
    }

    private static List<String> people(Event e) {
        return e.participants().stream().filter(p -> p.kind() == ParticipantKind.PERSON).map(Participant::name)
                .toList();
    }
}
