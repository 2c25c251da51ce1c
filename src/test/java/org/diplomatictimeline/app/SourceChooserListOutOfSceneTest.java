package org.diplomatictimeline.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.app.PopupLists.listViewsUnder;
import static org.diplomatictimeline.app.PopupLists.popupList;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.model.DocumentDate;
import org.diplomatictimeline.model.DocumentInfo;
import org.diplomatictimeline.model.EventModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The source pane's document chooser keeps its list of documents out of the window until it first opens, and the
 * list it opens on holds every document of the load.
 */
@ExtendWith(ApplicationExtension.class)
class SourceChooserListOutOfSceneTest {

    private final AppFixtures fx = new AppFixtures();
    private Workspace next;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        next = new Workspace(List.of(), new Corpus(List.of(fx.harbour, fx.visit), List.of()),
                new EventModel(List.of(info(fx.harbour), info(fx.visit)), List.of(fx.stateVisit)));
        window = new MainWindow(new WorkspaceViewModel(),
                new BackgroundLoader(Runnable::run, Runnable::run, (paths, progress) -> next));
        stage.setScene(new Scene(window, 1260, 780));
        stage.show();
    }

    @Test
    void theDocumentListIsNotInTheWindowBeforeTheChooserOpens(FxRobot robot) {
        robot.interact(() -> window.open(List.of()));
        ComboBox<Document> chooser = window.sourcePane().chooser();

        assertThat(chooser.getItems()).containsExactly(fx.harbour, fx.visit);
        assertThat(popupList(chooser).getScene()).isNull();
        assertThat(listViewsUnder(window.sourcePane())).isZero();
    }

    @Test
    void theChooserOpensOnEveryDocumentOfTheLoad(FxRobot robot) {
        robot.interact(() -> window.open(List.of()));
        ComboBox<Document> chooser = window.sourcePane().chooser();

        robot.interact(chooser::show);
        ListView<?> list = popupList(chooser);
        try {
            assertThat(list.getScene()).isNotNull().isNotSameAs(stage.getScene());
            assertThat(List.<Object>copyOf(list.getItems())).containsExactly(fx.harbour, fx.visit);
            assertThat(list.getWidth()).isGreaterThanOrEqualTo(chooser.getWidth());
        } finally {
            robot.interact(chooser::hide);
        }
        // once opened, the list lives in the popup: the window still holds none
        assertThat(listViewsUnder(window.sourcePane())).isZero();
    }

    private static DocumentInfo info(Document d) {
        return new DocumentInfo(d.id(), d.source(), d.title(), DocumentDate.unknown("test"));
    }
}
