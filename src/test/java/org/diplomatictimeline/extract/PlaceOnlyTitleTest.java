package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.ParticipantKind;
import org.diplomatictimeline.model.Place;
import org.diplomatictimeline.model.PlaceKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A title names its place once: a country that is both the only party shown and the place is not said twice. */
class PlaceOnlyTitleTest {

    private static final Place NORWAY = new Place("country:NO", "Norway", PlaceKind.COUNTRY, "NO");
    private static final Participant NORWAY_PARTY = new Participant("country:NO", "Norway", ParticipantKind.COUNTRY,
            "", "NO");
    private static final Participant SWEDEN_PARTY = new Participant("country:SE", "Sweden", ParticipantKind.COUNTRY,
            "", "SE");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "SUMMIT    | Summit, Norway",
        "AGREEMENT | Agreement, Norway",
        "TALKS     | Talks, Norway",
    })
    void thePlaceAloneIsNotAlsoTheParty(EventType type, String title) {
        assertThat(new EventTitles().title(type, List.of(NORWAY_PARTY), List.of(NORWAY), "")).isEqualTo(title);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "SUMMIT    | Summit: Sweden – Norway, Norway",
        "AGREEMENT | Agreement: Sweden – Norway, Norway",
    })
    void otherPartiesBesideThePlaceStay(EventType type, String title) {
        assertThat(new EventTitles().title(type, List.of(SWEDEN_PARTY, NORWAY_PARTY), List.of(NORWAY), ""))
                .isEqualTo(title);
    }
}
