package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A call the sentence does not date, told after a dated encounter it can never be one event with, is not left
 * undated waiting to join that encounter (the timeline would drop it): it is told in that day's news.
 */
class CallAfterDatedEncounterTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    @ParameterizedTest
    @ValueSource(strings = {
        "The minister was speaking fresh from a conference call with German Chancellor Angela Merkel and Italian "
                + "Prime Minister Mario Draghi.",
        "Earlier, the minister held a phone call with German Chancellor Angela Merkel.",
        "The minister also spoke by phone with Italian Prime Minister Mario Draghi."})
    void anUndatedCallAfterADayOfTalksIsDatedToThatDay(String callSentence) {
        // given: talks dated to Tuesday, then a call with no date of its own
        List<EventMention> found = EXTRACTOR.mentions(TestArticles.withHeader("t", "2021-03-04",
                "Fishing ministers from ten countries held talks in Oslo on Tuesday. " + callSentence));

        // then: the call is an event of its own, dated (inferred) to the talks' day
        assertThat(found.stream().filter(m -> m.type() == EventType.PHONE_CALL)).singleElement()
                .satisfies(m -> assertThat(m.when().value()).isEqualTo("2021-03-02"));
    }

    @Test
    void anUndatedCallAfterAComingMeetingIsNewsOfTheArticlesDay() {
        // given: a meeting still to come, then a call told as done
        List<EventMention> found = EXTRACTOR.mentions(TestArticles.withHeader("t", "2021-03-04",
                "Fishing ministers from ten countries will hold talks in Oslo next Tuesday. The Norwegian minister "
                        + "held a phone call with German Chancellor Angela Merkel."));

        // then: the call is not put on the coming day; it is the article's news, on or before its date
        assertThat(found.stream().filter(m -> m.type() == EventType.PHONE_CALL)).singleElement()
                .satisfies(m -> assertThat(m.when().value()).isEqualTo("2021-03-04"));
    }

    @Test
    void anUndatedMeetingAfterADayOfTalksStillJoinsThem() {
        // given: talks on Tuesday, then a sentence that goes on about them
        List<EventMention> found = EXTRACTOR.mentions(TestArticles.withHeader("t", "2021-03-04",
                "Norwegian Foreign Minister Anniken Huitfeldt held talks with German Chancellor Angela Merkel in Oslo "
                        + "on Tuesday. Huitfeldt and Merkel met for three hours."));

        // then: the meeting is left undated, to join the talks it tells of
        assertThat(found.stream().filter(m -> m.type() == EventType.MEETING).toList()).isNotEmpty()
                .allSatisfy(m -> assertThat(m.when().isKnown()).isFalse());
    }
}
