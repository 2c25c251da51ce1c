package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Words said at an encounter the article told before, with no day of their own ("stressed at the meeting",
 * "a souligné lors de la réunion"), were said on that encounter's day, not on the article's.
 */
class SaidAtToldOccasionTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    private static List<EventMention> statements(String header, String body) {
        return EXTRACTOR.mentions(TestArticles.withHeader("t", header, body)).stream()
                .filter(m -> m.type() == EventType.STATEMENT).toList();
    }

    private static boolean involves(EventMention m, String name) {
        return m.participants().stream().anyMatch(p -> p.name().contains(name));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "en|The foreign ministers of Norway and Denmark met in Tarsk on Tuesday. During the meeting, Norwegian "
            + "Foreign Minister Ingrid Holm warned that fair fishing quotas were vital.|Ingrid Holm",
        "fr|Les ministres des Affaires étrangères de la Norvège et du Danemark se sont réunis mardi à Tarsk. La "
            + "ministre norvégienne Ingrid Holm a souligné l'importance des quotas de pêche lors de la réunion.|Holm",
        "es|Los cancilleres de Noruega y Dinamarca se reunieron el martes en Tarsk. La canciller noruega Ingrid "
            + "Holm destacó la importancia de las cuotas de pesca durante la reunión.|Holm",
        "de|Die Außenminister Norwegens und Dänemarks trafen sich am Dienstag in Tarsk. Die norwegische "
            + "Außenministerin Ingrid Holm betonte während des Treffens die Bedeutung der Fangquoten.|Holm",
    })
    void wordsSetAtTheEncounterToldBeforeTakeItsDay(String language, String body, String speaker) {
        // given: talks on Tuesday, told in an article of Thursday, then words set at "the meeting" with no day
        List<EventMention> found = statements("2021-03-11", body);

        // then: the words were said on the Tuesday of the talks
        assertThat(found).filteredOn(m -> involves(m, speaker)).isNotEmpty()
                .allSatisfy(m -> assertThat(m.when().value()).as(language).isEqualTo("2021-03-09"));
    }

    @Test
    void wordsSetAtAnEarlierMeetingAreNotDatedByTheOneToldBefore() {
        // given: talks on Tuesday, then words set at "their last meeting", an earlier occasion
        List<EventMention> found = statements("2021-03-11", "The foreign ministers of Norway and Denmark met in "
                + "Tarsk on Tuesday. During their last meeting, Norwegian Foreign Minister Ingrid Holm warned that "
                + "fair fishing quotas were vital.");

        // then: the words do not take Tuesday
        assertThat(found).filteredOn(m -> involves(m, "Ingrid Holm")).isNotEmpty()
                .allSatisfy(m -> assertThat(m.when().value()).isNotEqualTo("2021-03-09"));
    }

    @Test
    void wordsSetInsideWhatWasSaidKeepTheArticlesDay() {
        // given: the meeting stands inside what was said ("warned that ... at the meeting")
        List<EventMention> found = statements("2021-03-11", "The foreign ministers of Norway and Denmark met in "
                + "Tarsk on Tuesday. Norwegian Foreign Minister Ingrid Holm warned that the quotas agreed at the "
                + "meeting would not last.");

        // then: the saying is not dated by the meeting
        assertThat(found).filteredOn(m -> involves(m, "Ingrid Holm")).isNotEmpty()
                .allSatisfy(m -> assertThat(m.when().value()).isEqualTo("2021-03-11"));
    }

    @Test
    void wordsAfterAnEncounterStillToComeKeepTheArticlesDay() {
        // given: talks planned for next Tuesday; the words are set "at the meeting" to come
        List<EventMention> found = statements("2021-03-11", "The foreign ministers of Norway and Denmark will meet "
                + "in Tarsk next Tuesday. Norwegian Foreign Minister Ingrid Holm stressed the value of fair fishing "
                + "quotas at a press briefing on the meeting.");

        // then: no statement takes the day of a meeting not yet held
        assertThat(found).isNotEmpty().allSatisfy(m -> assertThat(m.when().value()).isNotEqualTo("2021-03-16"));
    }

    @Test
    void theSettingWordsAreReadForEveryLanguage() {
        assertThat(SaidAtToldOccasion.AMID).contains("at", "lors", "während", "durante", "время", "dalam", "خلال", "nel", "na");
    }
}
