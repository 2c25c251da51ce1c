package org.diplomatictimeline.app.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.diplomatictimeline.curation.Curation;
import org.diplomatictimeline.curation.DocumentHashes;
import org.diplomatictimeline.curation.ReviewState;
import org.diplomatictimeline.io.project.Project;
import org.diplomatictimeline.io.project.ProjectFileException;
import org.diplomatictimeline.io.project.ProjectStore;
import org.diplomatictimeline.io.project.RecentProjects;
import org.diplomatictimeline.io.project.RecoveryFile;
import org.diplomatictimeline.io.project.SourceRef;
import org.diplomatictimeline.io.project.ViewSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The open project: title and unsaved mark, save, save as, open, recover, re-extraction keeping decisions. */
class ProjectDocumentTest {

    @TempDir
    Path dir;

    private final ProjectStore store = new ProjectStore();
    private RecentProjects recent;
    private ProjectDocument doc;
    private final List<SourceRef> sources = List.of(
            new SourceRef("geneva", "/corpus/geneva.txt", DocumentHashes.sha256(UiFixtures.TEXT), 10, null));

    @BeforeEach
    void setUp() {
        recent = new RecentProjects(dir.resolve("data"));
        doc = new ProjectDocument(store, recent);
        doc.setViewSource(() -> ViewSettings.DEFAULT.withLaneMode("EVENT_TYPE"));
    }

    @Test
    void theTitleShowsTheProjectAndAnUnsavedMarkUntilSaved() throws IOException {
        // given a fresh extraction, nothing decided: nothing to lose yet, so no mark
        doc.setExtraction(UiFixtures.model(), DocumentHashes.NONE, sources);
        assertThat(doc.titleProperty().get()).isEqualTo("Untitled — Diplomatic Timeline");

        // when saved as a file
        Path file = dir.resolve("geneva-talks.dtproj");
        assertThat(doc.save()).as("no file yet: the caller must ask").isFalse();
        doc.saveAs(file);

        // then the project takes the file's name and is clean; a decision marks it again, saving clears it
        assertThat(doc.titleProperty().get()).isEqualTo("geneva-talks — Diplomatic Timeline");
        doc.getSession().accept("e1");
        assertThat(doc.titleProperty().get()).isEqualTo("• geneva-talks — Diplomatic Timeline");
        assertThat(doc.isModified()).isTrue();
        assertThat(doc.save()).isTrue();
        assertThat(doc.isModified()).isFalse();
        doc.getSession().undo();
        assertThat(doc.isModified()).isTrue();
        assertThat(recent.list()).containsExactly(file.toAbsolutePath());
    }

    @Test
    void openingAProjectReplaysItsDecisionsOnTheFreshExtraction() throws IOException {
        // given a saved project with a rejection and a view
        doc.setExtraction(UiFixtures.model(), DocumentHashes.NONE, sources);
        doc.getSession().reject("e3");
        Path file = dir.resolve("p.dtproj");
        doc.saveAs(file);

        // when another window opens it and extracts its sources again
        ProjectDocument other = new ProjectDocument(store, recent);
        Project p = other.open(file);
        assertThat(other.sources()).isEqualTo(sources);
        assertThat(other.loadedView().laneMode()).isEqualTo("EVENT_TYPE");
        other.setExtraction(UiFixtures.model(), DocumentHashes.NONE, p.sources());

        // then the decision applies, and nothing is unsaved
        assertThat(other.getSession().curated().state("e3")).isEqualTo(ReviewState.REJECTED);
        assertThat(other.isModified()).isFalse();
        assertThat(other.titleProperty().get()).isEqualTo("p — Diplomatic Timeline");
    }

    @Test
    void addingDocumentsToASavedProjectMarksItUnsaved() throws IOException {
        doc.setExtraction(UiFixtures.model(), DocumentHashes.NONE, sources);
        doc.saveAs(dir.resolve("p.dtproj"));
        List<SourceRef> more = new ArrayList<>(sources);
        more.add(new SourceRef("extra", "/corpus/extra.txt", DocumentHashes.sha256("x"), 1, null));
        doc.setExtraction(UiFixtures.model(), DocumentHashes.NONE, more);
        assertThat(doc.isModified()).isTrue();
        assertThat(doc.snapshot().sources()).hasSize(2);
    }

    @Test
    void reextractionKeepsTheSessionAndItsDecisions() {
        doc.setExtraction(UiFixtures.model(), DocumentHashes.NONE, sources);
        var session = doc.getSession();
        session.accept("e2");
        doc.setExtraction(UiFixtures.model(), DocumentHashes.NONE, sources);
        assertThat(doc.getSession()).isSameAs(session);
        assertThat(session.curated().state("e2")).isEqualTo(ReviewState.ACCEPTED);
    }

    @Test
    void recoveredWorkIsUnsavedAndBelongsToItsOriginalFile() {
        Project p = Project.of("Geneva", sources, Curation.empty(),
                ViewSettings.DEFAULT);
        doc.recover(new RecoveryFile.Snapshot(Instant.EPOCH, dir.resolve("g.dtproj").toString(), p));
        doc.setExtraction(UiFixtures.model(), DocumentHashes.NONE, sources);
        assertThat(doc.isModified()).isTrue();
        assertThat(doc.fileProperty().get()).isEqualTo(dir.resolve("g.dtproj"));
        assertThat(doc.titleProperty().get()).isEqualTo("• Geneva — Diplomatic Timeline");
        assertThat(doc.autosaveWork().modified()).isTrue();
    }

    @Test
    void aDamagedProjectIsNotOpenedAndSaveDoesNotOverwriteIt() throws IOException {
        Path file = dir.resolve("bad.dtproj");
        Files.writeString(file, "{ not a project");
        assertThatThrownBy(() -> doc.open(file)).isInstanceOf(ProjectFileException.class)
                .hasMessageContaining(file.toString());
        assertThat(doc.fileProperty().get()).isNull();
        assertThat(Files.readString(file)).isEqualTo("{ not a project");
    }
}
