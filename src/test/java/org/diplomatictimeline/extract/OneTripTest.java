package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.extract.MergeFixtures.a;
import static org.diplomatictimeline.extract.MergeFixtures.assertAllows;
import static org.diplomatictimeline.extract.MergeFixtures.b;
import static org.diplomatictimeline.extract.MergeFixtures.day;
import static org.diplomatictimeline.extract.MergeFixtures.month;
import static org.diplomatictimeline.extract.MergeFixtures.person;
import static org.diplomatictimeline.extract.MergeRule.Scope.ACROSS_DOCUMENTS;
import static org.diplomatictimeline.model.EventType.MEETING;
import static org.diplomatictimeline.model.EventType.VISIT;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.diplomatictimeline.extract.MergeFixtures.Report;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.Place;
import org.diplomatictimeline.model.PlaceKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Invented guests and hosts: a Swedish and a Norwegian guest in Kenya, received by Kenyan leaders. */
class OneTripTest {

    private static final Participant GUEST = person("eva-strand", "Eva Strand", "SE");
    private static final Participant GUEST_NO_COUNTRY = person("eva-strand", "Eva Strand", "");
    private static final Participant GUEST_SPELLED_APART = person("eva-strandt", "Eva Strandt", "");
    private static final Participant OTHER_GUEST = person("nils-berg", "Nils Berg", "NO");
    private static final Participant PRESIDENT = person("amani-otieno", "Amani Otieno", "KE");
    private static final Participant PREMIER = person("joseph-kariuki", "Joseph Kariuki", "KE");
    private static final Place NAIROBI = MergeFixtures.NAIROBI;
    private static final Place KENYA = MergeFixtures.KENYA_PLACE;
    private static final Place KAMPALA = new Place("city:kampala", "Kampala", PlaceKind.CITY, "UG");

    private static Arguments row(String why, Report x, Report y, boolean oneTrip) {
        return arguments(why, x, y, oneTrip);
    }

    static Stream<Arguments> trips() {
        EventDate d = day("2022-03-07");
        return Stream.of(
                row("one guest, one day, one country, each report naming another host",
                        a(VISIT, d).with(GUEST, PRESIDENT).at(NAIROBI), b(VISIT, d).with(GUEST_NO_COUNTRY, PREMIER).at(KENYA),
                        true),
                row("the guest's name spelled apart by the two outlets",
                        a(VISIT, d).with(GUEST, PRESIDENT).at(NAIROBI), b(VISIT, d).with(GUEST_SPELLED_APART, PREMIER)
                                .at(KENYA), true),
                row("one host receiving two guests on one day",
                        a(VISIT, d).with(GUEST, PRESIDENT).at(NAIROBI), b(VISIT, d).with(OTHER_GUEST, PRESIDENT)
                                .at(NAIROBI), false),
                row("the shared person's country unknown to both: he may be the host",
                        a(VISIT, d).with(GUEST_NO_COUNTRY, PRESIDENT).at(NAIROBI),
                        b(VISIT, d).with(GUEST_NO_COUNTRY, PREMIER).at(NAIROBI), false),
                row("the same guest on another day",
                        a(VISIT, d).with(GUEST, PRESIDENT).at(NAIROBI),
                        b(VISIT, day("2022-03-10")).with(GUEST, PREMIER).at(NAIROBI), false),
                row("the same guest in another country (a tour's next leg)",
                        a(VISIT, d).with(GUEST, PRESIDENT).at(NAIROBI), b(VISIT, d).with(GUEST).at(KAMPALA), false),
                row("a report without a destination",
                        a(VISIT, d).with(GUEST, PRESIDENT).at(NAIROBI), b(VISIT, d).with(GUEST, PREMIER), false),
                row("a month is not the visit's days",
                        a(VISIT, month("2022-03")).with(GUEST, PRESIDENT).at(NAIROBI),
                        b(VISIT, month("2022-03")).with(GUEST, PREMIER).at(NAIROBI), false),
                row("meetings are not a trip: their pairs decide",
                        a(MEETING, d).with(GUEST, PRESIDENT).at(NAIROBI), b(MEETING, d).with(GUEST, PREMIER)
                                .at(NAIROBI), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("trips")
    void oneVisitorOnOneTripIsOneVisit(String why, Report x, Report y, boolean oneTrip) {
        assertThat(OneTrip.sameVisitorSameDays(x.cluster(), y.cluster())).isEqualTo(oneTrip);
        assertThat(OneTrip.sameVisitorSameDays(y.cluster(), x.cluster())).as("symmetric").isEqualTo(oneTrip);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("trips")
    void coreParticipantsOfOneTripAgree(String why, Report x, Report y, boolean oneTrip) {
        if (oneTrip) {
            assertAllows(MergeRule.CORE_PARTICIPANTS_AGREE, x, y, ACROSS_DOCUMENTS, true);
            assertAllows(MergeRule.COUNTERPARTS_AGREE, x, y, ACROSS_DOCUMENTS, true);
        }
    }
}
