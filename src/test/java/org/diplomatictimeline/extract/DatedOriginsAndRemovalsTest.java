package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.extract.ArticleExtraction.mentions;
import static org.diplomatictimeline.extract.ArticleExtraction.model;

import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Background facts a sentence dates by a year (decision 0118): what an anniversary counts from once the text dates it
 * itself, the town an agreement is named for, and a leader removed from office, in the languages that tell them so.
 * Sentences written for this test.
 */
class DatedOriginsAndRemovalsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "On the 35th anniversary of the signing of the Treaty of Velmora in 1989, the two presidents gathered in Tarsk.|AGREEMENT|1989",
        "The ministers celebrated the 30th anniversary of the accord signed in 1994 between Chile and Norway.|AGREEMENT|1994",
    })
    void anOriginTheTextDatesItselfIsAnEvent(String sentence, EventType type, String date) {
        assertAMentionOf(sentence, type, date);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "On the 35th anniversary of the signing of the accord, the two presidents gathered in Tarsk on Friday.",
        "The ministers celebrated the 30th anniversary of the accord between Chile and Norway.",
    })
    void anOriginLeftUndatedStaysWhatTheYearsCountFrom(String sentence) {
        assertThat(model(sentence).events()).noneMatch(e -> e.type() == EventType.AGREEMENT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Chile and Norway this year observe the 55th anniversary of the relations they opened in 1969.",
        "Chile and Norway established relations in 1969 and plan a festival for the 55th anniversary of those ties.",
    })
    void relationsAnAnniversaryCountsFromAreItsReasonNotASecondEvent(String sentence) {
        assertThat(model(sentence).events()).noneMatch(e -> e.type() == EventType.RELATIONS);
        assertThat(model(sentence).events()).anyMatch(e -> e.type() == EventType.ANNIVERSARY);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The Treaty of Velmora was signed in 1984 by Chile and Norway.|Velmora",
        "Le Traité de Velmora a été signé en 1984 par le Chili et la Norvège.|Velmora",
        "El Tratado de Velmora fue firmado en 1984 por Chile y Noruega.|Velmora",
    })
    void anAgreementNamedForATownTakesPlaceThere(String sentence, String town) {
        assertThat(model(sentence).events()).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.AGREEMENT);
            assertThat(e.place()).isNotNull();
            assertThat(e.place().name()).isEqualTo(town);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The Treaty of Friendship and Cooperation was signed in 1984 by Chile and Norway.",
        "El Tratado de Libre Comercio fue firmado en 1984 por Chile y Noruega.",
    })
    void anAgreementNamedForWhatItIsAboutHasNoTown(String sentence) {
        assertThat(model(sentence).events()).filteredOn(e -> e.type() == EventType.AGREEMENT).isNotEmpty()
                .allSatisfy(e -> assertThat(e.place()).isNull());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Ingrid Holm was removed from office in 2012 after a vote in parliament.|2012",
        "El presidente se reunió con Ingrid Holm, que fue destituida en 2012.|2012",
        "O presidente encontrou Ingrid Holm, que foi destituída do cargo em 2012.|2012",
        "Le président a rencontré Ingrid Holm, qui a été destituée en 2012.|2012",
        "Il presidente ha incontrato Ingrid Holm, che è stata destituita nel 2012.|2012",
        "Der Präsident traf Ingrid Holm, die 2012 ihres Amtes enthoben wurde.|2012",
        "Президент встретился с Ингрид Хольм, которая была отстранена от должности в 2012 году.|2012",
        "Presiden bertemu Ingrid Holm, yang dimakzulkan pada 2012.|2012",
    })
    void aRemovalFromOfficeIsDatedByItsOwnClause(String sentence, String date) {
        assertAMentionOf(sentence, EventType.REMOVAL, date);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Ingrid Holm was removed from office after a vote in parliament.",
        "O presidente encontrou Ingrid Holm, que foi destituída do cargo.",
    })
    void anUndatedRemovalStaysBackground(String sentence) {
        assertThat(model(sentence).events()).noneMatch(e -> e.type() == EventType.REMOVAL);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "En octubre de 2023 el canciller visitó Velmora y recibió a la ya destituida presidenta Ingrid Holm.",
        "Em julho de 2024 o presidente reuniu-se em Lima com a destituída presidente Ingrid Holm.",
    })
    void aRemovedLeaderNamedByHisTitleIsNoRemoval(String sentence) {
        assertThat(model(sentence).events()).noneMatch(e -> e.type() == EventType.REMOVAL);
    }

    /** The sentence tells a mention of {@code type} dated {@code date}. */
    private static void assertAMentionOf(String sentence, EventType type, String date) {
        assertThat(mentions(sentence)).anySatisfy(m -> {
            assertThat(m.type()).isEqualTo(type);
            assertThat(m.when().value()).isEqualTo(date);
        });
    }
}
