package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.model.EventCategory;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Classes of events told in many ways and languages: envoys expelled or recalled, votes of assemblies, elections and
 * inaugurations, anniversaries counted in years, calls told by their medium.
 */
class EventClassTriggersTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    private static List<EventMention> mentions(String body) {
        return EXTRACTOR.mentions(TestArticles.withHeader("t", "2021-03-10", body));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "On Monday Norway made the decision to expel 13 Chilean diplomats.|EXPULSION|2021-03-08",
        "On Monday Norway declared five Chilean diplomats personae non gratae.|EXPULSION|2021-03-08",
        "Norway recalled its ambassador for consultations on Monday.|EXPULSION|2021-03-08",
        "El Gobierno noruego decidió el lunes expulsar a tres diplomáticos chilenos.|EXPULSION|2021-03-08",
        "Am Montag wies Norwegen drei Diplomaten aus.|EXPULSION|2021-03-08",
        "La Norvège a rappelé lundi son ambassadeur pour consultations.|EXPULSION|2021-03-08",
        "The General Assembly voted on Monday to reaffirm the borders of Chile.|RESOLUTION|2021-03-08",
        "Norway's prime minister was first elected as prime minister on Monday.|ELECTION|2021-03-08",
        "Jonas Gahr Store assumed office on Monday after a narrow vote.|INAUGURATION|2021-03-08",
        "La Norvège et le Chili célèbrent lundi les 70 ans de leurs relations diplomatiques.|ANNIVERSARY|2021-03-08",
        "Norwegen und Chile feiern am Montag 70 Jahre diplomatische Beziehungen.|ANNIVERSARY|2021-03-08",
        "Indonesia dan Chili akan merayakan 70 tahun hubungan diplomatik pada 12 Maret 2021.|ANNIVERSARY|2021-03-12",
        "King Harald congratulated the Chilean president by phone on Monday.|PHONE_CALL|2021-03-08",
        "Президент Норвегии в понедельник по телефону поздравил президента Чили.|PHONE_CALL|2021-03-08",
        "The Nordic format of Norway and Chile was launched in 2014 at a meeting in Oslo.|FOUNDING|2014",
        "Il formato nordico fu lanciato nel 2014 su iniziativa della Norvegia.|FOUNDING|2014",
        "Noruega e o Chile realizaram na segunda-feira uma ronda de consultas políticas em Oslo.|TALKS|2021-03-08",
    })
    void aClassOfEventIsFoundWithItsDate(String sentence, EventType type, String date) {
        assertThat(mentions(sentence)).anySatisfy(m -> {
            assertThat(m.type()).isEqualTo(type);
            assertThat(m.when().value()).isEqualTo(date);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The minister told reporters by phone on Monday that the border would stay open.|PHONE_CALL",
        "Norway has known 70 years of peace since the war ended, the minister said on Monday.|ANNIVERSARY",
        "Chile pledged on Monday to vote on the budget next year, the minister said.|RESOLUTION",
        "Rockets were launched at the border town on Monday, the army said.|FOUNDING",
    })
    void aWordOfTheClassWithoutItsCueIsNoSuchEvent(String sentence, EventType type) {
        assertThat(mentions(sentence)).noneMatch(m -> m.type() == type);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "EXPULSION|OTHER",
        "RESOLUTION|OTHER",
        "INAUGURATION|OTHER",
        "ELECTION|ELECTION",
        "ANNIVERSARY|ANNIVERSARY",
        "PHONE_CALL|PHONE_CALL",
    })
    void eachClassIsBriefedInTheCategoryNewsReadersFileItUnder(EventType type, EventCategory category) {
        assertThat(type.category()).isEqualTo(category);
    }
}
