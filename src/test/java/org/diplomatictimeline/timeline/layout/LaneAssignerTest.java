package org.diplomatictimeline.timeline.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.timeline.SampleEvents;
import org.junit.jupiter.api.Test;

class LaneAssignerTest {

    private final EventTable table = EventTable.of(SampleEvents.handMade());

    private List<String> ids(Lane lane) {
        return Arrays.stream(lane.members()).mapToObj(r -> table.event(r).id()).toList();
    }

    @Test
    void anEventWithSeveralCountriesAppearsInEachCountryLane() {
        List<Lane> lanes = LaneAssigner.assign(table, LaneGrouping.COUNTRY, List.of());
        assertThat(lanes).extracting(Lane::label).containsExactly("Russia", "China", "France");
        assertThat(lanes).allMatch(l -> ids(l).contains("e08"));
    }

    @Test
    void countryPairsMakeOneLanePerPair() {
        List<Lane> lanes = LaneAssigner.assign(table, LaneGrouping.COUNTRY_PAIR, List.of());
        assertThat(lanes).extracting(Lane::key).contains("pair:CN-RU", "pair:FR-RU", "pair:CN-FR");
        Lane cnRu = lanes.stream().filter(l -> l.key().equals("pair:CN-RU")).findFirst().orElseThrow();
        assertThat(cnRu.label()).isEqualTo("China – Russia");
        assertThat(ids(cnRu)).contains("e01", "e02", "e08");
    }

    @Test
    void eventsWithoutAPersonGoToTheCatchAllLaneLast() {
        List<Lane> lanes = LaneAssigner.assign(table, LaneGrouping.PERSON, List.of());
        assertThat(lanes.get(lanes.size() - 1).label()).isEqualTo("No person");
        assertThat(lanes).extracting(Lane::label).contains("Anna Petrova", "Li Wen");
    }

    @Test
    void typeLanesFollowTheTypeOrderAndDocumentLanesTheFirstEvidence() {
        assertThat(LaneAssigner.assign(table, LaneGrouping.EVENT_TYPE, List.of())).extracting(Lane::label)
                .startsWith("Meeting", "Talks", "Visit");
        List<Lane> docs = LaneAssigner.assign(table, LaneGrouping.DOCUMENT, List.of());
        assertThat(docs.stream().mapToInt(Lane::size).sum()).isEqualTo(8);
    }

    @Test
    void userOrderComesFirstAndMembersAreAscendingRanks() {
        List<Lane> lanes = LaneAssigner.assign(table, LaneGrouping.COUNTRY, List.of("country:FR", "country:CN"));
        assertThat(lanes).extracting(Lane::key).containsExactly("country:FR", "country:CN", "country:RU");
        for (Lane l : lanes) {
            assertThat(l.members()).isSorted();
        }
    }

    @Test
    void everyEventLandsInSomeLaneInEveryMode() {
        for (LaneGrouping mode : LaneGrouping.values()) {
            List<Lane> lanes = LaneAssigner.assign(table, mode, List.of());
            for (Event e : table.events()) {
                assertThat(lanes.stream().anyMatch(l -> ids(l).contains(e.id()))).as(mode + " " + e.id()).isTrue();
            }
        }
    }
}
