package org.diplomatictimeline.io.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing the user has is overwritten or left behind by saving; files that cannot be read say why in words. */
class ProjectFileSafetyTest {

    @TempDir
    Path dir;

    private final ProjectStore store = new ProjectStore();

    @Test
    void savingThroughALinkWritesTheLinkedFileAndKeepsTheLink() throws IOException {
        // given the project in a synced folder and a link to it on the desktop
        Path real = Files.createDirectories(dir.resolve("synced")).resolve("briefing.dtproj");
        store.save(SampleProjects.full().withName("old"), real);
        Path link = Files.createSymbolicLink(dir.resolve("briefing.dtproj"), real);

        // when saved through the link
        store.save(SampleProjects.full().withName("new"), link);

        // then the link is still a link and the file it names holds the new project
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(store.load(real).name()).isEqualTo("new");
    }

    @Test
    void temporaryFilesLeftByAKilledSaveAreRemovedByTheNextSave() throws IOException {
        // given two temporaries a killed save left beside the project, and an unrelated file
        Path file = dir.resolve("briefing.dtproj");
        store.save(SampleProjects.full(), file);
        Files.writeString(dir.resolve(".briefing.dtproj.123.saving"), "half a proj");
        Files.writeString(dir.resolve(".briefing.dtproj.456.saving"), "half a proj");
        Files.writeString(dir.resolve("other.saving"), "not ours");

        // when saved again
        store.save(SampleProjects.full(), file);

        // then only the project and the unrelated file remain
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "briefing.dtproj", "other.saving");
        }
    }

    @Test
    void temporaryFilesLeftByAKilledSaveAreRemovedWhenTheProjectIsOpened() throws IOException {
        Path file = dir.resolve("briefing.dtproj");
        store.save(SampleProjects.full(), file);
        Files.writeString(dir.resolve(".briefing.dtproj.789.saving"), "half a proj");

        store.load(file);

        assertThat(dir.resolve(".briefing.dtproj.789.saving")).doesNotExist();
    }

    @Test
    void duplicateDecisionIdsAreRefusedAtLoadWithAMessageInWords() throws IOException {
        // given a hand-edited file where two decisions share an id
        Path file = dir.resolve("edited.dtproj");
        String json = store.toJson(SampleProjects.full()).replace("\"id\" : \"d2\"", "\"id\" : \"d1\"");
        Files.writeString(file, json);

        // when loaded, then refused as damaged, naming the id, without Java class names
        assertThatThrownBy(() -> store.load(file))
                .isInstanceOfSatisfying(ProjectFileException.class, e ->
                        assertThat(e.problem()).isEqualTo(ProjectFileException.Problem.CORRUPT))
                .hasMessageContaining("d1").hasMessageContaining("twice")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("org.", "`", "Exception", "instance"));
    }

    @Test
    void aVersionTooLargeForANumberIsReportedAsWritten() throws IOException {
        Path file = dir.resolve("far-future.dtproj");
        Files.writeString(file, store.toJson(SampleProjects.full())
                .replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 99999999999"));

        assertThatThrownBy(() -> store.load(file))
                .isInstanceOfSatisfying(ProjectFileException.class, e ->
                        assertThat(e.problem()).isEqualTo(ProjectFileException.Problem.NEWER_VERSION))
                .hasMessageContaining("99999999999");
    }

    @Test
    void aRecoveryFileWithDuplicateDecisionIdsSaysWhyItCannotBeRecovered() throws IOException {
        // given an autosave whose project has two decisions with one id
        RecoveryFile recovery = new RecoveryFile(dir, store);
        recovery.write(new RecoveryFile.Snapshot(Instant.parse("2026-12-05T10:00:00Z"), null,
                SampleProjects.full()));
        Files.writeString(recovery.file(), Files.readString(recovery.file())
                .replace("\"id\" : \"d2\"", "\"id\" : \"d1\"").replace("\"id\":\"d2\"", "\"id\":\"d1\""));

        // when detected at start, then refused with the reason in words, and the file kept
        assertThatThrownBy(recovery::detect)
                .isInstanceOf(ProjectFileException.class)
                .hasMessageContaining("decision id d1 appears twice")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("org.", "`"));
        assertThat(recovery.file()).exists();
    }
}
