package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.ParticipantKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A country named beside a noun for the press ("Kenyan media", "los medios suecos") says whose press reports: the
 * country does not speak, so the report is no statement of the country. A country's own office still speaks. The
 * sentences are written for this test.
 */
class PressIsNoSpeakerTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    private static List<EventMention> statements(String body) {
        return EXTRACTOR.mentions(TestArticles.withHeader("p", "2021-03-10", body)).stream()
                .filter(m -> m.type() == EventType.STATEMENT).toList();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "According to Kenyan media, the two neighbours agreed to reopen their border crossings.",
        "Kenyan media reported that the two neighbours would reopen their border crossings.",
        "Según los medios suecos, los dos vecinos acordaron reabrir sus pasos fronterizos.",
        "Selon les médias kényans, les deux voisins ont convenu de rouvrir leurs postes frontières.",
        "Secondo i media kenioti, i due vicini hanno concordato di riaprire i valichi di frontiera.",
        "Laut schwedischen Medien einigten sich die beiden Nachbarn darauf, die Grenzübergänge zu öffnen.",
    })
    void aCountrysPressReportingIsNoStatementOfTheCountry(String sentence) {
        // given: what the press of a country reports

        // when
        List<EventMention> found = statements(sentence);

        // then: no statement made by a country
        assertThat(found).noneMatch(m -> m.participants().stream()
                .anyMatch(p -> p.kind() == ParticipantKind.COUNTRY));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "The Kenyan foreign ministry said on Monday that the border crossings would reopen.",
        "Kenya announced on Monday that the border crossings would reopen.",
    })
    void aCountryOrItsOfficeStillSpeaks(String sentence) {
        assertThat(statements(sentence)).anySatisfy(m -> assertThat(m.participants())
                .anyMatch(p -> p.countryCode().equals("KE")));
    }
}
