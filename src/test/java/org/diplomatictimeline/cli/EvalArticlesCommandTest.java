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

/** The eval-articles command: its report on the acceptance set and its messages for bad arguments. */
class EvalArticlesCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void withoutArgumentsScoresTheBundledAcceptanceSet() {
        int code = run();

        assertThat(code).isZero();
        assertThat(text(out)).contains("Acceptance set: 21 articles", "event recall", "Misses", "Merging",
                "Forbidden dates given");
    }

    @Test
    void missingFolderIsNamedAndFails() {
        int code = run("no-such-folder", "expected.json");

        assertThat(code).isEqualTo(1);
        assertThat(text(err)).contains("no-such-folder");
    }

    @Test
    void malformedAnswerSheetIsNamedAndFails(@TempDir Path dir) throws Exception {
        Path answers = dir.resolve("expected.json");
        Files.writeString(answers, "{\"articles\": [{\"documentDate\": {}}]}");

        int code = run(dir.toString(), answers.toString());

        assertThat(code).isEqualTo(1);
        assertThat(text(err)).contains("expected.json", "missing 'file'");
    }

    @Test
    void oneArgumentIsAUsageError() {
        assertThat(run("only-one")).isEqualTo(2);
        assertThat(text(err)).contains("eval-articles");
    }

    private int run(String... args) {
        List<String> line = new ArrayList<>(List.of("eval-articles"));
        line.addAll(List.of(args));
        return Main.run(line, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String text(ByteArrayOutputStream s) {
        return s.toString(StandardCharsets.UTF_8);
    }
}
