package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.extract.MergeFixtures.ADA;
import static org.diplomatictimeline.extract.MergeFixtures.BEN;
import static org.diplomatictimeline.extract.MergeFixtures.KENYA;
import static org.diplomatictimeline.extract.MergeFixtures.NAIROBI;
import static org.diplomatictimeline.extract.MergeFixtures.SWEDEN;
import static org.diplomatictimeline.extract.MergeFixtures.UNDATED;
import static org.diplomatictimeline.extract.MergeFixtures.UNION;
import static org.diplomatictimeline.extract.MergeFixtures.day;
import static org.diplomatictimeline.extract.MergeFixtures.month;
import static org.diplomatictimeline.model.EventType.FORUM;
import static org.diplomatictimeline.model.EventType.MEETING;
import static org.diplomatictimeline.model.EventType.SUMMIT;

import java.util.List;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.extract.MergeFixtures.Report;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.ParticipantKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Within one article, the sentences that speak of "the summit" each name the few of its many leaders they are about;
 * they tell of one gathering unless the article tells them apart by name, by the body that holds them or by date.
 * The people, places and sentences are written for this test.
 */
class OneGatheringPerArticleTest {

    private static final Participant NORTH = new Participant("org:north-league", "North League",
            ParticipantKind.ORGANISATION, "", "");

    private static Report article(EventType type, EventDate when) {
        return Report.of("a", "2022-03-08", type, when);
    }

    private static Report undatedArticle(EventType type) {
        return Report.of("u", null, type, UNDATED);
    }

    @Test
    void undatedReportsOfTheSummitNamingOtherLeadersAreOneSummit() {
        List<EventMention> told = List.of(
                undatedArticle(SUMMIT).with(KENYA).at(NAIROBI).mention(1),
                undatedArticle(SUMMIT).with(ADA).mention(2),
                undatedArticle(SUMMIT).with(SWEDEN, BEN).mention(3));

        assertThat(new EventMerger().merge(told)).singleElement()
                .satisfies(e -> assertThat(e.participants()).contains(KENYA, ADA, SWEDEN, BEN));
    }

    @Test
    void aSummitAheadOfItsDayAndTheSummitOnItsDayAreOne() {
        List<EventMention> told = List.of(
                article(SUMMIT, day("2022-03-12")).with(ADA).at(NAIROBI).named("Lakes Summit").mention(1),
                article(SUMMIT, month("2022-03")).with(BEN).at(NAIROBI).named("Lakes Summit").mention(2),
                article(FORUM, UNDATED).with(SWEDEN).mention(3));

        assertThat(new EventMerger().merge(told)).singleElement()
                .satisfies(e -> assertThat(e.when().value()).isEqualTo("2022-03-12"));
    }

    @Test
    void summitsOfTwoNamesOrTwoBodiesOrTwoDaysStayApart() {
        assertThat(new EventMerger().merge(List.of(
                article(SUMMIT, UNDATED).with(ADA).named("Lakes Summit").mention(1),
                article(SUMMIT, UNDATED).with(BEN).named("Coast Summit").mention(2)))).hasSize(2);
        assertThat(new EventMerger().merge(List.of(
                article(SUMMIT, UNDATED).with(ADA, UNION).mention(1),
                article(SUMMIT, UNDATED).with(BEN, NORTH).mention(2)))).hasSize(2);
        assertThat(new EventMerger().merge(List.of(
                article(SUMMIT, day("2022-03-02")).with(ADA).mention(1),
                article(SUMMIT, day("2022-03-05")).with(BEN).mention(2)))).hasSize(2);
    }

    @Test
    void twoMeetingsOfOtherPeopleStayTwo() {
        assertThat(new EventMerger().merge(List.of(
                article(MEETING, UNDATED).with(ADA).mention(1),
                article(MEETING, UNDATED).with(BEN).mention(2)))).hasSize(2);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Leaders of the region opened their summit in Nairobi. Kenya was represented at the summit by its "
                + "foreign minister. The summit agenda includes the border dispute. UN Secretary-General Ada Lind "
                + "also takes part in the summit.",
        "Los líderes de la región inauguraron su cumbre en Nairobi. Kenia estuvo representada en la cumbre "
                + "por su canciller. La agenda de la cumbre incluye la disputa fronteriza. La secretaria general de la "
                + "ONU, Ada Lind, también participa en la cumbre."
    })
    void theSummitToldSentenceAfterSentenceOfAnUndatedArticleIsOneEvent(String body) {
        List<Event> summits = new EventExtractor().extract(new Corpus(List.of(TestArticles.article("s", body)),
                List.of())).events().stream().filter(e -> e.type() == SUMMIT || e.type() == FORUM).toList();

        assertThat(summits).singleElement();
    }
}
