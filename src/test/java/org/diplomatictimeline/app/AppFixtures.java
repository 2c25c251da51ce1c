package org.diplomatictimeline.app;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.corpus.LoadProblem;
import org.diplomatictimeline.model.DocumentDate;
import org.diplomatictimeline.model.DocumentInfo;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventModel;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.source.TestEvents;

/** A small hand-written corpus of two articles and three events for the window tests. */
final class AppFixtures {

    static final String FILLER = "Officials gave no further details about the schedule that afternoon.\n\n";

    final Document harbour = TestEvents.document("harbour", "Ministers open talks on the northern harbour",
            "Foreign ministers of Norway and Chile opened talks in Geneva on 1 March 2021 about the northern harbour.\n\n"
                    + FILLER.repeat(25)
                    + "Separately, the council imposed sanctions on two shipping firms on 3 March 2021.\n");
    final Document visit = TestEvents.document("visit", "Minister Ruiz begins a state visit",
            "Ana Ruiz began a state visit to Oslo on 5 March 2021, a week after the Geneva talks on the harbour.\n\n"
                    + FILLER.repeat(25)
                    + "The talks in Geneva were described as frank and useful by both delegations.\n");

    final Event talks = TestEvents.event("talks").titled("Norway–Chile talks in Geneva")
            .type(EventType.TALKS).onDay("2021-03-01").quoting(harbour, "opened talks in Geneva")
            .quoting(visit, "The talks in Geneva").build();
    final Event sanctions = TestEvents.event("sanctions").titled("Sanctions on shipping firms")
            .type(EventType.SANCTION).onDay("2021-03-03").quoting(harbour, "imposed sanctions on two shipping firms")
            .build();
    final Event stateVisit = TestEvents.event("state-visit").titled("Ruiz state visit to Oslo")
            .type(EventType.VISIT).onDay("2021-03-05").quoting(visit, "began a state visit to Oslo").build();

    Workspace workspace(List<Path> paths, List<LoadProblem> problems) {
        EventModel model = new EventModel(
                List.of(info(harbour), info(visit)), List.of(talks, sanctions, stateVisit));
        return new Workspace(paths, new Corpus(List.of(harbour, visit), problems), model);
    }

    /** A window on this corpus, loaded synchronously and shown on the stage at 1260×780. */
    MainWindow shownWindow(Stage stage) {
        MainWindow window = new MainWindow(new WorkspaceViewModel(),
                new BackgroundLoader(Runnable::run, Runnable::run, (paths, progress) -> workspace(paths, List.of())));
        stage.setScene(new Scene(window, 1260, 780));
        stage.show();
        window.open(List.of());
        return window;
    }

    private static DocumentInfo info(Document d) {
        return new DocumentInfo(d.id(), d.source(), d.title(), DocumentDate.unknown("test"));
    }
}
