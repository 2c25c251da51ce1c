package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.extract.ArticleExtraction.mentions;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A trip told with its purpose gives the meeting as an occasion of its own beside the visit. */
class PurposeOccasionsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Le ministre norvégien Jonas Gahr Støre se rend à Rome mardi pour rencontrer le Premier ministre italien Mario Draghi.|Mario Draghi|Rome",
        "Der norwegische Außenminister Espen Eide reist am Dienstag nach Berlin, um Bundeskanzler Olaf Scholz zu treffen.|Olaf Scholz|Berlin",
        "El canciller uruguayo Martín Ferraro viajó el martes a Quito para reunirse con su homólogo ecuatoriano Diego Salcedo.|Diego Salcedo|Quito",
        "Il ministro norvegese Espen Eide si recherà a Roma martedì per incontrare il presidente Sergio Mattarella.|Sergio Mattarella|Rome",
    })
    void theMeetingOfATripIsAnOccasionBesideTheVisit(String sentence, String partner, String place) {
        OccasionAssertions.meetingBesideTheVisit(mentions(sentence), partner, place);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The visit of the prime minister to Oslo on Monday follows talks with the king.",
        "His visit to Bergen on Monday to attend meetings with local leaders was important.",
        "The prime minister travelled to Oslo on Monday for a meeting with the king.",
    })
    void noMeetingWordToldAsAVerbAfterATripVerbStaysOneOccasion(String sentence) {
        List<EventMention> found = mentions(sentence);

        assertThat(found.stream().filter(m -> EventAssembler.MEETING_FAMILY.contains(m.type()))).hasSizeLessThanOrEqualTo(1);
    }
}
