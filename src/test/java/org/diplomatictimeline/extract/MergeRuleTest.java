package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.extract.MergeFixtures.a;
import static org.diplomatictimeline.extract.MergeFixtures.assertAllows;
import static org.diplomatictimeline.extract.MergeFixtures.b;
import static org.diplomatictimeline.extract.MergeFixtures.undatedArticle;
import static org.diplomatictimeline.extract.MergeFixtures.ADA;
import static org.diplomatictimeline.extract.MergeFixtures.BEN;
import static org.diplomatictimeline.extract.MergeFixtures.CARA;
import static org.diplomatictimeline.extract.MergeFixtures.KENYA;
import static org.diplomatictimeline.extract.MergeFixtures.KENYA_PLACE;
import static org.diplomatictimeline.extract.MergeFixtures.MOMBASA;
import static org.diplomatictimeline.extract.MergeFixtures.NAIROBI;
import static org.diplomatictimeline.extract.MergeFixtures.ODUYA;
import static org.diplomatictimeline.extract.MergeFixtures.SWEDEN;
import static org.diplomatictimeline.extract.MergeFixtures.UNDATED;
import static org.diplomatictimeline.extract.MergeFixtures.UNION;
import static org.diplomatictimeline.extract.MergeFixtures.day;
import static org.diplomatictimeline.extract.MergeFixtures.days;
import static org.diplomatictimeline.extract.MergeFixtures.decade;
import static org.diplomatictimeline.extract.MergeFixtures.month;
import static org.diplomatictimeline.extract.MergeFixtures.year;
import static org.diplomatictimeline.extract.MergeRule.Scope.ACROSS_DOCUMENTS;
import static org.diplomatictimeline.extract.MergeRule.Scope.SAME_DOCUMENT;
import static org.diplomatictimeline.model.EventType.AGREEMENT;
import static org.diplomatictimeline.model.EventType.ANNIVERSARY;
import static org.diplomatictimeline.model.EventType.FORUM;
import static org.diplomatictimeline.model.EventType.MEETING;
import static org.diplomatictimeline.model.EventType.OTHER;
import static org.diplomatictimeline.model.EventType.SANCTION;
import static org.diplomatictimeline.model.EventType.STATEMENT;
import static org.diplomatictimeline.model.EventType.SUMMIT;
import static org.diplomatictimeline.model.EventType.TALKS;
import static org.diplomatictimeline.model.EventType.VISIT;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.diplomatictimeline.extract.MergeFixtures.Report;
import org.diplomatictimeline.extract.MergeRule.Scope;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each merge rule on its own, as a table: two reports, in one article or two, and whether the rule allows one event. */
class MergeRuleTest {

    private static Arguments row(String why, Report x, Report y, Scope scope, boolean allowed) {
        return arguments(why, x, y, scope, allowed);
    }

    static Stream<Arguments> typesAgree() {
        return Stream.of(
                row("meeting and talks", a(MEETING, day("2022-03-07")), b(TALKS, day("2022-03-07")), ACROSS_DOCUMENTS,
                        true),
                row("forum and summit", a(FORUM, day("2022-03-07")), b(SUMMIT, day("2022-03-07")), ACROSS_DOCUMENTS,
                        true),
                row("visit and summit across articles", a(VISIT, day("2022-03-07")), b(SUMMIT, day("2022-03-07")),
                        ACROSS_DOCUMENTS, false),
                row("visit and summit in one article", a(VISIT, day("2022-03-07")), a(SUMMIT, day("2022-03-07")),
                        SAME_DOCUMENT, true),
                row("meeting and agreement", a(MEETING, day("2022-03-07")), b(AGREEMENT, day("2022-03-07")),
                        ACROSS_DOCUMENTS, false),
                row("forum and meeting", a(FORUM, day("2022-03-07")), b(MEETING, day("2022-03-07")), SAME_DOCUMENT,
                        false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void typesAgree(String why, Report x, Report y, Scope scope, boolean allowed) {
        assertAllows(MergeRule.TYPES_AGREE, x, y, scope, allowed);
    }

    static Stream<Arguments> datesAgree() {
        return Stream.of(
                row("the same day", a(MEETING, day("2022-03-07")), b(MEETING, day("2022-03-07")), ACROSS_DOCUMENTS,
                        true),
                row("two different days", a(MEETING, day("2022-03-07")), b(MEETING, day("2022-03-09")),
                        ACROSS_DOCUMENTS, false),
                row("a day inside its month", a(MEETING, day("2022-03-07")), b(MEETING, month("2022-03")),
                        ACROSS_DOCUMENTS, true),
                row("a day outside the month", a(MEETING, day("2022-04-07")), b(MEETING, month("2022-03")),
                        ACROSS_DOCUMENTS, false),
                row("a day inside a visit's days", a(VISIT, day("2022-03-08")),
                        b(VISIT, days("2022-03-07", "2022-03-09")), ACROSS_DOCUMENTS, true),
                row("a year across articles, no occasion named", a(MEETING, day("2022-03-07")),
                        b(MEETING, year(2022)), ACROSS_DOCUMENTS, false),
                row("two years across articles, no occasion named", a(FORUM, year(2022)), b(FORUM, year(2022)),
                        ACROSS_DOCUMENTS, false),
                row("a day inside its year within one article", a(MEETING, day("2022-03-07")),
                        a(MEETING, year(2022)), SAME_DOCUMENT, true),
                row("a decade across articles, no occasion named", a(MEETING, day("2022-03-07")),
                        b(MEETING, decade(2020)), ACROSS_DOCUMENTS, false),
                row("a decade within one article", a(MEETING, day("2022-03-07")), a(MEETING, decade(2020)),
                        SAME_DOCUMENT, true),
                row("an undated side is left to the undated rules", a(MEETING, day("2022-03-07")),
                        b(MEETING, UNDATED), ACROSS_DOCUMENTS, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void datesAgree(String why, Report x, Report y, Scope scope, boolean allowed) {
        assertAllows(MergeRule.DATES_AGREE, x, y, scope, allowed);
    }

    static Stream<Arguments> undatedOnlyNearItsReport() {
        return Stream.of(
                row("an undated report and an event a week after it was written", a(MEETING, UNDATED),
                        b(MEETING, day("2022-03-15")), ACROSS_DOCUMENTS, true),
                row("an undated report and an event six weeks later", a(MEETING, UNDATED),
                        b(MEETING, day("2022-04-20")), ACROSS_DOCUMENTS, false),
                row("an undated announcement and an event six weeks later", a(MEETING, UNDATED).planned(),
                        b(MEETING, day("2022-04-20")), ACROSS_DOCUMENTS, true),
                row("an undated report and an event the year before", a(MEETING, UNDATED),
                        b(MEETING, year(2021)), ACROSS_DOCUMENTS, false),
                row("an undated article and another article's news", undatedArticle(MEETING, UNDATED),
                        b(MEETING, day("2022-03-08")), ACROSS_DOCUMENTS, true),
                row("an undated article and another article's history", undatedArticle(MEETING, UNDATED),
                        b(MEETING, year(1959)), ACROSS_DOCUMENTS, false),
                row("two undated reports written a day apart", a(MEETING, UNDATED), b(MEETING, UNDATED),
                        ACROSS_DOCUMENTS, true),
                row("two undated reports written months apart", a(MEETING, UNDATED),
                        Report.of("c", "2022-07-01", MEETING, UNDATED), ACROSS_DOCUMENTS, false),
                row("two undated reports, one from an undated article", undatedArticle(MEETING, UNDATED),
                        b(MEETING, UNDATED), ACROSS_DOCUMENTS, false),
                row("within one article an undated mention may refer to any", a(MEETING, UNDATED),
                        a(MEETING, year(1959)), SAME_DOCUMENT, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void undatedOnlyNearItsReport(String why, Report x, Report y, Scope scope, boolean allowed) {
        assertAllows(MergeRule.UNDATED_ONLY_NEAR_ITS_REPORT, x, y, scope, allowed);
    }

    static Stream<Arguments> undatedArticleAgreesFully() {
        Report dated = b(MEETING, day("2022-03-07")).with(ADA, CARA).at(NAIROBI);
        return Stream.of(
                row("two named people in common", undatedArticle(MEETING, UNDATED).with(ADA, CARA), dated,
                        ACROSS_DOCUMENTS, true),
                row("the one person it names, in the same city", undatedArticle(MEETING, UNDATED).with(ADA)
                        .at(NAIROBI), dated, ACROSS_DOCUMENTS, true),
                row("the one person it names, nowhere", undatedArticle(MEETING, UNDATED).with(ADA), dated,
                        ACROSS_DOCUMENTS, false),
                row("the same two people in another city", undatedArticle(MEETING, UNDATED).with(ADA, CARA)
                        .at(MOMBASA), dated, ACROSS_DOCUMENTS, false),
                row("a dated article's undated report is not concerned", a(MEETING, UNDATED).with(ADA), dated,
                        ACROSS_DOCUMENTS, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void undatedArticleAgreesFully(String why, Report x, Report y, Scope scope, boolean allowed) {
        assertAllows(MergeRule.UNDATED_ARTICLE_AGREES_FULLY, x, y, scope, allowed);
    }

    static Stream<Arguments> coreParticipantsAgree() {
        EventDate d = day("2022-03-07");
        return Stream.of(
                row("one host meeting two different guests", a(MEETING, d).with(ADA, BEN), b(MEETING, d).with(ADA, CARA),
                        ACROSS_DOCUMENTS, false),
                row("the same in one article (one shared actor suffices)", a(MEETING, d).with(ADA, BEN),
                        a(MEETING, d).with(ADA, CARA), SAME_DOCUMENT, true),
                row("both principals and a third", a(MEETING, d).with(ADA, BEN), b(MEETING, d).with(BEN, ADA, CARA),
                        ACROSS_DOCUMENTS, true),
                row("a surname and the full name", a(MEETING, d).with(ADA, ODUYA), b(MEETING, d).with(BEN, ADA),
                        ACROSS_DOCUMENTS, true),
                row("one person named, nothing else shared", a(VISIT, d).with(ADA), b(VISIT, d).with(ADA, BEN),
                        ACROSS_DOCUMENTS, false),
                row("one person named, in the same city", a(VISIT, d).with(ADA).at(NAIROBI),
                        b(VISIT, d).with(ADA, BEN).at(NAIROBI), ACROSS_DOCUMENTS, true),
                row("one person named and the same country", a(VISIT, d).with(ADA, KENYA),
                        b(VISIT, d).with(ADA, BEN, KENYA), ACROSS_DOCUMENTS, true),
                row("the same two countries", a(TALKS, d).with(KENYA, SWEDEN), b(TALKS, d).with(SWEDEN, KENYA),
                        ACROSS_DOCUMENTS, true),
                row("one country, nowhere", a(TALKS, d).with(KENYA), b(TALKS, d).with(KENYA), ACROSS_DOCUMENTS,
                        false),
                row("one country, the same city", a(TALKS, d).with(KENYA).at(NAIROBI),
                        b(TALKS, d).with(KENYA).at(NAIROBI), ACROSS_DOCUMENTS, true),
                row("the same organisation", a(SUMMIT, d).with(UNION), b(SUMMIT, d).with(UNION), ACROSS_DOCUMENTS,
                        true),
                row("no one named, across articles", a(MEETING, d).referringBack(), b(MEETING, d).with(ADA),
                        ACROSS_DOCUMENTS, false),
                row("\"the meeting\" in its own article", a(MEETING, d).referringBack(), a(MEETING, d).with(ADA),
                        SAME_DOCUMENT, true),
                row("sanctions on one named target", a(SANCTION, year(2022)).keyed("target:x").with(KENYA),
                        b(SANCTION, year(2022)).keyed("target:x").with(SWEDEN), ACROSS_DOCUMENTS, true),
                row("an undated report sharing only a country", a(TALKS, UNDATED).with(KENYA, SWEDEN),
                        b(TALKS, d).with(KENYA, SWEDEN), ACROSS_DOCUMENTS, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void coreParticipantsAgree(String why, Report x, Report y, Scope scope, boolean allowed) {
        assertAllows(MergeRule.CORE_PARTICIPANTS_AGREE, x, y, scope, allowed);
    }

    static Stream<Arguments> placesDoNotConflict() {
        EventDate d = day("2022-03-07");
        return Stream.of(
                row("two cities", a(MEETING, d).at(NAIROBI), b(MEETING, d).at(MOMBASA), ACROSS_DOCUMENTS, false),
                row("a city and its country", a(MEETING, d).at(NAIROBI), b(MEETING, d).at(KENYA_PLACE),
                        ACROSS_DOCUMENTS, true),
                row("a city and no place", a(MEETING, d).at(NAIROBI), b(MEETING, d), ACROSS_DOCUMENTS, true),
                row("an anniversary marked in two cities", a(ANNIVERSARY, year(2022)).keyed("k").at(NAIROBI),
                        b(ANNIVERSARY, year(2022)).keyed("k").at(MOMBASA), ACROSS_DOCUMENTS, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void placesDoNotConflict(String why, Report x, Report y, Scope scope, boolean allowed) {
        assertAllows(MergeRule.PLACES_DO_NOT_CONFLICT, x, y, scope, allowed);
    }

    static Stream<Arguments> occasionKeysAgree() {
        EventDate y = year(2022);
        return Stream.of(
                row("the same anniversary", a(ANNIVERSARY, y).keyed("k"), b(ANNIVERSARY, y).keyed("k"),
                        ACROSS_DOCUMENTS, true),
                row("two anniversaries", a(ANNIVERSARY, y).keyed("k"), b(ANNIVERSARY, y).keyed("j"),
                        ACROSS_DOCUMENTS, false),
                row("anniversaries of nothing known", a(ANNIVERSARY, y), b(ANNIVERSARY, y), ACROSS_DOCUMENTS, false),
                row("a sanction on a target and one on none", a(SANCTION, y).keyed("k"), b(SANCTION, y),
                        ACROSS_DOCUMENTS, false),
                row("meetings without keys", a(MEETING, y), b(MEETING, y), ACROSS_DOCUMENTS, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void occasionKeysAgree(String why, Report x, Report y, Scope scope, boolean allowed) {
        assertAllows(MergeRule.OCCASION_KEYS_AGREE, x, y, scope, allowed);
    }

    static Stream<Arguments> numberedOccasionsApart() {
        EventDate d = days("2022-03-07", "2022-03-09");
        return Stream.of(
                row("the 15th and the 16th summit across articles", a(SUMMIT, d).keyed("number:15").with(ADA, BEN),
                        b(SUMMIT, d).keyed("number:16").with(ADA, BEN), ACROSS_DOCUMENTS, false),
                row("the 15th and the 16th summit in one article", a(SUMMIT, d).keyed("number:15"),
                        a(SUMMIT, year(2022)).keyed("number:16"), SAME_DOCUMENT, false),
                row("the 15th summit told twice", a(SUMMIT, d).keyed("number:15"), b(SUMMIT, d).keyed("number:15"),
                        ACROSS_DOCUMENTS, true),
                row("a numbered summit and an unnumbered one", a(SUMMIT, d).keyed("number:15"), b(SUMMIT, d),
                        ACROSS_DOCUMENTS, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void numberedOccasionsApart(String why, Report x, Report y, Scope scope, boolean allowed) {
        assertAllows(MergeRule.NUMBERED_OCCASIONS_APART, x, y, scope, allowed);
    }

    static Stream<Arguments> aSeriesNumberAloneNamesNoOccasion() {
        return Stream.of(
                row("two 43rd summits of a year, nothing else shared", a(SUMMIT, year(2022)).keyed("number:43"),
                        b(SUMMIT, year(2022)).keyed("number:43"), ACROSS_DOCUMENTS, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void aSeriesNumberAloneNamesNoOccasion(String why, Report x, Report y, Scope scope, boolean allowed) {
        assertAllows(MergeRule.DATES_AGREE, x, y, scope, allowed);
    }

    static Stream<Arguments> withinOneArticle() {
        return Stream.of(
                arguments(MergeRule.DISTINCT_PAIRS_APART, "a guest received by two hosts on one day",
                        a(MEETING, day("2022-03-07")).with(ADA, BEN), a(MEETING, day("2022-03-07")).with(ADA, CARA),
                        false),
                arguments(MergeRule.DISTINCT_PAIRS_APART, "the same pair and a third on one day",
                        a(MEETING, day("2022-03-07")).with(ADA, BEN),
                        a(TALKS, day("2022-03-07")).with(BEN, ADA, CARA), true),
                arguments(MergeRule.DISTINCT_PAIRS_APART, "one person named on one side",
                        a(MEETING, day("2022-03-07")).with(ADA), a(MEETING, day("2022-03-07")).with(ADA, CARA),
                        true),
                arguments(MergeRule.DISTINCT_PAIRS_APART, "two pairs in one month",
                        a(MEETING, month("2022-03")).with(ADA, BEN), a(MEETING, month("2022-03")).with(ADA, CARA),
                        true),
                arguments(MergeRule.VISIT_NOT_ONE_OF_ITS_DAYS, "a day's visit and the talks it held",
                        a(VISIT, day("2022-03-07")).with(ADA), a(TALKS, day("2022-03-07")).with(ADA, BEN), false),
                arguments(MergeRule.VISIT_NOT_ONE_OF_ITS_DAYS, "two reports of a day's visit",
                        a(VISIT, day("2022-03-07")).with(ADA), a(VISIT, day("2022-03-07")).with(ADA, BEN), true),
                arguments(MergeRule.VISIT_NOT_ONE_OF_ITS_DAYS, "two reports of a day's talks",
                        a(MEETING, day("2022-03-07")).with(ADA), a(TALKS, day("2022-03-07")).with(ADA, BEN), true));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void withinOneArticle(MergeRule rule, String why, Report x, Report y, boolean allowed) {
        assertAllows(rule, x, y, SAME_DOCUMENT, allowed);
    }

    static Stream<Arguments> smallerRules() {
        return Stream.of(
                arguments(MergeRule.STATEMENTS_ONLY_ON_ONE_DAY, "statements on one day",
                        a(STATEMENT, day("2022-03-07")), b(STATEMENT, day("2022-03-07")), true),
                arguments(MergeRule.STATEMENTS_ONLY_ON_ONE_DAY, "statements in one month",
                        a(STATEMENT, month("2022-03")), b(STATEMENT, month("2022-03")), false),
                arguments(MergeRule.STATEMENTS_ONLY_ON_ONE_DAY, "an undated statement",
                        a(STATEMENT, UNDATED), b(STATEMENT, day("2022-03-07")), false),
                arguments(MergeRule.OTHER_EVENTS_ONLY_BY_NAME, "the same name",
                        a(OTHER, year(2022)).named("Gas Pact"), b(OTHER, year(2022)).named("gas pact"), true),
                arguments(MergeRule.OTHER_EVENTS_ONLY_BY_NAME, "two names",
                        a(OTHER, year(2022)).named("Gas Pact"), b(OTHER, year(2022)).named("Rail Pact"), false),
                arguments(MergeRule.PLANNED_NOT_BEFORE_REPORT, "announced on the 8th, held on the 7th",
                        a(MEETING, UNDATED).planned(), b(MEETING, day("2022-03-07")), false),
                arguments(MergeRule.PLANNED_NOT_BEFORE_REPORT, "announced on the 8th, held on the 12th",
                        a(MEETING, UNDATED).planned(), b(MEETING, day("2022-03-12")), true),
                arguments(MergeRule.VISIT_NOT_ONE_OF_ITS_DAYS, "talks on one day of a visit",
                        a(VISIT, days("2022-03-07", "2022-03-09")), b(TALKS, day("2022-03-08")), false),
                arguments(MergeRule.VISIT_NOT_ONE_OF_ITS_DAYS, "the visit's first day and the visit",
                        a(VISIT, days("2022-03-07", "2022-03-09")), b(VISIT, day("2022-03-07")), true));
    }

    /** Told as coming from a story's past ("she arrived on the 6th ahead of the summit"), in an article of the 8th. */
    static Stream<Arguments> comingInTheStorysPast() {
        return Stream.of(
                row("within an article, coming yet dated before it: the story's past", a(SUMMIT,
                        days("2022-03-06", "2022-03-07")).planned(), a(SUMMIT, day("2022-03-07")), SAME_DOCUMENT,
                        true),
                row("within an article, coming undated and one held before it", a(MEETING, UNDATED).planned(),
                        a(MEETING, day("2022-03-07")), SAME_DOCUMENT, false),
                row("within an article, coming within its month and one held before it",
                        a(MEETING, month("2022-03")).planned(), a(MEETING, day("2022-03-07")), SAME_DOCUMENT, false),
                row("across articles, coming yet dated before its report", a(SUMMIT, day("2022-03-07")).planned(),
                        b(SUMMIT, day("2022-03-07")), ACROSS_DOCUMENTS, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void comingInTheStorysPast(String why, Report x, Report y, Scope scope, boolean allowed) {
        assertAllows(MergeRule.PLANNED_NOT_BEFORE_REPORT, x, y, scope, allowed);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void smallerRules(MergeRule rule, String why, Report x, Report y, boolean allowed) {
        assertAllows(rule, x, y, ACROSS_DOCUMENTS, allowed);
    }

    /** Two triggers of one sentence ("Kenya and Sweden signed the accord on Monday") with one party each. */
    static Stream<Arguments> oneSentenceRepeats() {
        EventDate d = day("2022-03-07");
        return Stream.of(
                arguments("one sentence, same type and day", a(AGREEMENT, d).with(KENYA), a(AGREEMENT, d).with(SWEDEN),
                        true, true),
                arguments("two sentences, same type and day", a(AGREEMENT, d).with(KENYA),
                        a(AGREEMENT, d).with(SWEDEN), false, false),
                arguments("one sentence, two types", a(AGREEMENT, d).with(KENYA), a(SANCTION, d).with(SWEDEN), true,
                        false),
                arguments("one sentence, two days", a(AGREEMENT, d).with(KENYA),
                        a(AGREEMENT, day("2022-03-08")).with(SWEDEN), true, false),
                arguments("one sentence, two speakers", a(STATEMENT, d).with(ADA), a(STATEMENT, d).with(BEN), true,
                        false),
                arguments("one sentence, no date", a(AGREEMENT, UNDATED).with(KENYA),
                        a(AGREEMENT, UNDATED).with(SWEDEN), true, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void oneSentenceRepeats(String why, Report x, Report y, boolean sameSentence, boolean allowed) {
        EventCluster first = new EventCluster(x.mention(1));
        EventCluster second = new EventCluster(y.mention(sameSentence ? 1 : 2));
        assertThat(MergeRule.CORE_PARTICIPANTS_AGREE.allows(first, second, SAME_DOCUMENT)).isEqualTo(allowed);
        assertThat(MergeRule.CORE_PARTICIPANTS_AGREE.allows(second, first, SAME_DOCUMENT)).as("symmetric")
                .isEqualTo(allowed);
        assertThat(MergeRule.CORE_PARTICIPANTS_AGREE.allows(first, second, ACROSS_DOCUMENTS)).as("across articles")
                .isFalse();
    }

    @org.junit.jupiter.api.Test
    void aLaterSentenceJoinsTwoClustersOfOneSigning() {
        EventDate d = day("2022-03-07");
        // "Kenya signed ..." / "Sweden signed ..." / "Kenya's signing with Sweden ..." (the last two one sentence)
        EventMention kenya = a(AGREEMENT, d).with(KENYA).mention(1);
        EventMention sweden = a(AGREEMENT, d).with(SWEDEN).mention(2);
        EventMention both = a(AGREEMENT, d).with(KENYA).mention(2);
        assertThat(new EventMerger().merge(List.of(kenya, sweden, both))).hasSize(1);
        assertThat(new EventMerger().merge(List.of(kenya, sweden))).as("told apart").hasSize(2);
    }

    static Stream<Arguments> bareTalks() {
        EventDate d = day("2022-03-07");
        return Stream.of(
                row("a bare day's talks and the article's undated meeting", a(TALKS, d), a(MEETING, UNDATED)
                        .with(ADA, BEN), SAME_DOCUMENT, true),
                row("a bare day's talks and a meeting that day", a(TALKS, d), a(MEETING, d).with(ADA, BEN),
                        SAME_DOCUMENT, true),
                row("a bare day's talks and a meeting another day", a(TALKS, d),
                        a(MEETING, day("2022-03-01")).with(ADA, BEN), SAME_DOCUMENT, false),
                row("bare talks over a month", a(TALKS, month("2022-03")), a(MEETING, UNDATED).with(ADA, BEN),
                        SAME_DOCUMENT, false),
                row("bare talks in a city", a(TALKS, d).at(NAIROBI), a(MEETING, UNDATED).with(ADA, BEN),
                        SAME_DOCUMENT, false),
                row("a bare day's talks and an undated visit", a(TALKS, d), a(VISIT, UNDATED).with(ADA),
                        SAME_DOCUMENT, false),
                row("bare talks across articles", a(TALKS, d), b(MEETING, UNDATED).with(ADA, BEN),
                        ACROSS_DOCUMENTS, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void bareTalks(String why, Report x, Report y, Scope scope, boolean allowed) {
        assertAllows(MergeRule.CORE_PARTICIPANTS_AGREE, x, y, scope, allowed);
    }
}
