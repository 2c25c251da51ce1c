package org.diplomatictimeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's dispatch: help, version, and what a word that is no command means. */
class MainTest {

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(List.of(args), new PrintStream(outBytes, true, StandardCharsets.UTF_8),
                new PrintStream(errBytes, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theWindowStartKnowsEveryCommandByNameWithoutMakingIt() {
        assertThat(Main.COMMAND_NAMES).containsExactlyElementsOf(Main.commands().keySet());
    }

    @Test
    void aPathOpensTheWindowAndACommandsNameRunsTheCommand(@TempDir Path dir) throws IOException {
        Path named = Files.createFile(dir.resolve("export"));
        assertThat(Main.opensWindow(List.of(named.toString()))).isTrue();
        assertThat(Main.opensWindow(List.of("export"))).isFalse();
        assertThat(Main.opensWindow(List.of("--timings"))).isTrue();
    }

    @Test
    void versionPrintsTheBuiltVersion() {
        int code = run("--version");

        assertThat(code).isZero();
        assertThat(out().strip()).matches("Diplomatic Timeline \\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void helpListsTheUsersCommandsBeforeTheEvaluationCommands() {
        int code = run("help");

        String text = out();
        assertThat(code).isZero();
        int export = text.indexOf(" export ");
        int timex = text.indexOf(" timex ");
        int evalHeading = text.indexOf("Evaluation commands");
        assertThat(export).isPositive();
        assertThat(timex).isPositive();
        assertThat(evalHeading).isGreaterThan(Math.max(export, timex));
        for (String eval : List.of("eval-timex", "eval-events", "eval-articles", "eval-news")) {
            assertThat(text.indexOf(eval)).as(eval).isGreaterThan(evalHeading);
        }
    }

    @Test
    void aMistypedPathIsNamedAsMissingNotAsAnUnknownCommand(@TempDir Path dir) {
        int code = run(dir.resolve("artciles").toString() + "/");

        assertThat(code).isEqualTo(2);
        assertThat(err()).contains("no such file or folder: " + dir.resolve("artciles") + "/")
                .doesNotContain("Unknown command");
    }

    @Test
    void aMissingPathBesideAnExistingOneIsNamedAndTheWindowDoesNotOpen(@TempDir Path dir) throws IOException {
        Path real = Files.writeString(dir.resolve("a.txt"), "Ministers met on 3 May 2021.");
        String missing = dir.resolve("b.txt").toString();

        assertThat(Main.opensWindow(List.of(real.toString(), missing))).isFalse();
        int code = run(real.toString(), missing);

        assertThat(code).isEqualTo(2);
        assertThat(err()).isEqualTo("no such file or folder: " + missing + System.lineSeparator());
    }

    @Test
    void existingPathsAndNoArgumentsOpenTheWindow(@TempDir Path dir) throws IOException {
        Path project = Files.writeString(dir.resolve("work.dtproj"), "{}");

        assertThat(Main.opensWindow(List.of())).isTrue();
        assertThat(Main.opensWindow(List.of(project.toString(), dir.toString()))).isTrue();
        assertThat(Main.opensWindow(List.of("export", dir.toString()))).isFalse();
    }

    @Test
    void aBareWordThatNamesNothingIsAnUnknownCommand() {
        int code = run("exprot");

        assertThat(code).isEqualTo(2);
        assertThat(err()).startsWith("Unknown command 'exprot'");
    }
}
