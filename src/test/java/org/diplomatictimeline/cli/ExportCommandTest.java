package org.diplomatictimeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.corpus.CorpusReader;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed events, checked through the JSON the {@code export} command prints. */
class ExportCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonNode export;
    private static Corpus seeds;

    @BeforeAll
    static void exportTheSeeds() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(List.of("export"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        export = JSON.readTree(out.toString(StandardCharsets.UTF_8));
        seeds = CorpusReader.bundledSeeds();
    }

    private static List<JsonNode> events(Predicate<JsonNode> filter) {
        List<JsonNode> found = new ArrayList<>();
        export.get("events").forEach(e -> {
            if (filter.test(e)) {
                found.add(e);
            }
        });
        return found;
    }

    private static boolean hasParticipant(JsonNode event, String name) {
        for (JsonNode p : event.get("participants")) {
            if (p.get("name").asText().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> evidenceDocuments(JsonNode event) {
        List<String> docs = new ArrayList<>();
        event.get("evidence").forEach(e -> {
            if (!docs.contains(e.get("document").asText())) {
                docs.add(e.get("document").asText());
            }
        });
        return docs;
    }

    private static String seedId(String prefix) {
        return seeds.documents().stream().map(Document::id).filter(id -> id.startsWith(prefix)).findFirst()
                .orElseThrow();
    }

    @Test
    void lavrovAndWangYiTalkInSochiOnMay13WithAnInferredYear() {
        List<JsonNode> talks = events(e -> hasParticipant(e, "Sergey Lavrov") && hasParticipant(e, "Wang Yi")
                && List.of("TALKS", "MEETING").contains(e.get("kind").asText()));

        assertThat(talks).singleElement().satisfies(e -> {
            assertThat(e.get("when").get("start").asText()).isEqualTo("2019-05-13");
            assertThat(e.get("when").get("precision").asText()).isEqualTo("day");
            assertThat(e.get("when").get("basis").asText()).isEqualTo("inferred");
            assertThat(e.get("when").get("reason").asText()).contains("inferred");
            assertThat(e.get("place").asText()).isEqualTo("Sochi");
            assertThat(e.get("title").asText()).isEqualTo("Talks: Sergey Lavrov – Wang Yi, Sochi");
        });
    }

    @Test
    void xiJinpingsVisitToMoscowIsOneEventOnJune5WithEvidenceInBothSeeds() {
        List<JsonNode> visits = events(e -> hasParticipant(e, "Xi Jinping")
                && List.of("VISIT", "TALKS", "MEETING").contains(e.get("kind").asText()));

        assertThat(visits).singleElement().satisfies(e -> {
            assertThat(e.get("when").get("start").asText()).isEqualTo("2019-06-05");
            assertThat(e.get("when").get("precision").asText()).isEqualTo("day");
            assertThat(hasParticipant(e, "Vladimir Putin")).isTrue();
            assertThat(e.get("title").asText()).contains("Xi Jinping").contains("Moscow");
            assertThat(evidenceDocuments(e)).containsExactlyInAnyOrder(seedId("000"), seedId("001"));
            assertThat(e.get("evidence").findValuesAsText("text"))
                    .anyMatch(t -> t.contains("preparing Chinese President Xi Jinping’s visit to Russia"))
                    .anyMatch(t -> t.contains("the meeting at the Kremlin on Wednesday"));
        });
    }

    @Test
    void theEconomicForumInStPetersburgFollowsTheMoscowVisitInJune() {
        List<JsonNode> forums = events(e -> e.get("kind").asText().equals("FORUM"));

        assertThat(forums).singleElement().satisfies(e -> {
            assertThat(e.get("title").asText()).isEqualTo("St. Petersburg International Economic Forum");
            assertThat(e.get("when").get("modifier").asText()).isEqualTo("AFTER");
            assertThat(e.get("when").get("earliest").asText()).isEqualTo("2019-06-05");
            assertThat(e.get("when").get("latest").asText()).isEqualTo("2019-06-30");
            assertThat(e.get("when").get("precision").asText()).isEqualTo("month");
            assertThat(e.get("status").asText()).isEqualTo("PLANNED");
        });
    }

    @Test
    void theSeventiethAnniversaryOfChinaRussiaRelationsIsIn2019WithEvidenceInBothSeeds() {
        List<JsonNode> anniversaries = events(e -> e.get("kind").asText().equals("ANNIVERSARY"));

        assertThat(anniversaries).singleElement().satisfies(e -> {
            assertThat(e.get("title").asText()).isEqualTo("70th anniversary of China–Russia diplomatic relations");
            assertThat(e.get("when").get("start").asText()).isEqualTo("2019");
            assertThat(e.get("when").get("precision").asText()).isEqualTo("year");
            assertThat(evidenceDocuments(e)).containsExactlyInAnyOrder(seedId("000"), seedId("001"));
        });
    }

    @Test
    void theUndatedSeedGetsAnInferredDateWithAReason() {
        JsonNode doc001 = null;
        for (JsonNode d : export.get("documents")) {
            if (d.get("id").asText().equals(seedId("001"))) {
                doc001 = d;
            }
        }

        assertThat(doc001).isNotNull();
        assertThat(doc001.get("date").asText()).startsWith("2019-05");
        assertThat(doc001.get("dateInferred").asBoolean()).isTrue();
        assertThat(doc001.get("dateSource").asText()).isNotEqualTo("header");
        assertThat(doc001.get("dateReason").asText()).contains("anniversary");
    }

    @Test
    void statementsKeepTheirOwnDateApartFromWhatTheyAnnounce() {
        List<JsonNode> statements = events(e -> e.get("kind").asText().equals("STATEMENT")
                && hasParticipant(e, "Russia") && e.get("when").get("modifier").asText().equals("NONE"));

        assertThat(statements).isNotEmpty();
        assertThat(statements).allSatisfy(s -> assertThat(s.get("when").get("start").asText())
                .isNotEqualTo("2019-05-13"));
    }

    @Test
    void theChineseForeignMinistrysAnnouncementIsAStatementOfItsOwnDay() {
        // "The Chinese Foreign Ministry said on Wednesday that Wang's visit, which will start on May 12, will ...
        // celebrate the 70th anniversary": the announcement of a coming visit, dated by its own words, is news even
        // though its sentence also names the (happened) anniversary.
        assertThat(events(e -> e.get("kind").asText().equals("STATEMENT")
                && hasParticipant(e, "Foreign Ministry of China")))
                .singleElement().satisfies(s -> {
                    assertThat(s.get("when").get("start").asText()).isEqualTo("2019-05-08");
                    assertThat(evidenceDocuments(s)).containsExactly(seedId("001"));
                });
    }

    @Test
    void sanctionsKeepHonestPrecision() {
        assertThat(events(e -> e.get("kind").asText().equals("SANCTION")
                && e.get("when").get("start").asText().equals("2014")))
                .singleElement().satisfies(e -> assertThat(e.get("when").get("precision").asText()).isEqualTo("year"));
        assertThat(events(e -> e.get("kind").asText().equals("SANCTION")
                && e.get("when").get("start").asText().equals("2018-11")))
                .singleElement().satisfies(e -> assertThat(e.get("when").get("precision").asText()).isEqualTo("month"));
    }

    @Test
    void everyEvidenceTextIsExactlyItsSpanOfTheDocument() {
        for (JsonNode e : export.get("events")) {
            for (JsonNode ev : e.get("evidence")) {
                String text = seeds.document(ev.get("document").asText()).orElseThrow().text();
                assertThat(text.substring(ev.get("start").asInt(), ev.get("end").asInt()))
                        .isEqualTo(ev.get("text").asText());
            }
        }
    }

    @Test
    void documentsCarryTheContractFields() {
        for (JsonNode d : export.get("documents")) {
            assertThat(d.has("id") && d.has("source") && d.has("title") && d.has("date") && d.has("dateSource"))
                    .isTrue();
        }
        for (JsonNode e : export.get("events")) {
            assertThat(List.of("id", "title", "type", "when", "place", "participants", "topics", "evidence"))
                    .allMatch(e::has);
        }
    }

    @Test
    void eventsAreTypedByTheBriefingsCategoryWithTheFineKindBeside() {
        for (JsonNode e : export.get("events")) {
            EventType kind = EventType.valueOf(e.get("kind").asText());
            assertThat(e.get("type").asText()).isEqualTo(kind.category().word());
        }
        assertThat(events(e -> e.get("kind").asText().equals("TALKS")))
                .allMatch(e -> e.get("type").asText().equals("talks"));
    }

    @Test
    void writesToAFileWithOutAndFailsClearlyOnBadInput(@TempDir Path dir) throws IOException {
        Path article = dir.resolve("a.txt");
        Files.writeString(article, " date 2020-02-11 The foreign ministers of Peru and Chile met in Lima on Monday.");
        Path target = dir.resolve("out.json");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

        assertThat(Main.run(List.of("export", article.toString(), "--out", target.toString()), sink, errStream))
                .isZero();
        assertThat(JSON.readTree(target.toFile()).get("documents")).hasSize(1);

        assertThat(Main.run(List.of("export", dir.resolve("missing.txt").toString()), sink, errStream)).isNotZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("missing.txt");
        assertThat(Main.run(List.of("export", "--out"), sink, errStream)).isEqualTo(2);
        assertThat(Main.run(List.of("export", article.toString(), "--out", article.toString()), sink, errStream))
                .isEqualTo(2);
        assertThat(Files.readString(article)).startsWith(" date 2020-02-11 The foreign ministers");
        assertThat(Main.run(List.of("export", "--bogus"), sink, errStream)).isEqualTo(2);
    }
}
