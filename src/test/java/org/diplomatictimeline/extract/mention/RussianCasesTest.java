package org.diplomatictimeline.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.extract.mention.MentionAssertions.mention;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The case forms of Russian names, by which a known person's Russian spelling is met in any case. */
class RussianCasesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "Соколов, Соколовым",
        "Беляев, Беляевым",
        "Воробьёв, Воробьёвым",
        "Ильин, Ильиным",
        "Мирзоев, Мирзоевым",
    })
    void possessiveSurnamesTakeTheirInstrumentalInYm(String nominative, String instrumental) {
        assertThat(RussianCases.ofNameWord(nominative)).contains(instrumental);
    }

    @Test
    void otherConsonantEndingsKeepTheirInstrumentalInOm() {
        assertThat(RussianCases.ofNameWord("Пашинян")).contains("Пашиняном").doesNotContain("Пашиняным");
    }

    @Test
    void aKnownLeaderIsMetInTheInstrumental() {
        Mention m = mention("Президент провел переговоры с Ильхамом Алиевым в Баку.", "Ильхамом Алиевым");

        assertThat(m.kind()).isEqualTo(MentionKind.PERSON);
        assertThat(m.id()).isEqualTo("person:ilham-aliyev");
    }
}
