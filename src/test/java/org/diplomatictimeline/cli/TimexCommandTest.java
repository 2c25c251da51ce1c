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
import org.diplomatictimeline.corpus.format.ReadLimits;
import org.diplomatictimeline.time.NewsTemporalTagger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimexCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<JsonNode> lines() throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                nodes.add(JSON.readTree(line));
            }
        }
        return nodes;
    }

    @Test
    void printsOneJsonObjectPerExpressionWithExactOffsets() throws IOException {
        String text = "Envoys «met» in Geneva on Thursday. They will meet again on 13 May 2019 — for two days.";
        Path file = dir.resolve("a.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);

        int code = run("timex", "--dct", "2019-05-10", file.toString());

        assertThat(code).isZero();
        List<JsonNode> nodes = lines();
        assertThat(nodes).extracting(n -> n.get("text").asText()).containsExactly("Thursday", "13 May 2019",
                "two days");
        assertThat(nodes).extracting(n -> n.get("value").asText()).containsExactly("2019-05-09", "2019-05-13", "P2D");
        assertThat(nodes).extracting(n -> n.get("type").asText()).containsExactly("DATE", "DATE", "DURATION");
        for (JsonNode n : nodes) {
            assertThat(n.get("file").asText()).isEqualTo(file.toString());
            assertThat(text.substring(n.get("start").asInt(), n.get("end").asInt())).isEqualTo(n.get("text").asText());
        }
    }

    @Test
    void modIsPrintedOnlyWhenPresent() throws IOException {
        Path file = dir.resolve("b.txt");
        Files.writeString(file, "Sanctions have applied since 2014. They met in 2015.", StandardCharsets.UTF_8);

        run("timex", file.toString());

        List<JsonNode> nodes = lines();
        assertThat(nodes.get(0).get("mod").asText()).isEqualTo("ON_OR_AFTER");
        assertThat(nodes.get(1).has("mod")).isFalse();
    }

    @Test
    void manifestGivesEachFileItsOwnDocumentDate() throws IOException {
        Files.writeString(dir.resolve("one.txt"), "They met on Monday.", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("two.txt"), "They met on Monday.", StandardCharsets.UTF_8);
        Path manifest = dir.resolve("list.tsv");
        Files.writeString(manifest, "one.txt\t2019-06-05\ntwo.txt\t\n", StandardCharsets.UTF_8);

        int code = run("timex", "--manifest", manifest.toString());

        assertThat(code).isZero();
        assertThat(lines()).extracting(n -> n.get("file").asText() + "=" + n.get("value").asText())
                .containsExactly("one.txt=2019-06-03", "two.txt=XXXX-WXX-1");
    }

    @Test
    void unreadableFileIsNamedAndTheOthersStillRun() throws IOException {
        Path good = dir.resolve("good.txt");
        Files.writeString(good, "They met in 2015.", StandardCharsets.UTF_8);
        Path missing = dir.resolve("missing.txt");

        int code = run("timex", missing.toString(), good.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("missing.txt");
        assertThat(lines()).hasSize(1);
    }

    @Test
    void invalidUtf8IsReportedNotGuessed() throws IOException {
        Path bad = dir.resolve("latin.txt");
        Files.write(bad, new byte[] {'M', 'a', (byte) 0xE9, ' ', '2', '0', '1', '5'});

        int code = run("timex", bad.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("latin.txt").contains("UTF-8");
    }

    @Test
    void badArgumentsExitWithUsageCode() {
        assertThat(run("timex")).isEqualTo(2);
        assertThat(run("timex", "--dct", "13/05/2019", "x.txt")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("13/05/2019");
        assertThat(run("timex", "--bogus")).isEqualTo(2);
    }

    @Test
    @org.junit.jupiter.api.Timeout(60) // before the check, reading a pipe waited for a writer forever
    void aPipeADeviceAndAMissingPathAreNamedAndTheOtherFilesStillRun() throws Exception {
        Path good = dir.resolve("good.txt");
        Files.writeString(good, "They met on 13 May 2019.", StandardCharsets.UTF_8);
        Path fifo = dir.resolve("pipe.txt");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is available");
        List<String> args = new ArrayList<>(List.of("timex", fifo.toString(), dir.resolve("gone.txt").toString()));
        if (Files.exists(Path.of("/dev/zero"))) {
            args.add("/dev/zero");
        }
        args.add(good.toString());

        int code = run(args.toArray(String[]::new));

        assertThat(code).isEqualTo(1);
        String messages = err.toString(StandardCharsets.UTF_8);
        assertThat(messages).contains("pipe.txt: not a regular file", "gone.txt: not found");
        if (args.contains("/dev/zero")) {
            assertThat(messages).contains("/dev/zero: not a regular file");
        }
        assertThat(lines()).extracting(n -> n.get("text").asText()).containsExactly("13 May 2019");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedUnread() throws IOException {
        Path big = dir.resolve("big.txt");
        Files.writeString(big, "On 13 May 2019. ".repeat(200), StandardCharsets.UTF_8);
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);

        int code = new TimexCommand(new NewsTemporalTagger(),
                new ReadLimits(1024, 1024, 1024))
                .run(List.of(big.toString()), new PrintStream(sink, true, StandardCharsets.UTF_8), errStream);

        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("big.txt: too large");
        assertThat(sink.size()).isZero();
    }

    @Test
    void controlCharactersInAFileNameArePrintedEscaped() {
        int code = run("timex", dir.resolve("evil\u001b[2J\u0007.txt").toString());

        assertThat(code).isEqualTo(1);
        String messages = err.toString(StandardCharsets.UTF_8);
        assertThat(messages).contains("evil\\u001b[2J\\u0007.txt").doesNotContain("\u001b", "\u0007");
    }
}
