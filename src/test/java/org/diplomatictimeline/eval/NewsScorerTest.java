package org.diplomatictimeline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.diplomatictimeline.eval.NewsReport.Cause;
import org.diplomatictimeline.eval.NewsReport.Miss;
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
import org.diplomatictimeline.model.Place;
import org.diplomatictimeline.model.PlaceKind;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** The news scorer on an invented gold set and hand-built models: figures, one-to-one matching, causes, merges. */
class NewsScorerTest {

    private static final String GOLD = """
            [
             {"file": "d1.txt", "doc_date": "2030-04-02", "events": [
               {"what": "Okafor visits Lagos", "type": "visit", "date_start": "2030-04-02", "date_basis": "relative",
                "participants": ["Ada Okafor"], "countries": [], "place": "Lagos"},
               {"what": "Okafor talks", "type": "talks", "date_start": "2030-04", "date_basis": "relative",
                "participants": ["Ada Okafor"], "countries": [], "place": null},
               {"what": "Mensah speaks", "type": "statement", "date_start": "2030-04-02", "date_basis": "explicit",
                "participants": ["Ben Mensah"], "countries": [], "place": null}]},
             {"file": "d2.txt", "doc_date": "2030-05-10", "events": [
               {"what": "Accra summit", "type": "summit", "date_start": "2030-05-09", "date_basis": "relative",
                "participants": [], "countries": [], "place": "Accra"},
               {"what": "founding anniversary", "type": "anniversary", "date_start": "1990",
                "date_basis": "explicit", "participants": [], "countries": [], "place": null}]},
             {"file": "d3.txt", "doc_date": null, "events": [
               {"what": "Chen meets", "type": "meeting", "date_start": "2030-06-01", "date_basis": "explicit",
                "participants": ["Chen Wei"], "countries": [], "place": null}]},
             {"file": "d4.txt", "doc_date": "2030-01-01", "events": [
               {"what": "unread", "type": "other", "date_start": "2030-01-01", "date_basis": "explicit",
                "participants": [], "countries": [], "place": null}]}
            ]
            """;

    private static final String MERGE_GOLD = """
            [
             {"file": "d5.txt", "doc_date": "2030-07-01", "events": [
               {"what": "Okafor in Rome", "type": "visit", "date_start": "2030-07-01", "date_basis": "relative",
                "participants": ["Ada Okafor"], "countries": [], "place": "Rome"}]},
             {"file": "d6.txt", "doc_date": "2030-07-01", "events": [
               {"what": "Okafor meets the mayor", "type": "meeting", "date_start": "2030-07-01",
                "date_basis": "relative", "participants": ["Ada Okafor"], "countries": [], "place": null}]},
             {"file": "d7.txt", "doc_date": "2030-07-01", "events": [
               {"what": "Mensah in Oslo", "type": "visit", "date_start": "2030-07-01", "date_basis": "relative",
                "participants": ["Ben Mensah"], "countries": [], "place": "Oslo"}]}
            ]
            """;

    @Test
    void figuresFollowTheScriptsRule() throws Exception {
        NewsReport r = new NewsScorer().score(model(), gold(GOLD));

        assertThat(r.goldEvents()).isEqualTo(7);
        assertThat(r.found()).isEqualTo(2);
        assertThat(r.exact()).isEqualTo(1);
        // d3 has no gold date; d1 is right, d2 and the unread d4 are wrong.
        assertThat(r.docDatesRight()).isEqualTo(1);
        assertThat(r.docDatesKnown()).isEqualTo(3);
        assertThat(r.matchedExtracted()).isEqualTo(2);
        assertThat(r.extractedInGold()).isEqualTo(4);
        assertThat(NewsReport.twoDecimals(r.recall())).isEqualTo("0.29");
    }

    @Test
    void everyMissHasItsCause() throws Exception {
        NewsReport r = new NewsScorer().score(model(), gold(GOLD));

        assertThat(r.misses()).extracting(m -> m.gold().what(), Miss::cause).containsExactly(
                Tuple.tuple("Okafor talks", Cause.ANSWER_TAKEN),
                Tuple.tuple("Mensah speaks", Cause.NO_SHARED_PARTICIPANT_OR_PLACE),
                Tuple.tuple("Accra summit", Cause.DOCUMENT_DATE_WRONG),
                Tuple.tuple("Chen meets", Cause.NO_EVENT_IN_ARTICLE),
                Tuple.tuple("unread", Cause.ARTICLE_NOT_READ));
        assertThat(r.misses().get(0).detail()).contains("Okafor visits Lagos");
        assertThat(r.misses().get(2).detail()).contains("document date 2030-05-11, gold 2030-05-10", "2030-05-10");
    }

    @Test
    void undatedOrOffDateRelatedEventsAreToldApart() throws Exception {
        NewsGold gold = gold("""
                [{"file": "d1.txt", "doc_date": "2030-04-02", "events": [
                  {"what": "a", "type": "visit", "date_start": "2030-04-02", "date_basis": "relative",
                   "participants": ["Ada Okafor"], "countries": [], "place": null},
                  {"what": "b", "type": "visit", "date_start": "2030-04-02", "date_basis": "relative",
                   "participants": ["Ben Mensah"], "countries": [], "place": null},
                  {"what": "c", "type": "visit", "date_start": "2030-04-02", "date_basis": "relative",
                   "participants": ["Chen Wei"], "countries": [], "place": null}]}]
                """);
        Event undated = event("u", EventType.VISIT, EventDate.unknown("none"), null, List.of(person("Ada Okafor")),
                "d1");
        Event offDate = event("o", EventType.VISIT, day("2030-03-30"), null, List.of(person("Ben Mensah")), "d1");

        NewsReport r = new NewsScorer().score(new EventModel(List.of(document("d1", "2030-04-02")),
                List.of(undated, offDate)), gold);

        assertThat(r.misses()).extracting(Miss::cause).containsExactly(Cause.UNDATED, Cause.DATE_INCOMPATIBLE,
                Cause.NOTHING_RELATED);
        assertThat(r.misses().get(1).detail()).contains("2030-03-30");
    }

    @Test
    void eventsAnsweringNoGoldEventAreListedAsSecondAnswersOrAsAnsweringNone() throws Exception {
        NewsGold gold = gold("""
                [{"file": "d1.txt", "doc_date": "2030-04-02", "events": [
                  {"what": "a", "type": "visit", "date_start": "2030-04-02", "date_basis": "relative",
                   "participants": ["Ada Okafor"], "countries": [], "place": null}]}]
                """);
        Event first = event("first", EventType.VISIT, day("2030-04-02"), null, List.of(person("Ada Okafor")), "d1");
        Event second = event("second", EventType.VISIT, day("2030-04-02"), null, List.of(person("Ada Okafor")),
                "d1");
        Event other = event("other", EventType.MEETING, day("2030-05-01"), null, List.of(person("Chen Wei")), "d1");

        NewsReport r = new NewsScorer().score(new EventModel(List.of(document("d1", "2030-04-02")),
                List.of(first, second, other)), gold);

        assertThat(r.unanswered()).extracting(u -> u.event().id(), NewsReport.Unanswered::isSecondAnswer)
                .containsExactly(Tuple.tuple("second", true), Tuple.tuple("other", false));
        assertThat(r.unanswered().get(0).alsoAnswers().what()).isEqualTo("a");
        assertThat(r.extractedInGold() - r.matchedExtracted()).isEqualTo(r.unanswered().size());
    }

    @Test
    void anEventWithTheExactDateIsTriedBeforeAFinerOne() throws Exception {
        NewsGold gold = gold("""
                [{"file": "d1.txt", "doc_date": "2030-04-02", "events": [
                  {"what": "month", "type": "visit", "date_start": "2030-04", "date_basis": "explicit",
                   "participants": ["Ada Okafor"], "countries": [], "place": null}]}]
                """);
        Event finer = event("finer", EventType.VISIT, day("2030-04-01"), null, List.of(person("Ada Okafor")), "d1");
        Event month = event("month", EventType.VISIT, new EventDate("2030-04", null, DatePrecision.MONTH,
                DateModifier.NONE, DateBasis.STATED, new DateSpan(LocalDate.parse("2030-04-01"),
                LocalDate.parse("2030-04-30")), ""), null, List.of(person("Ada Okafor")), "d1");

        NewsReport r = new NewsScorer().score(new EventModel(List.of(document("d1", "2030-04-02")),
                List.of(finer, month)), gold);

        assertThat(r.found()).isEqualTo(1);
        assertThat(r.exact()).isEqualTo(1);
    }

    @Test
    void breakdownsCountPerBasisTypeAndLanguage() throws Exception {
        NewsReport r = new NewsScorer().score(model(), gold(GOLD));

        assertThat(r.byBasis().get("relative")).isEqualTo(new NewsReport.Tally(1, 3, 1, 0, 0));
        assertThat(r.byBasis().get("explicit")).isEqualTo(new NewsReport.Tally(1, 4, 0, 0, 0));
        assertThat(r.byType().get("anniversary")).isEqualTo(new NewsReport.Tally(1, 1, 0, 0, 0));
        assertThat(r.byLanguage()).containsOnlyKeys(NewsScorer.UNDETERMINED);
        assertThat(r.byLanguage().get(NewsScorer.UNDETERMINED)).isEqualTo(new NewsReport.Tally(2, 7, 1, 1, 3));
    }

    @Test
    void crossArticleEventsAreMergeErrorsUnlessEachArticleReportsTheSameOccasion() throws Exception {
        Event sameOccasion = event("same", EventType.VISIT, day("2030-07-01"), null, List.of(person("Ada Okafor")),
                "d5", "d6");
        Event differentOccasions = event("diff", EventType.VISIT, day("2030-07-01"), null,
                List.of(person("Ada Okafor"), person("Ben Mensah")), "d5", "d7");
        Event answersNothing = event("none", EventType.MEETING, day("2030-08-01"), null,
                List.of(person("Ada Okafor")), "d5", "d6");
        EventModel model = new EventModel(List.of(document("d5", "2030-07-01"), document("d6", "2030-07-01"),
                document("d7", "2030-07-01")), List.of(sameOccasion, differentOccasions, answersNothing));

        NewsReport r = new NewsScorer().score(model, gold(MERGE_GOLD));

        assertThat(r.crossArticle()).isEqualTo(3);
        assertThat(r.mergeErrors()).extracting(m -> m.event().id()).containsExactlyInAnyOrder("diff", "none");
        assertThat(r.mergeErrors()).filteredOn(m -> m.event().id().equals("diff")).singleElement()
                .satisfies(m -> assertThat(m.why()).contains("different occasions"));
        assertThat(r.mergeErrors()).filteredOn(m -> m.event().id().equals("none")).singleElement()
                .satisfies(m -> assertThat(m.why()).contains("d5", "d6"));
    }

    private static NewsGold gold(String json) throws Exception {
        return new NewsGoldReader().parse(new ObjectMapper().readTree(json));
    }

    /** d1 right-dated, d2 a day late, d3 undated; no d4. */
    private static EventModel model() {
        List<DocumentInfo> docs = new ArrayList<>(List.of(document("d1", "2030-04-02"), document("d2", "2030-05-11"),
                new DocumentInfo("d3", "/news/d3.md", "", DocumentDate.unknown("none"))));
        Place lagos = new Place("city:lagos", "Lagos", PlaceKind.CITY, "NG");
        Place accra = new Place("city:accra", "Accra", PlaceKind.CITY, "GH");
        List<Event> events = List.of(
                event("e1", EventType.VISIT, day("2030-04-02"), lagos, List.of(person("Ada Okafor")), "d1"),
                event("e2", EventType.OTHER, day("2030-04-02"), null, List.of(person("Carla Ruiz")), "d1"),
                event("e3", EventType.SUMMIT, day("2030-05-10"), accra, List.of(), "d2"),
                event("e4", EventType.ANNIVERSARY, new EventDate("1990-06", null, DatePrecision.MONTH,
                        DateModifier.NONE, DateBasis.STATED, new DateSpan(LocalDate.parse("1990-06-01"),
                        LocalDate.parse("1990-06-30")), ""), null, List.of(), "d2"));
        return new EventModel(docs, events);
    }

    /** The one place that builds a document, so a new DocumentInfo field changes one line here. */
    private static DocumentInfo document(String id, String date) {
        return new DocumentInfo(id, "/news/" + id + ".md", "", new DocumentDate(date, DatePrecision.DAY,
                DateSource.BYLINE, 0.9, "", null, false));
    }

    private static Participant person(String name) {
        return new Participant("person:" + name.toLowerCase().replace(' ', '-'), name, ParticipantKind.PERSON, "", "");
    }

    private static EventDate day(String iso) {
        return new EventDate(iso, null, DatePrecision.DAY, DateModifier.NONE, DateBasis.STATED,
                DateSpan.ofDay(LocalDate.parse(iso)), "");
    }

    private static Event event(String id, EventType type, EventDate when, Place place, List<Participant> who,
                               String... documents) {
        List<Evidence> evidence = Arrays.stream(documents).map(d -> new Evidence(d, 0, 1, "x")).toList();
        return new Event(id, id, type, EventStatus.HAPPENED, when, place, who, List.of(), evidence, 0.8);
    }
}
