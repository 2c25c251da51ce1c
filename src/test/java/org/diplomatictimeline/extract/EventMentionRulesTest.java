package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.model.DateBasis;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Place;
import org.diplomatictimeline.model.PlaceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Which events one article yields: the classes an analyst puts on a timeline, dated, named, without noise. */
class EventMentionRulesTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    private static List<EventMention> mentions(String header, String body) {
        return EXTRACTOR.mentions(TestArticles.withHeader("t", header, body));
    }

    private static boolean involves(EventMention m, String name) {
        return m.participants().stream().anyMatch(p -> p.name().equals(name));
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyEventTypeHasARowInTheProfileTable(EventType type) {
        assertThat(EventTypeProfile.of(type).title()).isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Norway and Chile severed diplomatic relations on Monday.|RELATIONS",
        "Norway and Chile agreed a ceasefire on Monday.|CEASEFIRE",
        "Norway expelled two Chilean diplomats on Monday.|EXPULSION",
        "The UN Security Council adopted a resolution on Chile on Monday.|RESOLUTION",
        "Chile held a presidential election on Sunday.|ELECTION",
        "Norway and Chile issued a joint statement on Monday.|DECLARATION",
    })
    void aClassOfEventTheAnalystNeedsIsFound(String sentence, EventType type) {
        assertThat(mentions("2021-03-10", sentence)).anySatisfy(m -> {
            assertThat(m.type()).isEqualTo(type);
            assertThat(m.when().isKnown()).isTrue();
        });
    }

    @Test
    void aPhoneCallIsAPhoneCallBetweenBothLeaders() {
        List<EventMention> found = mentions("2021-03-10", "Norwegian Prime Minister Jonas Gahr Store and Danish "
                + "Prime Minister Mette Frederiksen held a phone call on Tuesday.");

        assertThat(found).anySatisfy(m -> {
            assertThat(m.type()).isEqualTo(EventType.PHONE_CALL);
            assertThat(involves(m, "Jonas Gahr Store")).isTrue();
            assertThat(m.when().value()).isEqualTo("2021-03-09");
        });
    }

    @Test
    void undatedBackgroundIsNoEvent() {
        List<EventMention> found = mentions("2021-03-10", "Relations between Norway and Chile remain strained.");

        assertThat(found).noneMatch(m -> m.type() == EventType.RELATIONS);
    }

    @Test
    void aMeetingToldInThePastWithoutADateTakesTheArticlesDate() {
        List<EventMention> found = mentions("2022-05-04", "Norwegian Prime Minister Jonas Gahr Store met Danish "
                + "Prime Minister Mette Frederiksen in Oslo.");

        assertThat(found).anySatisfy(m -> {
            assertThat(m.type()).isEqualTo(EventType.MEETING);
            assertThat(m.when().value()).isEqualTo("2022-05-04");
            assertThat(m.when().basis()).isEqualTo(DateBasis.INFERRED);
        });
    }

    @Test
    void aPlannedMeetingWithoutADateStaysUndated() {
        List<EventMention> found = mentions("2022-05-04", "Norwegian Prime Minister Jonas Gahr Store will meet "
                + "Danish Prime Minister Mette Frederiksen in Oslo.");

        assertThat(found).filteredOn(m -> m.type() == EventType.MEETING)
                .allSatisfy(m -> assertThat(m.when().isKnown()).isFalse());
    }

    @Test
    void oneSpeakerQuotedInSeveralSentencesIsOneStatement() {
        List<EventMention> found = mentions("2022-05-04", "\"Trade is growing,\" Jonas Gahr Store said. "
                + "\"We want more of it,\" Jonas Gahr Store said. \"Fish matters too,\" Jonas Gahr Store added.");

        List<EventMention> statements = found.stream().filter(m -> m.type() == EventType.STATEMENT).toList();
        assertThat(statements).hasSize(1);
        assertThat(statements.get(0).evidence()).hasSize(3);
    }

    @Test
    void aTitleWithoutNamedPartiesNamesTypeAndPlaceOnly() {
        Place oslo = new Place("city:oslo", "Oslo", PlaceKind.CITY, "NO");

        assertThat(new EventTitles().title(EventType.TALKS, List.of(), List.of(oslo), "")).isEqualTo("Talks, Oslo");
        assertThat(new EventTitles().title(EventType.PHONE_CALL, List.of(), List.of(), "")).isEqualTo("Phone call");
    }

    @Test
    void aYearNamingAThingAfterAPossessiveDoesNotDateTheEvent() {
        List<EventMention> found = mentions("2016-03-22", "Norwegian Prime Minister Jonas Gahr Store met Danish "
                + "Prime Minister Mette Frederiksen, the first meeting since Norway's 1905 independence.");

        assertThat(found).filteredOn(m -> m.type() == EventType.MEETING)
                .allSatisfy(m -> assertThat(m.when().value()).isNotEqualTo("1905"));
    }

    @Test
    void aGreetingAtTheAirportIsAMeeting() {
        assertThat(mentions("2015-12-25", "Danish Prime Minister Mette Frederiksen was greeted by Norwegian Prime "
                + "Minister Jonas Gahr Store at the airport.")).anySatisfy(m -> {
                    assertThat(m.type()).isEqualTo(EventType.MEETING);
                    assertThat(involves(m, "Jonas Gahr Store")).isTrue();
                });
    }
}
