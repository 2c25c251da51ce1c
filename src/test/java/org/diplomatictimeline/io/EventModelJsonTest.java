package org.diplomatictimeline.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.corpus.LoadProblem;
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
import org.junit.jupiter.api.Test;

class EventModelJsonTest {

    private static JsonNode write(Corpus corpus, EventModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EventModelJson.write(corpus, model, out);
        return new ObjectMapper().readTree(out.toByteArray());
    }

    @Test
    void aPostponedEventIsExportedWithItsOwnStatus() throws IOException {
        Event summit = new Event("ev-2", "Summit, Accra", EventType.SUMMIT, EventStatus.POSTPONED,
                EventDate.unknown("no date in the text"), null, List.of(), List.of(),
                List.of(new Evidence("a", 4, 10, "summit")), 0.4);
        DocumentDate date = new DocumentDate("2025-12-05", DatePrecision.DAY, DateSource.HEADER, 1.0, "header",
                null, false);
        EventModel model = new EventModel(List.of(new DocumentInfo("a", "a.txt", "Title", date)), List.of(summit));

        JsonNode json = write(new Corpus(List.of(), List.of()), model);

        assertThat(json.get("events").get(0).get("status").asText()).isEqualTo("POSTPONED");
    }

    @Test
    void writesTheExportContractWithDatesAtTheirPrecision() throws IOException {
        DocumentDate inferred = new DocumentDate("2021-03-16", DatePrecision.DAY, DateSource.TEXT, 0.55,
                "'said on Tuesday' before 'March 22'", "2021-03-01", true);
        EventDate range = new EventDate("2021-03-22", "2021-03-23", DatePrecision.DAY, DateModifier.NONE,
                DateBasis.INFERRED, new DateSpan(LocalDate.of(2021, 3, 22), LocalDate.of(2021, 3, 23)), "two days");
        Event visit = new Event("ev-1", "Visit: Ana Costa to Brazil (Brasilia)", EventType.VISIT, EventStatus.PLANNED,
                range, new Place("city:brasilia", "Brasilia", PlaceKind.CITY, "BR"),
                List.of(new Participant("person:ana-costa", "Ana Costa", ParticipantKind.PERSON, "Foreign Minister",
                        "PT")), List.of("Trade"), List.of(new Evidence("a", 3, 8, "visit")), 0.7);
        EventModel model = new EventModel(List.of(new DocumentInfo("a", "a.txt", "Title", inferred)), List.of(visit));
        Corpus corpus = new Corpus(List.of(), List.of(new LoadProblem("b.bin", "binary file", true)));

        JsonNode json = write(corpus, model);

        JsonNode doc = json.get("documents").get(0);
        assertThat(doc.get("date").asText()).isEqualTo("2021-03-16");
        assertThat(doc.get("dateSource").asText()).isEqualTo("text");
        assertThat(doc.get("dateConflict").asBoolean()).isTrue();
        assertThat(doc.get("headerDate").asText()).isEqualTo("2021-03-01");
        JsonNode event = json.get("events").get(0);
        assertThat(event.get("when").get("start").asText()).isEqualTo("2021-03-22");
        assertThat(event.get("when").get("end").asText()).isEqualTo("2021-03-23");
        assertThat(event.get("when").get("precision").asText()).isEqualTo("range");
        assertThat(event.get("when").get("basis").asText()).isEqualTo("inferred");
        assertThat(event.get("place").asText()).isEqualTo("Brasilia");
        assertThat(event.get("participants").get(0).get("role").asText()).isEqualTo("Foreign Minister");
        assertThat(event.get("evidence").get(0).get("text").asText()).isEqualTo("visit");
        assertThat(json.get("problems").get(0).get("source").asText()).isEqualTo("b.bin");
    }

    @Test
    void aDocumentsLanguageIsWrittenAndNullWhenNotIdentified() throws IOException {
        EventModel model = new EventModel(List.of(
                new DocumentInfo("a", "a.txt", "", DocumentDate.unknown("none"), "fr"),
                new DocumentInfo("b", "b.txt", "", DocumentDate.unknown("none"))), List.of());

        JsonNode docs = write(new Corpus(List.of(), List.of()), model).get("documents");

        assertThat(docs.get(0).get("language").asText()).isEqualTo("fr");
        assertThat(docs.get(1).get("language").isNull()).isTrue();
    }

    @Test
    void eachEventCarriesItsWeightAndTheReasonForIt() throws IOException {
        Event talks = new Event("ev-3", "Talks: Ana Costa", EventType.TALKS, EventStatus.HAPPENED,
                EventDate.unknown("none"), null, List.of(new Participant("person:ana-costa", "Ana Costa",
                ParticipantKind.PERSON, "Foreign Minister", "PT")), List.of(),
                List.of(new Evidence("a", 0, 5, "talks"), new Evidence("b", 0, 5, "talks")), 0.5);
        EventModel model = new EventModel(List.of(
                new DocumentInfo("a", "https://www.one.example/x", "", DocumentDate.unknown("none")),
                new DocumentInfo("b", "b.txt", "Talks held - Two Wire", DocumentDate.unknown("none"))),
                List.of(talks));

        JsonNode event = write(new Corpus(List.of(), List.of()), model).get("events").get(0);

        assertThat(event.get("weight").isNumber()).isTrue();
        assertThat(event.get("weight").asDouble()).isPositive();
        assertThat(event.get("weightReason").asText())
                .isEqualTo("reported by 2 articles from 2 outlets; a minister takes part; talks; happened");
    }

    @Test
    void anUnknownDateIsWrittenAsNullsNotGuesses() throws IOException {
        Event undated = new Event("ev-2", "Aid: Chile", EventType.AID, EventStatus.HAPPENED,
                EventDate.unknown("no date in the sentence"), null, List.of(), List.of(), List.of(), 0.5);
        EventModel model = new EventModel(List.of(new DocumentInfo("a", "a.txt", "", DocumentDate.unknown("none"))),
                List.of(undated));

        JsonNode json = write(new Corpus(List.of(), List.of()), model);

        JsonNode when = json.get("events").get(0).get("when");
        assertThat(when.get("start").isNull()).isTrue();
        assertThat(when.get("basis").asText()).isEqualTo("unknown");
        assertThat(json.get("events").get(0).get("place").isNull()).isTrue();
        assertThat(json.get("documents").get(0).get("date").isNull()).isTrue();
        assertThat(json.get("documents").get(0).get("dateSource").asText()).isEqualTo("none");
    }
}
