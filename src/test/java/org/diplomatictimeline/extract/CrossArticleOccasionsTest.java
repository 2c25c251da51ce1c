package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.extract.MergeFixtures.a;
import static org.diplomatictimeline.extract.MergeFixtures.assertAllows;
import static org.diplomatictimeline.extract.MergeFixtures.b;
import static org.diplomatictimeline.extract.MergeFixtures.country;
import static org.diplomatictimeline.extract.MergeFixtures.undatedArticle;
import static org.diplomatictimeline.extract.MergeFixtures.UNDATED;
import static org.diplomatictimeline.extract.MergeFixtures.day;
import static org.diplomatictimeline.extract.MergeFixtures.month;
import static org.diplomatictimeline.extract.MergeFixtures.person;
import static org.diplomatictimeline.extract.MergeFixtures.year;
import static org.diplomatictimeline.extract.MergeRule.Scope.ACROSS_DOCUMENTS;
import static org.diplomatictimeline.extract.MergeRule.Scope.SAME_DOCUMENT;
import static org.diplomatictimeline.model.EventType.AGREEMENT;
import static org.diplomatictimeline.model.EventType.ANNIVERSARY;
import static org.diplomatictimeline.model.EventType.MEETING;
import static org.diplomatictimeline.model.EventType.TALKS;
import static org.diplomatictimeline.model.EventType.VISIT;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.diplomatictimeline.extract.MergeFixtures.Report;
import org.diplomatictimeline.extract.MergeRule.Scope;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.Place;
import org.diplomatictimeline.model.PlaceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules that keep two articles' different occasions apart when they share a person, a coarse date or an
 * ordinal: counterparts, undated reports against coarse dates, anniversaries that name nothing, and undated
 * articles that agree only in part. Invented people and countries throughout.
 */
class CrossArticleOccasionsTest {

    private static final Participant VELA = person("tomas-vela", "Tomas Vela", "AR");
    private static final Participant VELA_SHORT = person("vela", "Vela", "AR");
    private static final Participant IRUNE = person("irune-sal", "Irune Sal", "CL");
    private static final Participant OKAFOR = person("ngozi-okafor", "Ngozi Okafor", "NG");
    private static final Participant RIIS = person("lene-riis", "Lene Riis", "DK");
    private static final Participant MOTA = person("ana-mota", "Ana Mota", "PT");
    private static final Participant ARCE = person("jon-arce", "Jon Arce", "ES");
    private static final Participant ARGENTINA = country("AR", "Argentina");
    private static final Participant CHILE = country("CL", "Chile");
    private static final Participant NIGERIA = country("NG", "Nigeria");
    private static final Participant DENMARK = country("DK", "Denmark");
    private static final Participant GHANA = country("GH", "Ghana");
    private static final Place SANTIAGO = new Place("city:santiago", "Santiago", PlaceKind.CITY, "CL");
    private static final Place ACCRA = new Place("city:accra", "Accra", PlaceKind.CITY, "GH");
    private static final Place LAGOS = new Place("city:lagos", "Lagos", PlaceKind.CITY, "NG");

    private static Arguments row(String why, Report x, Report y, Scope scope, boolean allowed) {
        return arguments(why, x, y, scope, allowed);
    }

    static Stream<Arguments> counterpartsAgree() {
        EventDate march = month("2022-03");
        return Stream.of(
                row("one minister's talks with one country and his trip to two others in the same month",
                        a(TALKS, march).with(VELA, ARGENTINA, CHILE), b(VISIT, march).with(VELA, NIGERIA, GHANA),
                        ACROSS_DOCUMENTS, false),
                row("a pact with one country and talks with another's minister",
                        a(AGREEMENT, day("2022-03-07")).with(OKAFOR, NIGERIA, DENMARK),
                        b(AGREEMENT, month("2022-03")).with(OKAFOR, MOTA), ACROSS_DOCUMENTS, false),
                row("a counterpart told by the place alone", a(VISIT, march).with(VELA).at(SANTIAGO),
                        b(TALKS, march).with(VELA, NIGERIA), ACROSS_DOCUMENTS, false),
                row("the same counterpart, once as a country, once by its minister",
                        a(VISIT, march).with(VELA, CHILE), b(TALKS, march).with(VELA, IRUNE), ACROSS_DOCUMENTS, true),
                row("the counterpart's capital and its country", a(VISIT, march).with(VELA).at(ACCRA),
                        b(VISIT, march).with(VELA, GHANA, NIGERIA), ACROSS_DOCUMENTS, true),
                row("the shared person's own country is no counterpart", a(VISIT, march).with(VELA, ARGENTINA),
                        b(VISIT, march).with(VELA, ARGENTINA, GHANA), ACROSS_DOCUMENTS, true),
                row("one side names no counterpart", a(VISIT, march).with(VELA),
                        b(VISIT, march).with(VELA, GHANA), ACROSS_DOCUMENTS, true),
                row("two people in common are one pair's occasion whatever else each adds",
                        a(MEETING, march).with(VELA, IRUNE, NIGERIA), b(MEETING, march).with(VELA, IRUNE, DENMARK),
                        ACROSS_DOCUMENTS, true),
                row("within one article the article's own coreference decides",
                        a(TALKS, march).with(VELA, CHILE), a(VISIT, march).with(VELA, GHANA), SAME_DOCUMENT, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void counterpartsAgree(String why, Report x, Report y, Scope scope, boolean allowed) {
        assertAllows(MergeRule.COUNTERPARTS_AGREE, x, y, scope, allowed);
    }

    static Stream<Arguments> undatedReportAndCoarseDate() {
        return Stream.of(
                row("an undated report and an earlier meeting known only by its year",
                        a(VISIT, UNDATED).planned().with(VELA), b(MEETING, year(2022)).with(VELA, IRUNE),
                        ACROSS_DOCUMENTS, false),
                row("an undated report and an event of its month", a(VISIT, UNDATED).with(VELA),
                        b(VISIT, month("2022-03")).with(VELA), ACROSS_DOCUMENTS, true),
                row("an undated report and a year-dated occasion both name",
                        a(MEETING, UNDATED).keyed("text:the lake accord"),
                        b(MEETING, year(2022)).keyed("text:the lake accord"), ACROSS_DOCUMENTS, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void undatedReportAndCoarseDate(String why, Report x, Report y, Scope scope, boolean allowed) {
        assertAllows(MergeRule.UNDATED_ONLY_NEAR_ITS_REPORT, x, y, scope, allowed);
    }

    static Stream<Arguments> anniversaries() {
        EventDate y = year(2022);
        return Stream.of(
                row("two anniversaries whose words name nothing commemorated", a(ANNIVERSARY, y).keyed("text:"),
                        b(ANNIVERSARY, y).keyed("text:"), ACROSS_DOCUMENTS, false),
                row("within one article \"the anniversary\" again", a(ANNIVERSARY, y).keyed("text:"),
                        a(ANNIVERSARY, y).keyed("text:"), SAME_DOCUMENT, true),
                row("the same thing commemorated", a(ANNIVERSARY, y).keyed("text:the founding of the league"),
                        b(ANNIVERSARY, y).keyed("text:the founding of the league"), ACROSS_DOCUMENTS, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void anniversaries(String why, Report x, Report y, Scope scope, boolean allowed) {
        assertAllows(MergeRule.OCCASION_KEYS_AGREE, x, y, scope, allowed);
    }

    static Stream<Arguments> undatedArticleAgreesFully() {
        EventDate d = day("2022-03-07");
        return Stream.of(
                row("two of four leaders in common", undatedArticle(MEETING, UNDATED).with(VELA, IRUNE, OKAFOR, RIIS),
                        b(MEETING, d).with(VELA, IRUNE, MOTA, ARCE), ACROSS_DOCUMENTS, false),
                row("the pair, but the undated report's city the other does not name",
                        undatedArticle(MEETING, UNDATED).with(VELA, IRUNE).at(LAGOS), b(TALKS, d).with(VELA, IRUNE),
                        ACROSS_DOCUMENTS, false),
                row("the pair in the same city", undatedArticle(MEETING, UNDATED).with(VELA, IRUNE).at(LAGOS),
                        b(MEETING, d).with(VELA, IRUNE).at(LAGOS), ACROSS_DOCUMENTS, true),
                row("the pair, no place on either side", undatedArticle(MEETING, UNDATED).with(VELA, IRUNE),
                        b(MEETING, d).with(VELA, IRUNE), ACROSS_DOCUMENTS, true),
                row("one person under two names is not two in common",
                        undatedArticle(MEETING, UNDATED).with(VELA, VELA_SHORT, OKAFOR),
                        b(MEETING, d).with(VELA, RIIS, MOTA), ACROSS_DOCUMENTS, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void undatedArticleAgreesFully(String why, Report x, Report y, Scope scope, boolean allowed) {
        assertAllows(MergeRule.UNDATED_ARTICLE_AGREES_FULLY, x, y, scope, allowed);
    }

    @Test
    void twoNameFormsOfOnePersonAreOnePersonInCommon() {
        Set<String> oneSide = Set.of("person:tomas-vela", "person:vela", "person:ngozi-okafor");
        Set<String> otherSide = Set.of("person:tomas-vela", "person:lene-riis", "person:ana-mota");

        assertThat(ArgumentAgreement.sharedPeople(oneSide, otherSide)).isEqualTo(2);
        assertThat(ArgumentAgreement.distinctSharedPeople(oneSide, otherSide)).isEqualTo(1);
        assertThat(ArgumentAgreement.distinctSharedPeople(Set.of("person:tomas-vela", "person:irune-sal"),
                Set.of("person:vela", "person:irune-sal"))).isEqualTo(2);
    }

    @Test
    void oneMinistersTwoTripsInOneMonthStayTwoEventsAcrossArticles() {
        EventMention talks = a(TALKS, month("2022-03")).with(VELA, ARGENTINA, CHILE).mention(1);
        EventMention visit = b(VISIT, UNDATED).planned().with(VELA, ARGENTINA, NIGERIA).mention(1);

        List<List<Integer>> groups = new EventMerger().group(List.of(talks, visit));

        assertThat(groups).containsExactlyInAnyOrder(List.of(0), List.of(1));
    }
}
