package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.ParticipantKind;
import org.diplomatictimeline.model.Place;
import org.diplomatictimeline.model.PlaceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What an emitted event may not hold: a news outlet as a party, a JDK menu label as a country's name, a country
 * visiting itself, or the type's own word (or a sentence's capitalised first word) as an occasion's proper name.
 */
class OutletsHostsAndGenericNamesTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    private static List<EventMention> mentions(String header, String body) {
        return EXTRACTOR.mentions(TestArticles.withHeader("t", header, body));
    }

    /** The body gives events, and none of them names {@code name} among its parties. */
    private static void assertEventsWithoutParty(String header, String body, String name) {
        List<EventMention> found = mentions(header, body);
        assertThat(found).isNotEmpty();
        assertThat(partyNames(found)).doesNotContain(name);
    }

    private static List<String> partyNames(List<EventMention> found) {
        return found.stream().flatMap(m -> m.participants().stream()).map(Participant::name).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Japan imposed sanctions on North Korea on Thursday, Reuters reported.                      | Reuters
            Bloomberg reported on Friday that the ministers had met in Vienna to discuss oil output.   | Bloomberg
            The foreign ministers of Chile and Peru met in Lima on Monday (AFP).                        | AFP
            """)
    void aNewsOutletIsNeverAParty(String body, String outlet) {
        // given: a sentence an agency reports; then: its events name no outlet among their parties
        assertEventsWithoutParty("2021-03-05", body, outlet);
    }

    @Test
    void aStatementWhoseOnlySpeakerIsANewsOutletIsNoStatement() {
        // given / when
        List<EventMention> found = mentions("2021-03-05", "Bloomberg said the deal was close.");

        // then
        assertThat(found).noneMatch(m -> m.type() == EventType.STATEMENT);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "CD, Democratic Republic of the Congo",
        "CG, Republic of the Congo",
        "MM, Myanmar",
        "FR, France",
    })
    void aCountryIsNamedAsABriefingNamesItNotByTheJdksMenuLabel(String code, String name) {
        assertThat(new ActorMapper().country(code).orElseThrow().name()).isEqualTo(name);
    }

    @Test
    void aVisitWithNoPartyButItsHostIsTitledByTheHostAlone() {
        // given: "the trip to Argentina", nobody named travelling
        Participant argentina = new ActorMapper().country("AR").orElseThrow();
        Place place = new Place("country:AR", "Argentina", PlaceKind.COUNTRY, "AR");

        // when
        String title = new EventTitles().title(EventType.VISIT, List.of(argentina), List.of(place), "");

        // then
        assertThat(title).isEqualTo("Visit to Argentina");
    }

    @Test
    void aPersonTravellingInTheirOwnCountryIsStillTheVisitor() {
        // given: a leader's trip to a city of their own country
        Participant leader = new Participant("person:ana-example", "Ana Example",
                ParticipantKind.PERSON, "Prime Minister", "JP");
        Participant japan = new ActorMapper().country("JP").orElseThrow();
        List<Place> places = List.of(new Place("city:hiroshima", "Hiroshima", PlaceKind.CITY, "JP"),
                new Place("country:JP", "Japan", PlaceKind.COUNTRY, "JP"));

        // when
        String title = new EventTitles().title(EventType.VISIT, List.of(leader, japan), places, "");

        // then
        assertThat(title).isEqualTo("Visit: Ana Example to Japan (Hiroshima)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Le sommet se tiendra le 13 janvier à Pau, a annoncé l'Élysée.
            Cumbre de presidentes en Montevideo el viernes.
            The Summit will open in Lima on Friday.
            El Foro se celebrará en Lima el 11 de noviembre.
            """)
    void theTypesOwnWordOrASentencesFirstWordIsNoProperName(String body) {
        // given / when
        EventMention summit = mentions("2019-12-16", body).stream()
                .filter(m -> m.type() == EventType.SUMMIT || m.type() == EventType.FORUM).findFirst().orElseThrow();

        // then
        assertThat(summit.name()).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            BRICS summit opens in Kazan on Tuesday.                        | BRICS summit
            The Pacific Islands Forum opened in Tuvalu on Tuesday.        | Pacific Islands Forum
            The Summit of the Americas opened in Lima on Friday.           | Summit of the Americas
            El Foro de Cooperación Económica del Pacífico se celebrará en Lima el 11 de noviembre. | Foro de Cooperación Económica del Pacífico
            """)
    void aCapitalisedNameAroundTheTypesWordIsKept(String body, String name) {
        // given / when
        EventMention gathering = mentions("2019-08-13", body).stream()
                .filter(m -> m.type() == EventType.SUMMIT || m.type() == EventType.FORUM).findFirst().orElseThrow();

        // then
        assertThat(gathering.name()).contains(name);
    }

    @Test
    void theStatusAndDateOfAnEventAreUntouchedByTheseRules() {
        // a guard that the rules above drop names and parties, not events
        List<EventMention> found = mentions("2021-03-05", "Japan imposed sanctions on North Korea on Thursday, "
                + "Reuters reported.");
        EventMention sanction = found.stream().filter(m -> m.type() == EventType.SANCTION).findFirst().orElseThrow();
        assertThat(sanction.status()).isEqualTo(EventStatus.HAPPENED);
        assertThat(sanction.when()).isNotEqualTo(EventDate.unknown("x"));
        assertThat(sanction.when().value()).isEqualTo("2021-03-04");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            London: Oil producers signed an agreement on Friday to cut output.                | United Kingdom
            Cairo – Arab leaders signed a declaration on Tuesday in Riyadh.              | Egypt
            """)
    void aPlaceOpeningALineBeforeAColonOrDashIsTheDatelineNotAParty(String body, String country) {
        // given: a story filed from a city, which opens its first line; then: the filing city's country takes no part
        assertEventsWithoutParty("2020-04-10", body, country);
    }

    @Test
    void aPlaceThatIsTheSentencesSubjectStillActs() {
        // given: "Moscow said", no dateline
        List<EventMention> found = mentions("2020-04-10", "Officials met on Friday. Moscow said on Friday it "
                + "would impose sanctions on Latvia.");

        // then
        assertThat(partyNames(found)).contains("Russia");
    }

    @Test
    void theCountriesNamedInAQuoteAreNotItsSpeakers() {
        // given: the quote names two countries, the verb that closes it names the speaker after it
        List<EventMention> found = mentions("2023-01-07", "\"Long live the friendship of Chile and Peru!\" "
                + "added President Gabriel Boric.");

        // when
        EventMention statement = found.stream().filter(m -> m.type() == EventType.STATEMENT).findFirst()
                .orElseThrow();

        // then
        assertThat(statement.participants()).extracting(Participant::name).doesNotContain("Peru")
                .contains("Gabriel Boric");
    }
}
