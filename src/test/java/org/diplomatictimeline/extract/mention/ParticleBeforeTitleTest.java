package org.diplomatictimeline.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.extract.mention.MentionAssertions.find;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A lower-case particle after a name joins a surname, never a title that follows as an article's noun. */
class ParticleBeforeTitleTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Am Montag begrüßt Ministerpräsident Jan Terhoeven den Bundespräsidenten in Oslo. | Bundespräsidenten
            Danach empfängt Kanzlerin Ilse Brandauer den Präsidenten im Kanzleramt.          | Präsidenten
            """)
    void aTitleAfterTheParticleIsNoPartOfTheName(String text, String title) {
        assertThat(find(text)).filteredOn(m -> m.kind() == MentionKind.PERSON)
                .noneMatch(m -> m.text().contains(title));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Kommissionspräsidentin Ursula von der Leyen sprach in Brüssel.   | Ursula von der Leyen
            The Dutch minister Pieter van den Broek arrived in Rome.         | Pieter van den Broek
            """)
    void aSurnameParticleStillJoinsTheName(String text, String name) {
        assertThat(find(text)).anyMatch(m -> m.kind() == MentionKind.PERSON && m.text().equals(name));
    }
}
