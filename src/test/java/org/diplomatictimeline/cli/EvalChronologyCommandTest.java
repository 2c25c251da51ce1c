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

/** The eval-chronology command: its report on a tiny invented folder and its messages for bad arguments. */
class EvalChronologyCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void picksKDatesAndReportsThemAgainstTheEditorsDatesInTheSpan(@TempDir Path dir) throws Exception {
        Path articles = Files.createDirectory(dir.resolve("articles"));
        Files.writeString(articles.resolve("a1.txt"), " date 2031-04-02 The presidents of Nigeria and Ghana held "
                + "talks in Accra on April 2 about trade.\n");
        Files.writeString(articles.resolve("a2.txt"), " date 2031-04-09 Nigeria and Ghana signed a trade agreement "
                + "in Abuja on April 9.\n");
        Path editor = dir.resolve("editor.json");
        Files.writeString(editor, """
                {"source": "https://example.org/timeline", "entries": [
                  {"date": "2031-04-02", "precision": "day", "text": "talks in Accra"},
                  {"date": "2031-04-09", "precision": "day", "text": "agreement signed"},
                  {"date": "2020", "precision": "year", "text": "background"}]}
                """);

        int code = run(articles.toString(), editor.toString());

        assertThat(code).isZero();
        assertThat(text(out)).contains("https://example.org/timeline", "editor: 3 dates, 2 in the corpus span; K = 2",
                "at the editor's precision P", "within a day", "baseline (the 2 dates most articles report)",
                "reachable: 2/2", "Editor dates", "2031-04-02", "Picked dates the editor does not have");
    }

    @Test
    void aMissingFolderOrEditorFileOrAWrongArgumentIsSaid(@TempDir Path dir) throws Exception {
        Path editor = dir.resolve("editor.json");
        Files.writeString(editor, "[]");

        assertThat(run(dir.resolve("nope").toString(), editor.toString())).isEqualTo(2);
        assertThat(text(err)).contains("no such folder");
        assertThat(run(dir.toString(), dir.resolve("none.json").toString())).isEqualTo(2);
        assertThat(text(err)).contains("none.json: no such file");
        assertThat(run(dir.toString())).isEqualTo(2);
        assertThat(text(err)).contains("give a folder of articles and an editor's chronology");
        assertThat(run(dir.toString(), editor.toString(), "--dates", "0")).isEqualTo(2);
        assertThat(text(err)).contains("--dates must be at least 1");
    }

    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of("eval-chronology"));
        all.addAll(List.of(args));
        return Main.run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String text(ByteArrayOutputStream s) {
        return s.toString(StandardCharsets.UTF_8);
    }
}
