package org.diplomatictimeline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.diplomatictimeline.eval.AcceptanceReport.Outcome;
import org.diplomatictimeline.model.DateBasis;
import org.diplomatictimeline.model.DateModifier;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.DateSource;
import org.diplomatictimeline.model.DateSpan;
import org.diplomatictimeline.model.DocumentDate;
import org.diplomatictimeline.model.DocumentInfo;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventModel;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Evidence;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.ParticipantKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The scorer's judgement of dates, types, actors, merging and forbidden dates on hand-built models. */
class AcceptanceScorerTest {

    private static final String ANSWERS = """
            {"articles": [
              {"file": "d1", "documentDate": {"value": "2021-05-19", "precision": "day", "stated": true},
               "events": [{"id": "talks", "types": ["TALKS"], "countries": ["EG", "IN"], "date": "%s", "end": %s,
                           "precision": "day", "status": "HAPPENED", "sameAs": ["talks2"]}]},
              {"file": "d2", "documentDate": {"value": null, "stated": false},
               "events": [{"id": "talks2", "types": ["TALKS"], "people": ["Sameh Shoukry"], "date": "2021-05",
                           "precision": "month", "status": "HAPPENED", "sameAs": ["talks"]}]}
            ],
            "mustNotMerge": [],
            "forbidden": [{"file": "d1", "types": [], "date": "2021-04", "why": "boilerplate month"}]}
            """;

    @ParameterizedTest(name = "reader {0}..{1}, extracted {2}..{3} -> {4}")
    @CsvSource({
        "2021-05-18, ,           2021-05-18, 2021-05-18, FOUND",
        "2021-05,    ,           2021-05-18, 2021-05-18, FOUND",
        "2021-05-18, ,           2021-05-01, 2021-05-31, WRONG_PRECISION",
        "2021-05-18, 2021-05-20, 2021-05-18, 2021-05-18, WRONG_PRECISION",
        "2021-05-18, 2021-05-20, 2021-05-18, 2021-05-20, FOUND",
        "2021-05-18, ,           2021-05-19, 2021-05-19, WRONG_DATE",
        "2021-05-18, ,           2021-05-18, 2021-05-20, FOUND",
        "2021-05-19, ,           2021-05-18, 2021-05-20, WRONG_PRECISION",
    })
    void datesAreJudgedAtTheReadersPrecision(String date, String end, LocalDate first, LocalDate last,
                                             Outcome expected) throws Exception {
        ExpectedSet answers = answers(date, end);
        String value = first.equals(last) ? first.toString()
                : first.getDayOfMonth() == 1 && last.equals(first.withDayOfMonth(first.lengthOfMonth()))
                ? first.toString().substring(0, 7) : first.toString();
        String endValue = first.equals(last) || value.length() == 7 ? null : last.toString();
        DatePrecision precision = value.length() == 7 ? DatePrecision.MONTH : DatePrecision.DAY;
        Event talks = event("e1", EventType.TALKS, "d1", new EventDate(value, endValue, precision, DateModifier.NONE,
                DateBasis.STATED, new DateSpan(first, last), ""), country("EG"));

        AcceptanceReport report = new AcceptanceScorer().score(model(talks), answers);

        assertThat(report.eventResults().get(0).outcome()).isEqualTo(expected);
    }

    @Test
    void undatedEventWhereTheReaderHasADateIsAWrongDate() throws Exception {
        Event talks = event("e1", EventType.TALKS, "d1", EventDate.unknown("none"), country("IN"));

        AcceptanceReport report = new AcceptanceScorer().score(model(talks), answers("2021-05-18", null));

        assertThat(report.eventResults().get(0).outcome()).isEqualTo(Outcome.WRONG_DATE);
    }

    @Test
    void eventOfAnotherTypeIsNoEventAndCountsAsUnexpected() throws Exception {
        Event visit = event("e1", EventType.VISIT, "d1", day("2021-05-18"), country("IN"));

        AcceptanceReport report = new AcceptanceScorer().score(model(visit), answers("2021-05-18", null));

        assertThat(report.eventResults().get(0).outcome()).isEqualTo(Outcome.NO_EVENT);
        assertThat(report.extras()).extracting(AcceptanceReport.Extra::kind)
                .containsExactly(AcceptanceReport.ExtraKind.UNEXPECTED);
    }

    @Test
    void sameEventInTwoArticlesIsMergedOnlyWhenOneExtractedEventCarriesBoth() throws Exception {
        Event merged = event("e1", EventType.TALKS, "d1", day("2021-05-18"), country("EG"), shoukry())
                .withEvidence(List.of(evidence("d1"), evidence("d2")));
        Event one = event("e1", EventType.TALKS, "d1", day("2021-05-18"), country("EG"));
        Event other = event("e2", EventType.TALKS, "d2", day("2021-05-18"), shoukry());

        AcceptanceReport together = new AcceptanceScorer().score(model(merged), answers("2021-05-18", null));
        AcceptanceReport apart = new AcceptanceScorer().score(model(one, other), answers("2021-05-18", null));

        assertThat(together.sameEventMerges()).singleElement().satisfies(m -> assertThat(m.correct()).isTrue());
        assertThat(apart.sameEventMerges()).singleElement().satisfies(m -> {
            assertThat(m.checkable()).isTrue();
            assertThat(m.merged()).isFalse();
        });
    }

    @Test
    void aDayInsideAForbiddenMonthIsAViolation() throws Exception {
        Event talks = event("e1", EventType.TALKS, "d1", day("2021-04-14"), country("EG"));

        AcceptanceReport report = new AcceptanceScorer().score(model(talks), answers("2021-05-18", null));

        assertThat(report.violations()).singleElement().satisfies(v -> assertThat(v.rule().date()).isEqualTo("2021-04"));
    }

    @Test
    void documentWithoutADateIsRightWhenTheReaderHasNoneEither() throws Exception {
        AcceptanceReport report = new AcceptanceScorer().score(model(), answers("2021-05-18", null));

        assertThat(report.articles().get(1).documentDate().correct()).isTrue();
        assertThat(report.articles().get(0).documentDate().correct()).isTrue();
    }

    private static ExpectedSet answers(String date, String end) throws Exception {
        String json = ANSWERS.formatted(date, end == null ? "null" : "\"" + end + "\"");
        return new ExpectedSetReader().parse(new ObjectMapper().readTree(json));
    }

    private static EventModel model(Event... events) {
        List<DocumentInfo> docs = new ArrayList<>();
        docs.add(new DocumentInfo("d1", "d1.txt", "", new DocumentDate("2021-05-19", DatePrecision.DAY,
                DateSource.BYLINE, 0.9, "", null, false)));
        docs.add(new DocumentInfo("d2", "d2.txt", "", DocumentDate.unknown("none")));
        return new EventModel(docs, List.of(events));
    }

    private static Event event(String id, EventType type, String doc, EventDate when, Participant... who) {
        return new Event(id, id, type, EventStatus.HAPPENED, when, null, List.of(who), List.of(),
                List.of(evidence(doc)), 0.5);
    }

    private static Evidence evidence(String doc) {
        return new Evidence(doc, 0, 5, "talks");
    }

    private static EventDate day(String value) {
        return new EventDate(value, null, DatePrecision.DAY, DateModifier.NONE, DateBasis.STATED,
                DateSpan.ofDay(LocalDate.parse(value)), "");
    }

    private static Participant country(String code) {
        return new Participant("country:" + code, code, ParticipantKind.COUNTRY, "", code);
    }

    private static Participant shoukry() {
        return new Participant("person:sameh-shoukry", "Sameh Shoukry", ParticipantKind.PERSON, "Foreign Minister", "EG");
    }
}
