package org.diplomatictimeline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.model.DocumentDate;
import org.diplomatictimeline.model.DocumentInfo;
import org.diplomatictimeline.model.EventModel;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The source view builds a document's text once per load and keeps it while what it highlights is unchanged. */
@ExtendWith(ApplicationExtension.class)
class SourcePaneOnLoadTest {

    private final AppFixtures fx = new AppFixtures();
    private Workspace next;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        next = fx.workspace(List.of(), List.of());
        window = new MainWindow(new WorkspaceViewModel(),
                new BackgroundLoader(Runnable::run, Runnable::run, (paths, progress) -> next));
        stage.setScene(new Scene(window, 1260, 780));
        stage.show();
    }

    @Test
    void aLoadOpensStraightOnTheDocumentOfTheEventItSelects(FxRobot robot) {
        // Only the second article has an event, so the load selects it and the first article is never shown.
        next = new Workspace(List.of(), new Corpus(List.of(fx.harbour, fx.visit), List.of()),
                new EventModel(List.of(info(fx.harbour), info(fx.visit)), List.of(fx.stateVisit)));
        List<String> shown = new ArrayList<>();
        robot.interact(() -> {
            window.sourcePane().sourceView().documentProperty()
                    .addListener((obs, old, now) -> shown.add(now == null ? null : now.id()));
            window.open(List.of());
        });

        assertThat(window.viewModel().selection().getSelected()).isEqualTo(fx.stateVisit);
        assertThat(shown).containsExactly("visit");
        assertThat(window.sourcePane().chooser().getValue()).isEqualTo(fx.visit);
        assertThat(window.sourcePane().sourceView().excerptNodes(fx.stateVisit)).isNotEmpty();
    }

    @Test
    void aLoadWithoutEventsStillShowsItsFirstDocument(FxRobot robot) {
        next = new Workspace(List.of(), new Corpus(List.of(fx.harbour, fx.visit), List.of()),
                new EventModel(List.of(info(fx.harbour), info(fx.visit)), List.of()));
        robot.interact(() -> window.open(List.of()));

        assertThat(window.sourcePane().sourceView().getDocument()).isEqualTo(fx.harbour);
        assertThat(window.sourcePane().sourceView().allExcerptNodes()).isEmpty();
    }

    @Test
    void aFilterThatLeavesTheShownDocumentsEventsKeepsItsText(FxRobot robot) {
        robot.interact(() -> window.open(List.of()));
        assertThat(window.sourcePane().sourceView().getDocument()).isEqualTo(fx.harbour);
        List<Node> before = window.sourcePane().sourceView().allExcerptNodes();

        // Hides the state visit, which has no excerpt in the harbour article.
        robot.interact(() -> window.viewModel().filterProperty()
                .set(EventFilter.NONE.withTypes(Set.of(EventType.TALKS, EventType.SANCTION))));
        assertThat(window.viewModel().visibleEvents()).doesNotContain(fx.stateVisit);
        assertThat(window.sourcePane().sourceView().allExcerptNodes()).containsExactlyElementsOf(before);

        // Hiding the sanctions changes what the harbour article highlights: its text is built again without them.
        robot.interact(() -> window.viewModel().filterProperty()
                .set(EventFilter.NONE.withTypes(Set.of(EventType.TALKS))));
        assertThat(window.sourcePane().sourceView().excerptNodes(fx.sanctions)).isEmpty();
        assertThat(window.sourcePane().sourceView().excerptNodes(fx.talks)).isNotEmpty();
    }

    private static DocumentInfo info(Document d) {
        return new DocumentInfo(d.id(), d.source(), d.title(), DocumentDate.unknown("test"));
    }
}
