package org.diplomatictimeline.io.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.diplomatictimeline.curation.Curation;
import org.diplomatictimeline.curation.Decision;
import org.diplomatictimeline.curation.EventRef;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Saving and loading projects: round trips, migrations, and files that must be refused and left alone. */
class ProjectStoreTest {

    @TempDir
    Path dir;

    private final ProjectStore store = new ProjectStore();

    @Test
    void aSavedProjectLoadsEqualWithEveryKindOfDecision() throws IOException {
        // given a project with every decision kind, view settings and a text copy
        Project project = SampleProjects.full();
        Path file = dir.resolve("briefing.dtproj");

        // when saved and loaded
        store.save(project, file);
        Project loaded = store.load(file);

        // then it is equal, and saving again gives the same bytes
        assertThat(loaded).isEqualTo(project);
        byte[] first = Files.readAllBytes(file);
        store.save(loaded, file);
        assertThat(Files.readAllBytes(file)).isEqualTo(first);
        assertThat(new String(first, StandardCharsets.UTF_8))
                .contains("\"schemaVersion\" : 1", "\"kind\" : \"merge\"", "\"field\" : \"date\"")
                .doesNotContain("\"known\"", "\"range\"");
    }

    @Test
    void aPostponedStatusEditSurvivesSaveAndLoad() throws IOException {
        Project full = SampleProjects.full();
        EventRef met = SampleProjects.ref("Ministers met in Hanoi",
                EventType.MEETING);
        Project project = Project.of("Postponed", full.sources(), new Curation(
                List.of(new Decision.Edit("p1", met,
                        new Decision.Status(
                                EventStatus.POSTPONED)))), full.view());
        Path file = dir.resolve("postponed.dtproj");

        store.save(project, file);

        assertThat(store.load(file)).isEqualTo(project);
        assertThat(Files.readString(file)).contains("POSTPONED");
    }

    @Test
    void aVersionZeroFileMigratesToTheCurrentVersion() throws IOException {
        // given a file in the prototype format
        String v0 = """
                {
                  "version": 0,
                  "title": "Old briefing",
                  "files": [
                    {"path": "/corpus/hanoi.txt", "hash": "%s"},
                    {"path": "C:\\\\corpus\\\\sochi.forum.txt", "id": "sochi", "hash": "%s"}
                  ],
                  "decisions": [
                    {"kind": "accept", "id": "d1", "target": {"anchors": [{"documentId": "hanoi",
                      "contentHash": "", "start": 0, "end": 9, "text": "Ministers"}],
                      "titleHint": "Meeting", "typeHint": "MEETING"}}
                  ],
                  "lanes": "EVENT_TYPE",
                  "theme": "dark"
                }
                """.formatted("A".repeat(64), "b".repeat(64));
        Path file = dir.resolve("old.dtproj");
        Files.writeString(file, v0);

        // when loaded
        Project p = store.load(file);

        // then it has the current shape, and the old file is not rewritten by loading
        assertThat(p.schemaVersion()).isEqualTo(Project.CURRENT_VERSION);
        assertThat(p.name()).isEqualTo("Old briefing");
        assertThat(p.sources()).extracting(SourceRef::documentId).containsExactly("hanoi", "sochi");
        assertThat(p.sources().get(0).sha256()).isEqualTo("a".repeat(64));
        assertThat(p.decisions()).hasSize(1);
        assertThat(p.view().laneMode()).isEqualTo("EVENT_TYPE");
        assertThat(p.view().theme()).isEqualTo("dark");
        assertThat(Files.readString(file)).isEqualTo(v0);

        // and saving writes the current version, which loads back equal
        store.save(p, file);
        assertThat(Files.readString(file)).contains("\"schemaVersion\" : 1");
        assertThat(store.load(file)).isEqualTo(p);
    }

    @Test
    void aNewerFileGivesAClearErrorAndIsNeverOverwritten() throws IOException {
        // given a file from a future version
        Path file = dir.resolve("future.dtproj");
        String future = store.toJson(SampleProjects.full()).replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 7");
        Files.writeString(file, future);
        byte[] before = Files.readAllBytes(file);

        // when loaded, and when saved over
        assertThatThrownBy(() -> store.load(file))
                .isInstanceOfSatisfying(ProjectFileException.class, e -> {
                    assertThat(e.problem()).isEqualTo(ProjectFileException.Problem.NEWER_VERSION);
                    assertThat(e.file()).isEqualTo(file);
                })
                .hasMessageContaining(file.toString()).hasMessageContaining("newer version")
                .hasMessageContaining("7");
        assertThatThrownBy(() -> store.save(SampleProjects.full(), file))
                .isInstanceOfSatisfying(ProjectFileException.class, e ->
                        assertThat(e.problem()).isEqualTo(ProjectFileException.Problem.OVERWRITE_REFUSED))
                .hasMessageContaining("Save As");

        // then the file is byte for byte the same
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "{",
            "not json at all",
            "[1, 2, 3]",
            "{\"schemaVersion\": \"one\"}",
            "{\"name\": \"no version\"}",
            "{\"format\": \"something-else\", \"schemaVersion\": 1, \"name\": \"x\", \"sources\": [], \"decisions\": []}",
            "{\"format\": \"diplomatic-timeline-project\", \"schemaVersion\": 1, \"name\": \"x\", \"sources\": [],"
                    + " \"decisions\": [{\"kind\": \"teleport\", \"id\": \"d1\"}]}",
            "{\"format\": \"diplomatic-timeline-project\", \"schemaVersion\": 1, \"name\": \"x\", \"sources\": [],"
                    + " \"decisions\": [], \"surprise\": true}",
            "{\"format\": \"diplomatic-timeline-project\", \"schemaVersion\": 1, \"name\": \"x\", \"sources\":"
                    + " [{\"documentId\": \"a\", \"path\": \"a.txt\", \"sha256\": \"zz\", \"size\": 1}], \"decisions\": []}",
            "{\"format\": \"diplomatic-timeline-project\", \"schemaVersion\": 1} trailing",
    })
    void aCorruptFileGivesAClearErrorNamingItAndIsLeftByteIdentical(String content) throws IOException {
        // given a damaged file
        Path file = dir.resolve("damaged.dtproj");
        Files.writeString(file, content);
        byte[] before = Files.readAllBytes(file);

        // when loaded, and when a plain save targets it
        assertThatThrownBy(() -> store.load(file))
                .isInstanceOfSatisfying(ProjectFileException.class, e ->
                        assertThat(e.problem()).isEqualTo(ProjectFileException.Problem.CORRUPT))
                .hasMessageContaining(file.toString()).hasMessageContaining("left unchanged");
        assertThatThrownBy(() -> store.save(SampleProjects.full(), file)).isInstanceOf(ProjectFileException.class);

        // then nothing changed
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void saveAsMayReplaceAFileTheUserChoseEvenIfItWasNotAProject() throws IOException {
        Path file = dir.resolve("chosen.dtproj");
        Files.writeString(file, "{ broken");
        store.saveAs(SampleProjects.full(), file);
        assertThat(store.load(file)).isEqualTo(SampleProjects.full());
    }

    @Test
    void aFolderIsNotAProjectAndSavingCreatesMissingFolders() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("folder.dtproj"));
        assertThatThrownBy(() -> store.load(folder))
                .isInstanceOfSatisfying(ProjectFileException.class, e ->
                        assertThat(e.problem()).isEqualTo(ProjectFileException.Problem.UNREADABLE))
                .hasMessageContaining(folder.toString());
        Path nested = dir.resolve("a").resolve("b").resolve("p.dtproj");
        store.save(SampleProjects.full(), nested);
        assertThat(store.load(nested)).isEqualTo(SampleProjects.full());
    }

    @Test
    void aMissingFileIsReportedAsUnreadable() {
        Path file = dir.resolve("nowhere.dtproj");
        assertThatThrownBy(() -> store.load(file))
                .isInstanceOfSatisfying(ProjectFileException.class, e ->
                        assertThat(e.problem()).isEqualTo(ProjectFileException.Problem.UNREADABLE))
                .hasMessageContaining(file.toString());
    }

    @Test
    void aSaveThatFailsMidWriteLeavesThePreviousFileIntactAndNoTemporary() throws IOException {
        // given a saved project
        Path file = dir.resolve("briefing.dtproj");
        store.save(SampleProjects.full(), file);
        byte[] before = Files.readAllBytes(file);

        // when a later save's stream fails after 10 kB
        ProjectStore failing = new ProjectStore(new AtomicFileWriter(out -> new FailAfter(out, 10_000)));
        assertThatThrownBy(() -> failing.save(SampleProjects.big(2), file)).isInstanceOf(IOException.class)
                .hasMessageContaining("disk full");

        // then the old file is there, whole, and no temporary is left behind
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(leftovers()).isEmpty();
    }

    private Stream<Path> leftovers() throws IOException {
        return Files.list(dir).filter(p -> p.getFileName().toString().endsWith(".saving")).toList().stream();
    }

    /** A stream that fails like a full disk after a number of bytes. */
    private static final class FailAfter extends OutputStream {
        private final OutputStream out;
        private long left;

        FailAfter(OutputStream out, long limit) {
            this.out = out;
            this.left = limit;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > left) {
                throw new IOException("disk full (simulated)");
            }
            left -= len;
            out.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }
    }
}
