package org.diplomatictimeline.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.extract.mention.MentionAssertions.find;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Capitalised words that are not people: sentence openers, headings, months, institutions. */
class FalsePersonTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Yesterday Morning Brought heavy rain to the coast.",
        "Seeing Eye To Eye On Trade\n\nThe two sides agreed.",
        "May Brings Warmer Weather\nFarmers expect a good harvest.",
        "Monday Talks Ended Early, officials said.",
        "Relations Between Both Nations Improved Markedly",
        "Salvaging the grain deal\n\nNegotiators worked overnight.",
        "The General Assembly adopted the text in March.",
        "Global Markets Rallied on Friday.",
        "Despite Warnings, Exports Rose in June.",
        "Several Observers said the vote was calm.",
        "Analysis: Big Tech's Future Looks Uncertain\nThe sector is under pressure.",
        "Minister Hails Strong Harvest Figures Across The Region\nFarmers were pleased.",
    })
    void noPersonIsInventedFromCapitalisedWords(String text) {
        assertThat(find(text)).extracting(Mention::kind).doesNotContain(MentionKind.PERSON);
    }
}
