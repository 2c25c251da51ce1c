package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.model.EventCategory;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Place;
import org.diplomatictimeline.model.PlaceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Occasions named by an organisation rather than by two leaders: presidencies handed over or held, deadlines and
 * ultimatums, members joining, court rulings, in the languages the folders cover.
 */
class OrganisationOccasionsTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    private static List<EventMention> mentions(String header, String body) {
        return EXTRACTOR.mentions(TestArticles.withHeader("t", header, body));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Norway has held the Nordic Council presidency since March 1, 2020.|CHAIRMANSHIP|2020-03-01",
        "Norway took over the rotating presidency of the council on Monday.|CHAIRMANSHIP|2021-03-08",
        "Oslo faces a March 31 deadline to answer the request.|DEADLINE|2021-03-31",
        "The ultimatum the bloc set for Oslo will expire on Friday.|DEADLINE|2021-03-12",
        "Chile and Peru will join the alliance as new members in January.|MEMBERSHIP|2022-01",
        "Les dirigeants ont annoncé qu'ils accueilleront cinq nouveaux pays membres dès janvier prochain.|MEMBERSHIP|2022-01",
        "The supreme court ruling last October ordered the firm to pay the workers.|RULING|2020-10",
        "Il Cile assumerà la presidenza di turno del gruppo a gennaio.|CHAIRMANSHIP|2022-01",
        "Chile assumed the presidency of the group last October.|CHAIRMANSHIP|2020-10",
        "Chile asumirá la presidencia pro tempore del grupo en enero.|CHAIRMANSHIP|2022-01",
        "O Chile assumirá a presidência pro tempore do grupo em janeiro.|CHAIRMANSHIP|2022-01",
        "Noruega recibió el lunes la presidencia temporal del consejo nórdico.|CHAIRMANSHIP|2021-03-08",
        "Noruega, que este lunes recibió la presidencia temporal del consejo, acogerá la cumbre.|CHAIRMANSHIP|2021-03-08",
        "Denmark received the rotating presidency of the council on Monday.|CHAIRMANSHIP|2021-03-08",
        "A Noruega terminou na segunda-feira a sua presidência do conselho nórdico.|CHAIRMANSHIP|2021-03-08",
        "La Norvège termine lundi sa présidence du conseil nordique.|CHAIRMANSHIP|2021-03-08",
        "The council's retreat on Friday will complete a transition of the chair to Denmark.|CHAIRMANSHIP|2021-03-12",
    })
    void anOccasionOfAnOrganisationIsFoundWithItsDate(String sentence, EventType type, String date) {
        assertThat(mentions("2021-03-10", sentence)).anySatisfy(m -> {
            assertThat(m.type()).isEqualTo(type);
            assertThat(m.when().value()).isEqualTo(date);
        });
    }

    @Test
    void aPresidencyHandedOverAtASummitsCloseFallsOnTheSummitsDay() {
        List<EventMention> found = mentions("2021-03-10", "The Nordic summit concluded on Monday in Oslo. At the "
                + "summit's closing ceremony, Norway formally handed over the presidency to Denmark.");

        assertThat(found).anySatisfy(m -> {
            assertThat(m.type()).isEqualTo(EventType.CHAIRMANSHIP);
            assertThat(m.when().value()).isEqualTo("2021-03-08");
        });
    }

    @Test
    void theChairPassingAtARetreatIsAnActBesideTheRetreat() {
        List<EventMention> found = mentions("2021-03-10", "The Nordic leaders will hold a retreat in Oslo on Friday. "
                + "Its agenda closes with a transition of the chair, Denmark following Norway.");

        assertThat(found).anySatisfy(m -> {
            assertThat(m.type()).isEqualTo(EventType.CHAIRMANSHIP);
            assertThat(m.evidence().get(0).text()).contains("transition of the chair");
        });
    }

    @Test
    void aChairWithoutAPassingIsNoEvent() {
        assertThat(mentions("2021-03-10", "The chair of the council met the minister in Oslo on Monday."))
                .noneSatisfy(m -> assertThat(m.type()).isEqualTo(EventType.CHAIRMANSHIP));
    }

    @Test
    void anUndatedDeadlineIsBackgroundNotAnEvent() {
        assertThat(mentions("2021-03-10", "The talks went on past the deadline, the ministers said."))
                .noneSatisfy(m -> assertThat(m.type()).isEqualTo(EventType.DEADLINE));
    }

    @Test
    void aPresidencyWithoutAHandoverWordIsNoEvent() {
        assertThat(mentions("2021-03-10", "The presidency said on Monday that the minister was in Oslo."))
                .noneSatisfy(m -> assertThat(m.type()).isEqualTo(EventType.CHAIRMANSHIP));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "G20 summit|Summit: G20, Oslo",
        "NATO Summit|Summit: NATO, Oslo",
        "Nordic Council Forum|Nordic Council Forum",
        "Oslo Forum|Oslo Forum",
    })
    void aGatheringNamedOnlyByItsOrganisationIsTitledInPlainWords(String name, String title) {
        Place oslo = new Place("city:oslo", "Oslo",
                PlaceKind.CITY, "NO");
        EventType type = name.endsWith("Forum") ? EventType.FORUM : EventType.SUMMIT;

        assertThat(new EventTitles().title(type, List.of(), List.of(oslo), name)).isEqualTo(title);
    }

    @Test
    void theNewTypesBriefAsOtherEvents() {
        for (EventType t : List.of(EventType.CHAIRMANSHIP, EventType.DEADLINE, EventType.MEMBERSHIP,
                EventType.RULING)) {
            assertThat(t.category()).isEqualTo(EventCategory.OTHER);
            assertThat(EventTypeProfile.of(t).family()).isEqualTo(EventTypeProfile.Family.ACT);
        }
    }
}
