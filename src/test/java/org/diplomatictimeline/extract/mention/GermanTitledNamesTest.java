package org.diplomatictimeline.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.extract.mention.MentionAssertions.mention;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * German writes every noun with a capital and declines its titles ("den Bundespräsidenten"): an article after a name
 * ends it, a declined title is a title, and a sentence-opening article is no name; sentences written for this test.
 */
class GermanTitledNamesTest {

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Am Abend empfängt Ministerpräsident Pieter Hendriks den Bundespräsidenten zu einem Essen. | Pieter Hendriks
            Danach trifft Kanzlerin Petra Vogler den Präsidenten der Republik.                        | Petra Vogler
            Am Morgen begrüßt Außenminister Jonas Keller der Presse zufolge seinen Gast.              | Jonas Keller
            """)
    void anArticleAfterANameEndsIt(String sentence, String name) {
        Mention m = mention(sentence, name);

        assertThat(m.kind()).isEqualTo(MentionKind.PERSON);
        assertThat(m.name()).isEqualTo(name);
    }

    @Test
    void particlesAfterAnotherParticleStillJoinTheName() {
        Mention m = mention("Bundestagspräsidentin Anna von der Heide empfängt den Gast.", "Anna von der Heide");

        assertThat(m.kind()).isEqualTo(MentionKind.PERSON);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Der Präsident reist am Dienstag nach Den Haag, wo ihn Ministerpräsident Karl Brenner empfängt. | Karl Brenner
            Senatspräsidentin Marieke Smit empfängt den Bundespräsidenten.             | Marieke Smit
            """)
    void aSentenceOpeningArticleIsNoPerson(String sentence, String name) {
        assertThat(MentionAssertions.find(sentence))
                .filteredOn(m -> m.kind() == MentionKind.PERSON)
                .extracting(Mention::text)
                .contains(name)
                .noneMatch(text -> text.startsWith("Der") || text.startsWith("den"));
    }
}
