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
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code chronology} command on the bundled seeds. */
class ChronologyCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of("chronology"));
        all.addAll(List.of(args));
        int code = Main.run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void jsonOfTheSeedsHasDatesOldestFirstAndEveryEventOnceDatedOrUndated() throws IOException {
        Result r = run("--format", "json");

        assertThat(r.code()).as(r.err()).isZero();
        JsonNode root = JSON.readTree(r.out());
        List<String> starts = new ArrayList<>();
        root.get("dates").forEach(d -> starts.add(d.get("events").get(0).get("when").get("earliest").asText()));
        assertThat(starts).isSorted();
        assertThat(root.get("dates").get(0).get("events").get(0).get("citations")).isNotEmpty();
        int shown = 0;
        for (JsonNode d : root.get("dates")) {
            shown += d.get("events").size();
        }
        JsonNode export = JSON.readTree(runExport());
        // The seeds span few dates, so the length chosen for the span shows them all.
        assertThat(shown + root.get("undated").size()).isEqualTo(export.get("events").size());
    }

    @Test
    void datesOptionKeepsThatManyDates() throws IOException {
        Result r = run("--format", "json", "--dates", "2");

        assertThat(JSON.readTree(r.out()).get("dates")).hasSize(2);
        assertThat(JSON.readTree(r.out()).get("about").get("selection").asText())
                .isEqualTo("the 2 most significant dates");
    }

    @Test
    void spanOptionsAcceptYearsAndMonths() throws IOException {
        Result r = run("--format", "json", "--from", "2019-05", "--to", "2019");

        JsonNode about = JSON.readTree(r.out()).get("about");
        assertThat(about.get("from").asText()).isEqualTo("2019-05-01");
        assertThat(about.get("to").asText()).isEqualTo("2019-12-31");
    }

    @ParameterizedTest
    @ValueSource(strings = {"md", "html", "csv", "ics", "timelinejs", "json", "pdf"})
    void writesEachFormatToAFile(String format, @TempDir Path dir) throws IOException {
        Path target = dir.resolve("chronology." + format);

        Result r = run("--format", format, "--out", target.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.size(target)).isPositive();
        if (format.equals("pdf")) {
            try (PDDocument doc = Loader.loadPDF(target.toFile())) {
                assertThat(new PDFTextStripper().getText(doc)).contains("Chronology", "Page 1 of");
            }
        } else {
            assertThat(Files.readString(target, StandardCharsets.UTF_8)).contains("Kremlin");
        }
    }

    @Test
    void formatFollowsTheFileSuffixWhenNotGiven(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("brief.html");

        assertThat(run("--out", target.toString()).code()).isZero();
        assertThat(Files.readString(target)).startsWith("<!DOCTYPE html>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--dates 0", "--dates 2 --events 3", "--format doc", "--from 2019-13", "--format pdf",
            "--from 2019-06-01 --to 2019-05-01", "--bogus x"})
    void badArgumentsExitWithUsageError(String args) {
        Result r = run(args.split(" "));

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("chronology: ");
    }

    private static String runExport() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Main.run(List.of("export"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }
}
