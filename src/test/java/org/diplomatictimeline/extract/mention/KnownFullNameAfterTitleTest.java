package org.diplomatictimeline.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.extract.mention.MentionAssertions.find;
import static org.diplomatictimeline.extract.mention.MentionAssertions.mention;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * After a title, a well-known person's full name is read whole even when its last word is a function word of some
 * language ("Un", "In", "Jr"), which a name run cannot hold; sentences written for this test.
 */
class KnownFullNameAfterTitleTest {

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', value = {
        "The North Korean leader Kim Jong Un inspected a new harbour on Friday.     | Kim Jong Un       | person:kim-jong-un",
        "South Korean President Moon Jae In opened the trade fair in Busan.          | Moon Jae In       | person:moon-jae-in",
        "Philippine President Ferdinand Marcos Jr welcomed the delegation in Cebu.   | Ferdinand Marcos Jr | person:ferdinand-marcos-jr",
        "Le dirigeant nord-coréen Kim Jong Un a visité une usine mardi.             | Kim Jong Un       | person:kim-jong-un",
    })
    void theWholeKnownNameIsThePerson(String sentence, String surface, String id) {
        Mention m = mention(sentence, surface);

        assertThat(m.kind()).isEqualTo(MentionKind.PERSON);
        assertThat(m.id()).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The North Korean leader Kim Jong Un inspected a new harbour on Friday.",
        "Philippine President Ferdinand Marcos Jr welcomed the delegation in Cebu.",
    })
    void noShortenedPersonIsLeftBeside(String sentence) {
        assertThat(find(sentence)).filteredOn(m -> m.kind() == MentionKind.PERSON).hasSize(1);
    }
}
