package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventTriggerFinderTest {

    private static List<Trigger> triggers(String sentence) {
        return SentenceTriggers.of(sentence);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The two presidents will meet in Lima on Friday.              | meet      | MEETING     | PLANNED
            The two presidents met in Lima on Friday.                    | met       | MEETING     | HAPPENED
            The premier is expected to visit Hanoi in March.             | visit     | VISIT       | PLANNED
            The envoys held talks in Doha.                               | held talks| TALKS       | HAPPENED
            The summit in Nairobi was called off.                        | summit    | SUMMIT      | CANCELLED
            Finland and Estonia signed a border agreement.               | signed    | AGREEMENT   | HAPPENED
            Canada imposed sanctions on the shipping firm.               | sanctions | SANCTION    | HAPPENED
            The minister plans to travel to Seoul.                       | travel to | VISIT       | PLANNED
            Both capitals continue to recognize the exiled government.   | recognize | RECOGNITION | HAPPENED
            """)
    void triggersCarryTypeAndStatusFromTheirClause(String sentence, String word, EventType type, EventStatus status) {
        Trigger t = triggers(sentence).stream().filter(x -> !x.isStatement()).findFirst().orElseThrow();

        assertThat(t.text()).isEqualTo(word);
        assertThat(t.type()).isEqualTo(type);
        assertThat(t.status()).isEqualTo(status);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The prime minister will not travel to Oslo.               | VISIT
            The envoys have not yet met.                              | MEETING
            The two sides did not sign on Friday.                     | AGREEMENT
            El ministro no visitará Quito este año.                   | VISIT
            """)
    void aNegatedEventIsNoEvent(String sentence, EventType type) {
        assertThat(triggers(sentence)).noneMatch(t -> t.type() == type);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The mediators urged both armies to reach a lasting ceasefire.          | CEASEFIRE
            The envoys must secure a comprehensive and binding agreement.          | AGREEMENT
            Los mediadores buscan alcanzar un alto el fuego duradero.              | CEASEFIRE
            The rebels must forge a settlement and reach a permanent ceasefire.    | CEASEFIRE
            The premier declined an invitation to the summit in Accra.             | SUMMIT
            The premier has hinted for weeks at a possible visit to Accra.         | VISIT
            Les diplomates évoquent une éventuelle rencontre à Dakar.              | MEETING
            La prensa especula con una posible cumbre en Quito.                    | SUMMIT
            """)
    void anOccasionOnlyAimedAtRefusedOrThoughtPossibleIsNoEvent(String sentence, EventType type) {
        assertThat(triggers(sentence)).noneMatch(t -> t.type() == type);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The joint commission meets every two years in one of the capitals.    | MEETING
            Le comité mixte doit se réunir tous les deux ans à Dakar ou à Rabat.   | MEETING
            La comisión se reúne cada año alternativamente en Quito y en Lima.     | MEETING
            Il consiglio si riunisce ogni sei mesi a Roma o a Madrid.              | MEETING
            A comissão reúne-se todos os anos em Maputo ou em Luanda.              | MEETING
            """)
    void aMeetingToldAsAHabitIsNoOccasion(String sentence, EventType type) {
        assertThat(triggers(sentence)).noneMatch(t -> t.type() == type);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The two ministers met each other in Accra on Monday.                   | MEETING
            Les présidents se sont réunis tous les deux à Niamey lundi.            | MEETING
            Los cancilleres se reunieron todos juntos en Quito el martes.          | MEETING
            """)
    void aMeetingOfEveryoneOrOfEachOtherIsStillAnOccasion(String sentence, EventType type) {
        assertThat(triggers(sentence)).anyMatch(t -> t.type() == type);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The envoy was pleased that bilateral relations keep growing.           | MEETING
            Officials hope bilateral trade will double by the end of the decade.   | MEETING
            """)
    void anOccasionWordThatOnlyQualifiesTheNextNounIsNoEvent(String sentence, EventType type) {
        assertThat(triggers(sentence)).noneMatch(t -> t.type() == type);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The two premiers held a bilateral with their trade ministers.          | MEETING
            After the plenary the envoys sat down for a short bilateral.          | MEETING
            """)
    void theNounBilateralStaysAMeeting(String sentence, EventType type) {
        assertThat(triggers(sentence)).anyMatch(t -> t.type() == type);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The two armies reached a ceasefire on Monday.                          | CEASEFIRE
            The premier accepted an invitation to the summit in Accra.             | SUMMIT
            The envoys travelled to Oslo to attend the summit.                     | SUMMIT
            The premier will pay a visit to Accra, the possible venue of talks.    | VISIT
            The rebels signed a settlement and reached a permanent ceasefire.      | CEASEFIRE
            """)
    void anOccasionReachedOrAcceptedStaysAnEvent(String sentence, EventType type) {
        assertThat(triggers(sentence)).anyMatch(t -> t.type() == type);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The leaders not only met but also signed a pact.          | MEETING
            The minister did not attend the summit in Accra.          | SUMMIT
            """)
    void aNegationOfSomethingElseLeavesTheEvent(String sentence, EventType type) {
        assertThat(triggers(sentence)).anyMatch(t -> t.type() == type);
    }

    @Test
    void nounsThatNeedACueAreNoEventsWithoutIt() {
        assertThat(triggers("The nuclear deal with Iran is fragile and the sanctions bite."))
                .noneMatch(t -> t.type() == EventType.AGREEMENT || t.type() == EventType.SANCTION);
        assertThat(triggers("Both sides are in agreement on the matter.")).isEmpty();
    }

    @Test
    void aLegislatureIsNoForumButAConvenedPartyCongressIs() {
        assertThat(triggers("The bill now goes to Congress, where the vote is close."))
                .noneMatch(t -> t.type() == EventType.FORUM);
        assertThat(triggers("The ruling party congress opened in the capital on Sunday."))
                .anyMatch(t -> t.type() == EventType.FORUM);
    }

    @Test
    void aVideoconferenceIsAMeetingHeldAtADistance() {
        assertThat(triggers("The foreign ministers held a videoconference on Tuesday."))
                .extracting(Trigger::type).contains(EventType.MEETING).doesNotContain(EventType.PHONE_CALL);
    }

    @Test
    void anInfinitiveAfterANonPlanningVerbIsNoEvent() {
        assertThat(triggers("He was trying to negotiate a ceasefire.")).isEmpty();
    }

    @Test
    void reportingVerbsAreStatements() {
        assertThat(triggers("Ottawa said on Monday that the envoy will visit Lagos."))
                .extracting(Trigger::type).containsExactly(EventType.STATEMENT, EventType.VISIT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Страны отметили 40-летие установления отношений.        | летие
            Визит приурочен к 40-летию установления отношений.      | летию
            """)
    void aNounJoinedToItsCountByAHyphenIsTheTriggerAfterTheCount(String sentence, String word) {
        assertThat(triggers(sentence)).filteredOn(t -> t.type() == EventType.ANNIVERSARY).singleElement()
                .satisfies(t -> assertThat(t.text()).isEqualTo(word));
    }

    @Test
    void aCountedWordThatIsNoTriggerNounGivesNothing() {
        assertThat(triggers("Делегация провела 3-дневные консультации с партнёрами."))
                .noneMatch(t -> t.text().startsWith("дневные"));
    }
}
