package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.extract.MergeFixtures.ADA;
import static org.diplomatictimeline.extract.MergeFixtures.BEN;
import static org.diplomatictimeline.extract.MergeFixtures.KENYA;
import static org.diplomatictimeline.extract.MergeFixtures.SWEDEN;
import static org.diplomatictimeline.extract.MergeFixtures.UNDATED;
import static org.diplomatictimeline.extract.MergeFixtures.day;
import static org.diplomatictimeline.extract.MergeFixtures.month;
import static org.diplomatictimeline.extract.MergeRule.Scope.ACROSS_DOCUMENTS;
import static org.diplomatictimeline.extract.MergeRule.Scope.SAME_DOCUMENT;
import static org.diplomatictimeline.model.EventType.MEETING;
import static org.diplomatictimeline.model.EventType.TALKS;
import static org.diplomatictimeline.model.EventType.VISIT;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.extract.MergeFixtures.Report;
import org.diplomatictimeline.extract.MergeRule.Scope;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.ParticipantKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One host's meetings of one day with partners of different countries are distinct occasions, even where each
 * partner is named only by his country; two reports of one pair stay one whatever countries they add. Invented
 * people and sentences.
 */
class DistinctPartnersApartTest {

    /** A Kenyan host: Kenya is his own country, not a partner's. */
    private static final Participant KENYAN = new Participant("person:omar-kibet", "Omar Kibet",
            ParticipantKind.PERSON, "President", "KE");
    private static final Participant FINLAND = new Participant("country:FI", "Finland", ParticipantKind.COUNTRY,
            "", "FI");

    private static Report a(EventType type, EventDate when) {
        return Report.of("a", "2022-03-08", type, when);
    }

    static Stream<Arguments> partners() {
        return Stream.of(
                arguments("one host, a Kenyan and a Swedish partner on one day", SAME_DOCUMENT,
                        a(MEETING, day("2022-03-07")).with(ADA, KENYA), a(MEETING, day("2022-03-07")).with(ADA, SWEDEN),
                        false),
                arguments("one host, an undated second meeting with another country", SAME_DOCUMENT,
                        a(MEETING, day("2022-03-07")).with(ADA, KENYA), a(TALKS, UNDATED).with(ADA, SWEDEN), false),
                arguments("the host's own country is no partner", SAME_DOCUMENT,
                        a(MEETING, day("2022-03-07")).with(KENYAN, SWEDEN), a(MEETING, day("2022-03-07"))
                                .with(KENYAN, KENYA), true),
                arguments("a partner named by person and by country", SAME_DOCUMENT,
                        a(MEETING, day("2022-03-07")).with(KENYAN, ADA, SWEDEN), a(MEETING, day("2022-03-07"))
                                .with(KENYAN, FINLAND, SWEDEN), true),
                arguments("one pair, each report adding a country of its own", SAME_DOCUMENT,
                        a(MEETING, day("2022-03-07")).with(ADA, BEN, SWEDEN), a(MEETING, day("2022-03-07"))
                                .with(ADA, BEN, FINLAND), true),
                arguments("a visit and a meeting are not two sittings of this kind", SAME_DOCUMENT,
                        a(VISIT, day("2022-03-07")).with(ADA, KENYA), a(MEETING, day("2022-03-07")).with(ADA, SWEDEN),
                        true),
                arguments("meetings of one month tell no sitting apart", SAME_DOCUMENT,
                        a(MEETING, month("2022-03")).with(ADA, KENYA), a(MEETING, day("2022-03-07")).with(ADA, SWEDEN),
                        true),
                arguments("across articles other rules decide", ACROSS_DOCUMENTS,
                        a(MEETING, day("2022-03-07")).with(ADA, KENYA), a(MEETING, day("2022-03-07")).with(ADA, SWEDEN),
                        true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void partners(String why, Scope scope, Report x, Report y, boolean allowed) {
        assertThat(MergeRule.DISTINCT_PARTNERS_APART.allows(x.cluster(), y.cluster(), scope)).isEqualTo(allowed);
        assertThat(MergeRule.DISTINCT_PARTNERS_APART.allows(y.cluster(), x.cluster(), scope)).as("symmetric")
                .isEqualTo(allowed);
    }

    static Stream<Arguments> oneHostsDay() {
        return Stream.of(
                arguments("English", "2022-03-08", "President Ada Lind held a series of meetings on Monday. Her first"
                        + " meeting was with the Kenyan delegation. Ada Lind also met the Swedish delegation on Monday."),
                arguments("French", "2022-03-08", "La présidente Ada Lind a rencontré lundi la délégation kényane."
                        + " Ada Lind a également rencontré lundi la délégation suédoise."),
                arguments("Spanish", "2022-03-08", "La presidenta Ada Lind se reunió el lunes con la delegación de"
                        + " Kenia. Ada Lind también se reunió el lunes con la delegación de Suecia."),
                arguments("German", "2022-03-08", "Präsidentin Ada Lind traf am Montag die kenianische Delegation."
                        + " Ada Lind traf am Montag auch die schwedische Delegation."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void oneHostsDay(String language, String docDate, String body) {
        List<Event> meetings = new EventExtractor().extract(new Corpus(List.of(TestArticles.withHeader("e", docDate,
                body)), List.of())).events().stream().filter(e -> e.type() == MEETING).toList();

        assertThat(meetings).hasSize(2).allSatisfy(e -> assertThat(e.participants().stream()
                .filter(p -> p.kind() == ParticipantKind.COUNTRY)).hasSize(1));
    }
}
