package org.diplomatictimeline.app.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A tab's content is built when the tab is first selected, once, and always from the latest content given. */
@ExtendWith(ApplicationExtension.class)
class DeferredTabContentTest {

    private final Tab first = new Tab("First", new Label("shown"));
    private final Tab later = new Tab("Later");
    private TabPane tabs;

    @Start
    void start(Stage stage) {
        tabs = new TabPane(first, later);
        stage.setScene(new Scene(tabs, 300, 200));
        stage.show();
    }

    @Test
    void contentOfAHiddenTabIsBuiltOnlyWhenTheTabIsSelectedAndOnlyOnce(FxRobot robot) {
        // given content for the tab not selected
        AtomicInteger built = new AtomicInteger();
        DeferredTabContent[] holder = new DeferredTabContent[1];
        robot.interact(() -> {
            holder[0] = new DeferredTabContent(later);
            holder[0].set(() -> {
                built.incrementAndGet();
                return new Label("built");
            });
        });
        assertThat(built).hasValue(0);
        assertThat(later.getContent()).isNull();

        // when it is selected, left and selected again
        robot.interact(() -> tabs.getSelectionModel().select(later));
        robot.interact(() -> tabs.getSelectionModel().select(first));
        robot.interact(() -> tabs.getSelectionModel().select(later));

        // then it was built once
        assertThat(built).hasValue(1);
        assertThat(((Label) later.getContent()).getText()).isEqualTo("built");
    }

    @Test
    void newContentReplacesWhatWaitedAndWhatWasShown(FxRobot robot) {
        // given content built once, then replaced twice while the tab is hidden
        DeferredTabContent[] holder = new DeferredTabContent[1];
        robot.interact(() -> {
            holder[0] = new DeferredTabContent(later);
            holder[0].set(() -> new Label("old"));
            tabs.getSelectionModel().select(later);
            tabs.getSelectionModel().select(first);
            holder[0].set(() -> new Label("stale"));
            holder[0].set(() -> new Label("new"));
        });
        // the old view is gone while the tab is hidden
        assertThat(later.getContent()).isNull();
        assertThat(holder[0].isPending()).isTrue();

        // when selected, the latest content shows
        robot.interact(() -> tabs.getSelectionModel().select(later));
        assertThat(((Label) later.getContent()).getText()).isEqualTo("new");
        assertThat(holder[0].isPending()).isFalse();
    }

    @Test
    void contentForTheSelectedTabIsShownAtOnce(FxRobot robot) {
        DeferredTabContent[] holder = new DeferredTabContent[1];
        robot.interact(() -> {
            holder[0] = new DeferredTabContent(first);
            holder[0].set(() -> new Label("now"));
        });
        assertThat(((Label) first.getContent()).getText()).isEqualTo("now");
    }
}
