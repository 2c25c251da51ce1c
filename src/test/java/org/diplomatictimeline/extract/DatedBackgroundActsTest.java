package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.extract.ArticleExtraction.mentions;
import static org.diplomatictimeline.extract.ArticleExtraction.model;

import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Background acts an article dates in passing, each in the languages that tell it so: blasts, a member admitted by
 * a body, an assembly electing the holder of an office, a state's independence, people arrested or charged, and a
 * thing named by its year ("the 2007 peace deal"), dated by the date of their own clause, never by the article's.
 * Sentences written for this test.
 */
class DatedBackgroundActsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The March 5, 2015, blast at an arms depot near Tromsø killed three workers.|MILITARY_ACTION|2015-03-05",
        "An explosion at a fuel depot in Chile in October 2016 killed two guards.|MILITARY_ACTION|2016-10",
        "Une explosion dans un dépôt d'armes au Chili a fait deux morts en octobre 2016.|MILITARY_ACTION|2016-10",
        "Una explosión en un depósito de armas en Chile mató a dos guardias en octubre de 2016.|MILITARY_ACTION|2016-10",
        "Un'esplosione in un deposito di armi in Cile ha ucciso due guardie nell'ottobre 2016.|MILITARY_ACTION|2016-10",
        "Uma explosão num depósito de armas no Chile matou dois guardas em outubro de 2016.|MILITARY_ACTION|2016-10",
        "Bei einer Explosion in einem Munitionslager in Chile starben im Oktober 2016 zwei Wachleute.|MILITARY_ACTION|2016-10",
        "Взрыв на складе боеприпасов в Чили в октябре 2016 года унес жизни двух охранников.|MILITARY_ACTION|2016-10",
        "Ledakan di gudang amunisi di Chili pada Oktober 2016 menewaskan dua penjaga.|MILITARY_ACTION|2016-10",
        "The Arctic Union on Monday admitted Chile as its 30th member.|MEMBERSHIP|2021-03-08",
        "L'Union arctique a admis lundi le Chili comme 30e membre.|MEMBERSHIP|2021-03-08",
        "La Unión Ártica admitió a Chile el lunes como su miembro número 30.|MEMBERSHIP|2021-03-08",
        "A União Ártica admitiu o Chile como 30.º membro na segunda-feira.|MEMBERSHIP|2021-03-08",
        "Die Arktische Union nahm am Montag Chile als 30. Mitglied auf.|MEMBERSHIP|2021-03-08",
        "The Storting on Monday elected Ingrid Holm as prime minister.|ELECTION|2021-03-08",
        "Am Montag wählte der Bundestag Ingrid Holm zur Kanzlerin.|ELECTION|2021-03-08",
        "El Parlamento eligió el lunes a Ingrid Holm como primera ministra.|ELECTION|2021-03-08",
        "O Parlamento elegeu na segunda-feira Ingrid Holm como primeira-ministra.|ELECTION|2021-03-08",
        "Парламент в понедельник избрал Ингрид Хольм премьер-министром.|ELECTION|2021-03-08",
        "Chile gained independence in 1991 after a long war.|FOUNDING|1991",
        "Le Chili a proclamé son indépendance en 1991.|FOUNDING|1991",
        "Chile proclamó su independencia en 1991.|FOUNDING|1991",
        "Il Cile ha ottenuto l'indipendenza nel 1991.|FOUNDING|1991",
        "O Chile proclamou a independência em 1991.|FOUNDING|1991",
        "Чили обрела независимость в 1991 году.|FOUNDING|1991",
        "Prosecutors in Norway charged two Chilean men in 2019 with plotting to kill a banker.|ARREST|2019",
        "Police arrested three Chilean citizens in Oslo on February 27.|ARREST|2021-02-27",
        "La décision fait suite à l'arrestation à Oslo, le 27 février, de trois Chiliens.|ARREST|2021-02-27",
        "La policía noruega detuvo a tres chilenos; la detención ocurrió el 27 de febrero.|ARREST|2021-02-27",
        "Tre cittadini cileni sono stati arrestati a Oslo il 27 febbraio.|ARREST|2021-02-27",
        "Três cidadãos chilenos foram presos em Oslo em 27 de fevereiro.|ARREST|2021-02-27",
        "Drei chilenische Staatsbürger wurden am 27. Februar in Oslo festgenommen.|ARREST|2021-02-27",
        "Трое граждан Чили были задержаны в Осло 27 февраля.|ARREST|2021-02-27",
        "Tiga warga Chili ditangkap di Oslo pada 27 Februari.|ARREST|2021-02-27",
        "Talks resumed under the 2007 peace deal between the two rebel groups of Chile.|AGREEMENT|2007",
        "Chile's 2007 peace deal was signed after years of war.|AGREEMENT|2007",
        "Relations with Chile were cut after the 1973 revolution.|REGIME_CHANGE|1973",
        "The meeting was the first since Chile's 1973 revolution.|REGIME_CHANGE|1973",
        "Les relations avec le Chili ont été rompues après la révolution de 1973.|REGIME_CHANGE|1973",
        "Las relaciones con Chile se rompieron tras la revolución chilena de 1973.|REGIME_CHANGE|1973",
        "I rapporti con il Cile si interruppero dopo la rivoluzione del 1973.|REGIME_CHANGE|1973",
        "As relações com o Chile foram cortadas após a revolução de 1973.|REGIME_CHANGE|1973",
        "Die Beziehungen zu Chile wurden nach der Revolution von 1973 abgebrochen.|REGIME_CHANGE|1973",
        "Отношения с Чили были разорваны после революции 1973 года.|REGIME_CHANGE|1973",
    })
    void aBackgroundActIsDatedByItsOwnClause(String sentence, EventType type, String date) {
        assertThat(mentions(sentence)).anySatisfy(m -> {
            assertThat(m.type()).isEqualTo(type);
            assertThat(m.when().value()).isEqualTo(date);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The minister faced a blast of criticism from the opposition.|MILITARY_ACTION",
        "The newly elected president of Chile visited Oslo on Monday.|ELECTION",
        "The minister admitted on Monday that the talks had failed.|MEMBERSHIP",
        "The two sides hope a peace deal can end the war in Chile.|AGREEMENT",
        "Police arrested dozens of protesters outside the embassy of Chile.|ARREST",
        "Oslo urged Chile on Monday to revise the 2012 fisheries deal.|AGREEMENT",
        "The two presidents met at the Palace of the Revolution in Santiago on Monday.|REGIME_CHANGE",
        "Los presidentes se reunieron el lunes en la Plaza de la Revolución de Santiago.|REGIME_CHANGE",
    })
    void theSameWordsWithoutTheirActOrDateMakeNoEvent(String sentence, EventType type) {
        assertThat(model(sentence).events()).noneMatch(e -> e.type() == type);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The talks on Monday in Oslo built on the 2007 peace deal.|AGREEMENT|2007",
    })
    void theYearThatNamesADealNeverDatesTheNewsOfTheSentence(String sentence, EventType type, String date) {
        assertThat(mentions(sentence)).filteredOn(m -> m.type() == type)
                .allSatisfy(m -> assertThat(m.when().value()).isEqualTo(date));
        assertThat(mentions(sentence)).filteredOn(m -> m.type() == EventType.TALKS)
                .allSatisfy(m -> assertThat(m.when().value()).isEqualTo("2021-03-08"));
    }
}
