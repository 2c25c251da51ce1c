package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.extract.MergeFixtures.ADA;
import static org.diplomatictimeline.extract.MergeFixtures.BEN;
import static org.diplomatictimeline.extract.MergeFixtures.CARA;
import static org.diplomatictimeline.extract.MergeFixtures.KENYA_PLACE;
import static org.diplomatictimeline.extract.MergeFixtures.MOMBASA;
import static org.diplomatictimeline.extract.MergeFixtures.NAIROBI;
import static org.diplomatictimeline.extract.MergeFixtures.UNDATED;
import static org.diplomatictimeline.extract.MergeFixtures.day;
import static org.diplomatictimeline.extract.MergeFixtures.days;
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
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.ParticipantKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Distinct occasions stay distinct: "the next round" is not the one already held, a visit's programme meetings are
 * items of their own, and an official met in his own capital is no proof that two articles tell one occasion.
 * Invented people and sentences.
 */
class OccasionsApartTest {

    /** A Kenyan minister: Nairobi is her own capital. */
    private static final Participant KENYAN = new Participant("person:eva-kamau", "Eva Kamau",
            ParticipantKind.PERSON, "Foreign Minister", "KE");
    private static final String NEXT = MultiDayOccasion.NEXT_PREFIX + "a:40";

    private static Report in(String doc, EventType type, EventDate when) {
        return Report.of(doc, doc.equals("u") ? null : "2022-03-08", type, when);
    }

    private static void check(MergeRule rule, Report x, Report y, Scope scope, boolean allowed) {
        assertThat(rule.allows(x.cluster(), y.cluster(), scope)).isEqualTo(allowed);
        assertThat(rule.allows(y.cluster(), x.cluster(), scope)).as("symmetric").isEqualTo(allowed);
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                arguments(MergeRule.NEXT_ROUND_NOT_A_DONE_ONE, "the next round and talks held before, one article",
                        in("a", TALKS, UNDATED).with(ADA, BEN).keyed(NEXT).planned(),
                        in("a", TALKS, UNDATED).with(ADA, BEN), SAME_DOCUMENT, false),
                arguments(MergeRule.NEXT_ROUND_NOT_A_DONE_ONE, "the next round and what it will do, one article",
                        in("a", TALKS, UNDATED).with(ADA, BEN).keyed(NEXT).planned(),
                        in("a", TALKS, UNDATED).with(ADA).planned(), SAME_DOCUMENT, true),
                arguments(MergeRule.NEXT_ROUND_NOT_A_DONE_ONE, "the second round told as held, and its next day",
                        in("a", TALKS, day("2022-03-07")).with(ADA, BEN).keyed(NEXT),
                        in("a", TALKS, day("2022-03-08")).with(ADA, BEN), SAME_DOCUMENT, true),
                arguments(MergeRule.NEXT_ROUND_NOT_A_DONE_ONE, "an undated next round and another article's talks",
                        in("u", TALKS, UNDATED).with(ADA, BEN).keyed(NEXT).planned(),
                        in("b", TALKS, day("2022-03-07")).with(ADA, BEN), ACROSS_DOCUMENTS, false),
                arguments(MergeRule.NEXT_ROUND_NOT_A_DONE_ONE, "a dated next round and the report of that day",
                        in("a", TALKS, day("2022-03-20")).with(ADA, BEN).keyed(NEXT).planned(),
                        in("b", TALKS, day("2022-03-20")).with(ADA, BEN), ACROSS_DOCUMENTS, true),
                arguments(MergeRule.PROGRAMME_MEETINGS_APART, "a three-day visit and the host's reception in it",
                        in("a", VISIT, days("2022-04-11", "2022-04-13")).with(ADA),
                        in("a", MEETING, days("2022-04-11", "2022-04-13")).with(ADA, CARA), SAME_DOCUMENT, false),
                arguments(MergeRule.PROGRAMME_MEETINGS_APART, "a three-day visit and the meeting it will hold",
                        in("a", VISIT, days("2022-04-11", "2022-04-13")).with(ADA).planned(),
                        in("a", MEETING, days("2022-04-11", "2022-04-13")).with(ADA, CARA).planned(), SAME_DOCUMENT,
                        true),
                arguments(MergeRule.PROGRAMME_MEETINGS_APART, "a three-day visit and a bare \"talks\" in it",
                        in("a", VISIT, days("2022-04-11", "2022-04-13")).with(ADA),
                        in("a", TALKS, days("2022-04-11", "2022-04-13")).with(ADA), SAME_DOCUMENT, true),
                arguments(MergeRule.PROGRAMME_MEETINGS_APART, "one article's visit and another's meeting",
                        in("a", VISIT, days("2022-04-11", "2022-04-13")).with(ADA),
                        in("b", MEETING, days("2022-04-11", "2022-04-13")).with(ADA, CARA), ACROSS_DOCUMENTS, true),
                arguments(MergeRule.UNDATED_ARTICLE_AGREES_FULLY, "the one person named, in another's capital",
                        in("u", MEETING, UNDATED).with(ADA).at(NAIROBI),
                        in("b", MEETING, day("2022-03-07")).with(ADA).at(NAIROBI), ACROSS_DOCUMENTS, true),
                arguments(MergeRule.UNDATED_ARTICLE_AGREES_FULLY, "the one person named, at home in her capital",
                        in("u", MEETING, UNDATED).with(KENYAN).at(NAIROBI),
                        in("b", MEETING, day("2022-03-07")).with(KENYAN).at(NAIROBI), ACROSS_DOCUMENTS, false),
                arguments(MergeRule.UNDATED_ARTICLE_AGREES_FULLY, "two people named, at home",
                        in("u", MEETING, UNDATED).with(KENYAN, ADA).at(NAIROBI),
                        in("b", MEETING, day("2022-03-07")).with(ADA, KENYAN).at(NAIROBI), ACROSS_DOCUMENTS, true));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void rules(MergeRule rule, String why, Report x, Report y, Scope scope, boolean allowed) {
        check(rule, x, y, scope, allowed);
    }

    static Stream<Arguments> peopleAtHome() {
        return Stream.of(
                arguments("a Kenyan in Nairobi", in("a", MEETING, UNDATED).with(KENYAN).at(NAIROBI), true),
                arguments("a Kenyan in Nairobi and Mombasa", in("a", MEETING, UNDATED).with(KENYAN).at(NAIROBI, MOMBASA),
                        true),
                arguments("a Kenyan and a guest of no known country", in("a", MEETING, UNDATED).with(KENYAN, ADA)
                        .at(KENYA_PLACE), false),
                arguments("a person of no known country", in("a", MEETING, UNDATED).with(ADA).at(NAIROBI), false),
                arguments("no place", in("a", MEETING, UNDATED).with(KENYAN), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void peopleAtHome(String why, Report report, boolean atHome) {
        assertThat(ClusterRelations.peopleAtHome(report.cluster())).isEqualTo(atHome);
    }

    private static List<Event> events(String docDate, String body) {
        return new EventExtractor().extract(new Corpus(List.of(TestArticles.withHeader("e", docDate, body)),
                List.of())).events();
    }

    @Test
    void aHostsReceptionDuringAVisitOfSeveralDaysIsAnEventDatedByTheVisit() {
        List<Event> events = events("2022-05-15", "President Ada Lind paid a state visit to Sweden from 12 to 14 May."
                + " Prime Minister Tomas Berg hosted a reception for President Ada Lind.");

        assertThat(events).anySatisfy(e -> assertThat(e.type()).isEqualTo(EventType.VISIT));
        assertThat(events).filteredOn(e -> e.type() != EventType.VISIT && e.type() != EventType.STATEMENT)
                .anySatisfy(e -> {
                    assertThat(e.participants()).extracting(Participant::name).contains("Tomas Berg");
                    // on some day of the visit, not its first: the month, the span the visit's days (decision 0099)
                    assertThat(e.when().value()).isEqualTo("2022-05");
                    assertThat(e.when().span()).hasToString("DateSpan[first=2022-05-12, last=2022-05-14]");
                });
    }

    @Test
    void theNextRoundIsNotTheTalksHeldBefore() {
        List<Event> events = events("2022-05-15", "Kenyan Foreign Minister Eva Kamau said she would hold the next"
                + " round of talks with her Swedish counterpart Tomas Berg in Nairobi soon. Previously, Eva Kamau and"
                + " Tomas Berg held talks in Nairobi through the mediation of Secretary of State Ada Lind.");

        assertThat(events).filteredOn(e -> e.status() == EventStatus.PLANNED).isNotEmpty()
                .allSatisfy(e -> assertThat(e.evidence()).noneMatch(v -> v.text().startsWith("Previously")));
    }
}
