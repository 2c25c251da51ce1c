package org.diplomatictimeline.app.curation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.diplomatictimeline.app.BackgroundLoader;
import org.diplomatictimeline.app.LoadPipeline;
import org.diplomatictimeline.app.MainWindow;
import org.diplomatictimeline.app.Workspace;
import org.diplomatictimeline.app.WorkspaceViewModel;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.corpus.format.DocumentFormat;
import org.diplomatictimeline.curation.ManualDate;
import org.diplomatictimeline.fixture.EventBuilder;
import org.diplomatictimeline.fixture.Excerpts;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.DateSource;
import org.diplomatictimeline.model.DocumentDate;
import org.diplomatictimeline.model.DocumentInfo;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventModel;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Evidence;
import org.diplomatictimeline.source.Snapshots;

/** A hand-written little extraction for the curation UI tests, and PNG snapshots under target/snapshots/. */
final class UiFixtures {

    static final String TEXT = "The envoys met in Geneva on 3 June. They agreed a prisoner exchange. "
            + "A summit is planned for autumn. The talks were described as useful.";

    private UiFixtures() {
    }

    static Evidence ev(String phrase) {
        return Excerpts.first("geneva", TEXT, phrase);
    }

    /** An event of these tests: on security, confidence 0.7. */
    static EventBuilder event(String id) {
        return EventBuilder.event(id).topics("security").confidence(0.7);
    }

    /** A day of June 2019, as the analyst would set it. */
    static EventDate june(int day) {
        return ManualDate.of(LocalDate.of(2019, 6, day), DatePrecision.DAY);
    }

    /** Four events, in date order e1..e4. */
    static EventModel model() {
        DocumentInfo doc = new DocumentInfo("geneva", "geneva.txt", "Envoys meet",
                new DocumentDate("2019-06-04", DatePrecision.DAY, DateSource.HEADER, 1, "", null, false));
        return new EventModel(List.of(doc), List.of(
                event("e1").titled("Envoys meet in Geneva")
                        .type(EventType.MEETING).on(june(3)).evidence(ev("The envoys met in Geneva on 3 June."))
                        .build(),
                event("e2").titled("Prisoner exchange agreed")
                        .type(EventType.AGREEMENT).on(june(4)).evidence(ev("They agreed a prisoner exchange."))
                        .build(),
                event("e3").titled("Autumn summit planned")
                        .type(EventType.SUMMIT).on(june(5)).evidence(ev("A summit is planned for autumn.")).build(),
                event("e4").titled("Talks called useful")
                        .type(EventType.STATEMENT).on(june(6)).evidence(ev("The talks were described as useful."))
                        .build()));
    }

    /** Writes a PNG of the node; must run on the FX thread. */
    static Path snapshot(Node node, String name) {
        return Snapshots.write(node, name);
    }

    /** A window and the curation installed in it, as the integration tests drive them. */
    record CuratedWindow(MainWindow window, CurationIntegration curation) {
    }

    /**
     * Shows a main window on the fixture article ({@link #TEXT}, events of {@link #model()}), installs curation with
     * a fresh data folder, and loads; must run on the FX thread (a TestFX {@code @Start}).
     */
    static CuratedWindow curatedWindow(Stage stage, String dataFolderPrefix) throws IOException {
        Document doc = new Document("geneva", "geneva.txt",
                "Envoys meet", TEXT, null, 0, "UTF-8", DocumentFormat.PLAIN_TEXT, List.of());
        LoadPipeline pipeline = (paths, progress) -> new Workspace(
                paths, new Corpus(List.of(doc), List.of()), model());
        MainWindow window = new MainWindow(
                new WorkspaceViewModel(),
                new BackgroundLoader(Runnable::run, Runnable::run, pipeline));
        stage.setScene(new Scene(window, 1280, 800));
        stage.show();
        CurationIntegration curation = CurationIntegration.install(window, stage,
                Files.createTempDirectory(dataFolderPrefix));
        window.open(List.of());
        return new CuratedWindow(window, curation);
    }
}
