package org.diplomatictimeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The eval-news command: its report on a tiny invented folder and its messages for bad arguments. */
class EvalNewsCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void scoresAFolderAndPrintsTheScriptsLineThenTheBreakdowns(@TempDir Path dir) throws Exception {
        Path articles = Files.createDirectory(dir.resolve("articles"));
        Files.writeString(articles.resolve("n1.txt"), " date 2030-04-02 Nigeria and Ghana held talks in Accra on "
                + "Tuesday about trade.\n");
        Path gold = dir.resolve("gold.json");
        Files.writeString(gold, """
                [{"file": "n1.txt", "doc_date": "2030-04-02", "events": [
                  {"what": "talks", "type": "talks", "date_start": "2030-04-01", "date_basis": "relative",
                   "participants": [], "countries": ["Nigeria", "Ghana"], "place": "Accra"}]},
                 {"file": "n2.txt", "doc_date": "2030-04-03", "events": []}]
                """);

        int code = run(articles.toString(), gold.toString());

        assertThat(code).isZero();
        assertThat(text(out)).contains("  relative: ", "news: event recall ", "doc dates 0.50 (1/2)",
                "precision proxy", "merge errors: 0", "by date basis", "by gold type", "by language", "und",
                "Misses", "Merge errors (0)");
    }

    @Test
    void missingFolderIsNamedAndIsAnArgumentError(@TempDir Path dir) throws Exception {
        Path gold = Files.writeString(dir.resolve("gold.json"), "[]");

        int code = run(dir.resolve("no-such-folder").toString(), gold.toString());

        assertThat(code).isEqualTo(2);
        assertThat(text(err)).contains("no-such-folder", "no such folder");
    }

    @Test
    void missingGoldFileIsNamedAndIsAnArgumentError(@TempDir Path dir) {
        int code = run(dir.toString(), dir.resolve("absent.json").toString());

        assertThat(code).isEqualTo(2);
        assertThat(text(err)).contains("absent.json", "no such gold file");
    }

    @Test
    void malformedGoldIsNamed(@TempDir Path dir) throws Exception {
        Path gold = Files.writeString(dir.resolve("gold.json"), "[{\"events\": []}]");

        int code = run(dir.toString(), gold.toString());

        assertThat(code).isEqualTo(2);
        assertThat(text(err)).contains("gold.json", "missing 'file'");
    }

    @Test
    void threeArgumentsAreAUsageError() {
        assertThat(run("a", "b", "c")).isEqualTo(2);
        assertThat(text(err)).contains("eval-news");
    }

    @Test
    void helpListsTheCommandWithItsDefaults() {
        Main.run(List.of("help"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(text(out)).contains("eval-news", "../news-dev/md", "gold.json");
    }

    private int run(String... args) {
        List<String> line = new ArrayList<>(List.of("eval-news"));
        line.addAll(List.of(args));
        return Main.run(line, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
