package org.diplomatictimeline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.ParticipantKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pieces of score_news.py's rule, written as the Python script computes them. */
class NewsMatchRuleTest {

    @ParameterizedTest(name = "norm({0}) = {1}")
    @CsvSource(delimiter = '|', value = {
        "São Paulo                | sao paulo",
        "St. Petersburg           | saint petersburg",
        "st Kitts                 | saint kitts",
        "Budapest                 | budapest",
        "Erdoğan's  visit!        | erdogan s  visit",
        "'Сергей Лавров'          | ''",
        "Jean-Claude Juncker      | jean claude juncker",
    })
    void normalisesAsThePythonScriptDoes(String raw, String expected) {
        assertThat(NewsMatchRule.norm(raw)).isEqualTo(expected);
    }

    @Test
    void tokensAreWordsOfAtLeastTwoCharacters() {
        assertThat(NewsMatchRule.tokens(List.of("Kim Jong Un", "A. B. Okafor"))).containsExactly("kim", "jong", "un",
                "okafor");
    }

    @Test
    void participantWordsIncludeIdRoleKindAndCountryAsTheExportedObjectDoes() {
        Participant p = new Participant("person:ada-okafor", "Ada Okafor", ParticipantKind.PERSON, "Foreign Minister",
                "NG");

        assertThat(NewsMatchRule.participantTokens(List.of(p)))
                .contains("ada", "okafor", "person", "foreign", "minister", "ng", "id", "name", "role");
    }

    @Test
    void aNameEndingInStIsNotReadAsSaint() {
        Participant p = new Participant("org:east", "East", ParticipantKind.ORGANISATION, "", "");

        assertThat(NewsMatchRule.participantTokens(List.of(p))).contains("east").doesNotContain("saint");
    }

    @ParameterizedTest(name = "stem({0}) = {1}")
    @CsvSource({
        "/corpus/md/a01-talks.md, a01-talks",
        "a01-talks.txt,           a01-talks",
        "notes.v2.txt,            notes.v2",
        ".hidden,                 .hidden",
        "plain,                   plain",
    })
    void stemIsTheFileNameWithoutItsLastExtension(String path, String stem) {
        assertThat(NewsMatchRule.stem(path)).isEqualTo(stem);
    }

    @ParameterizedTest(name = "extracted {0} vs gold {1}: {2}")
    @CsvSource({
        "2019-05-13, 2019-05-13, true",
        "2019-05-13, 2019-05,    true",
        "2019-05-13, 2019,       true",
        "2019-05,    2019-05-13, false",
        "2019-06-13, 2019-05,    false",
        "'',         2019,       false",
    })
    void compatibleMeansTheSameValueOrAFinerOneInside(String extracted, String gold, boolean compatible) {
        assertThat(NewsMatchRule.compatible(extracted, gold)).isEqualTo(compatible);
    }
}
