package org.diplomatictimeline.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.brief.BriefFixtures.day;
import static org.diplomatictimeline.brief.BriefFixtures.event;
import static org.diplomatictimeline.brief.BriefFixtures.reports;

import java.util.List;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventModel;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Evidence;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.ParticipantKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventWeigherTest {

    private final EventModel model = BriefFixtures.model();
    private final EventWeigher weigher = new EventWeigher(BriefFixtures.outlets(model));

    @Test
    void reasonCountsArticlesAndIndependentOutlets() {
        EventWeight w = weigher.weigh(model.event("e1").orElseThrow());

        // d1 and d2 share one outlet (www. is dropped); d3 is another; d4 names its outlet in the title.
        assertThat(w.articles()).isEqualTo(4);
        assertThat(w.outlets()).isEqualTo(3);
        assertThat(w.reason()).startsWith("reported by 4 articles from 3 outlets; 2 heads of state or government");
        assertThat(w.topRank()).isEqualTo(ParticipantRank.HEAD);
    }

    @Test
    void articlesWithoutAKnownOutletAreSaidSo() {
        EventWeight w = weigher.weigh(model.event("e4").orElseThrow());

        assertThat(w.reason()).startsWith("reported by 1 article (outlet unknown)");
    }

    @Test
    void moreIndependentOutletsWeighMoreThanCopiesFromOne() {
        Event twoOutlets = plain(reports("x", "d1", "d3"));
        Event oneOutlet = plain(reports("x", "d1", "d2"));

        assertThat(weigher.weigh(twoOutlets).value()).isGreaterThan(weigher.weigh(oneOutlet).value());
        assertThat(weigher.weigh(oneOutlet).value()).isGreaterThan(weigher.weigh(plain(reports("x", "d1"))).value());
    }

    @ParameterizedTest(name = "{0} outranks {1}")
    @CsvSource({"President, Foreign Minister", "Prime Minister, Minister of Defence", "Foreign Minister, Deputy Director",
            "King, Vice President", "Chancellor, Foreign Ministry spokeswoman"})
    void seniorParticipantsWeighMore(String senior, String junior) {
        assertThat(weigher.weigh(withRole(senior)).value()).isGreaterThan(weigher.weigh(withRole(junior)).value());
    }

    @Test
    void happenedWeighsMoreThanPlanned() {
        Event happened = plain(reports("x", "d1"));

        assertThat(weigher.weigh(happened).value())
                .isGreaterThan(weigher.weigh(happened.withStatus(EventStatus.PLANNED)).value());
        assertThat(weigher.weigh(happened.withStatus(EventStatus.PLANNED)).reason()).endsWith("; planned");
    }

    @Test
    void summitWeighsMoreThanStatement() {
        Event statement = plain(reports("x", "d1")).withType(EventType.STATEMENT);

        assertThat(weigher.weigh(statement.withType(EventType.SUMMIT)).value())
                .isGreaterThan(weigher.weigh(statement).value());
    }

    private static Event plain(List<Evidence> evidence) {
        return event("x").titled("Meeting")
                .type(EventType.MEETING).status(EventStatus.HAPPENED).on(day("2021-01-01")).with(List.of())
                .evidence(evidence).build();
    }

    private static Event withRole(String role) {
        return plain(reports("x", "d1")).withParticipants(List.of(
                new Participant("person:p", "P", ParticipantKind.PERSON, role, "XA")));
    }
}
