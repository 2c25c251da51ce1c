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
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.DateSource;
import org.diplomatictimeline.model.DocumentDate;
import org.diplomatictimeline.model.DocumentInfo;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventModel;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Evidence;

/** A hand-written little extraction for the curation UI tests, and PNG snapshots under target/snapshots/. */
final class UiFixtures {

    static final String TEXT = "The envoys met in Geneva on 3 June. They agreed a prisoner exchange. "
            + "A summit is planned for autumn. The talks were described as useful.";

    private UiFixtures() {
    }

    static Evidence ev(String phrase) {
        int start = TEXT.indexOf(phrase);
        return new Evidence("geneva", start, start + phrase.length(), phrase);
    }

    static Event event(String id, String title, EventType type, int day, String... phrases) {
        return new Event(id, title, type, EventStatus.HAPPENED,
                ManualDate.of(LocalDate.of(2019, 6, day), DatePrecision.DAY), null, List.of(), List.of("security"),
                java.util.Arrays.stream(phrases).map(UiFixtures::ev).toList(), 0.7);
    }

    /** Four events, in date order e1..e4. */
    static EventModel model() {
        DocumentInfo doc = new DocumentInfo("geneva", "geneva.txt", "Envoys meet",
                new DocumentDate("2019-06-04", DatePrecision.DAY, DateSource.HEADER, 1, "", null, false));
        return new EventModel(List.of(doc), List.of(
                event("e1", "Envoys meet in Geneva", EventType.MEETING, 3, "The envoys met in Geneva on 3 June."),
                event("e2", "Prisoner exchange agreed", EventType.AGREEMENT, 4, "They agreed a prisoner exchange."),
                event("e3", "Autumn summit planned", EventType.SUMMIT, 5, "A summit is planned for autumn."),
                event("e4", "Talks called useful", EventType.STATEMENT, 6, "The talks were described as useful.")));
    }

    /** Writes a PNG of the node; must run on the FX thread. */
    static Path snapshot(Node node, String name) {
        return org.diplomatictimeline.source.Snapshots.write(node, name);
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
