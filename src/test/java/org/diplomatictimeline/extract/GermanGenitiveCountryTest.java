package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.extract.ArticleMentions.first;
import static org.diplomatictimeline.extract.ArticleMentions.mentions;

import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Participant;
import org.junit.jupiter.api.Test;

/** A German country name in the genitive ("der Präsident Frankreichs") is that country, not a person's name. */
class GermanGenitiveCountryTest {

    @Test
    void aCountryInTheGenitiveIsTheCountry() {
        String body = "Der Präsident Frankreichs traf am Dienstag den Regierungschef Senegals in Berlin. "
                + "Die beiden sprachen über die Lage in der Region.";

        EventMention meeting = first(mentions("2022-05-06", body), EventType.MEETING);

        assertThat(meeting.participants()).extracting(Participant::name).contains("France", "Senegal")
                .doesNotContain("Frankreichs", "Senegals");
    }
}
