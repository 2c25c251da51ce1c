package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.extract.ArticleExtraction.mentions;
import static org.diplomatictimeline.extract.ArticleExtraction.model;

import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Kinds of events an article dates in passing that had no trigger rows: a re-election told by its noun, power seized,
 * troops stationed or deployed, a border dispute that began, an envoy summoned home, a term of office taken up, an
 * airspace sealed. Each is an event only with its own date (or its cue), so the same words as background make none.
 * Sentences written for this test.
 */
class DatedKindsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Chile's president Ingrid Holm won a landslide re-election in June 2019.|ELECTION|2019-06",
        "La réélection d'Ingrid Holm en juin 2019 a surpris l'opposition.|ELECTION|2019-06",
        "La reelección de Ingrid Holm en junio de 2019 sorprendió a la oposición.|ELECTION|2019-06",
        "La rielezione di Ingrid Holm nel giugno 2019 ha sorpreso l'opposizione.|ELECTION|2019-06",
        "A reeleição de Ingrid Holm em junho de 2019 surpreendeu a oposição.|ELECTION|2019-06",
        "Die Wiederwahl von Ingrid Holm im Juni 2019 überraschte die Opposition.|ELECTION|2019-06",
        "Переизбрание Ингрид Хольм в июне 2019 года удивило оппозицию.|ELECTION|2019-06",
        "The army of Bolivia seized power in May 2018.|REGIME_CHANGE|2018-05",
        "In 2012 the alliance stationed a multinational battalion in Romania.|MILITARY_ACTION|2012",
        "Im Jahr 2012 stationierte die Allianz ein Bataillon in Rumänien.|MILITARY_ACTION|2012",
        "En 2012, l'alliance a déployé un bataillon en Roumanie.|MILITARY_ACTION|2012",
        "En 2012 la alianza desplegó un batallón en Rumania.|MILITARY_ACTION|2012",
        "В 2012 году альянс разместил батальон в Румынии.|MILITARY_ACTION|2012",
        "The border dispute between Chile and Peru began in October 2016.|MILITARY_ACTION|2016-10",
        "In October 2016, Chile summoned its ambassador to Peru in protest.|EXPULSION|2016-10",
        "Ingrid Holm assumiu o segundo mandato em janeiro de 2019.|INAUGURATION|2019-01",
        "In March 2021 the two states severed ties with Moldova, sealing their airspace to its flights.|SANCTION|2021-03",
    })
    void aKindTheTextDatesIsAnEventOfItsDate(String sentence, EventType type, String date) {
        assertThat(mentions(sentence)).anySatisfy(m -> {
            assertThat(m.type()).isEqualTo(type);
            assertThat(m.when().value()).isEqualTo(date);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Ingrid Holm hopes for re-election.|ELECTION",
        "The ministers discussed the dispute over fishing quotas in Oslo.|MILITARY_ACTION",
        "The ministry deployed new software to count the votes.|MILITARY_ACTION",
        "Die Regierung stationierte neue Beamte im Konsulat in Oslo.|MILITARY_ACTION",
        "Chile still has troops stationed in Estonia.|MILITARY_ACTION",
    })
    void theSameWordsWithoutTheirDateOrCueMakeNoEvent(String sentence, EventType type) {
        assertThat(model(sentence).events()).noneMatch(e -> e.type() == type);
    }
}
