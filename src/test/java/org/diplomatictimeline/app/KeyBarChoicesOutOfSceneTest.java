package org.diplomatictimeline.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.app.PopupLists.listViewsUnder;
import static org.diplomatictimeline.app.PopupLists.popupList;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Key bar's two boxes keep their lists of choices out of the window until they open, and are as wide as the
 * stock combo box, whose list measured the choices in the window, would make them.
 */
@ExtendWith(ApplicationExtension.class)
class KeyBarChoicesOutOfSceneTest {

    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new MainWindow(new WorkspaceViewModel(),
                new BackgroundLoader(Runnable::run, Runnable::run, (paths, progress) -> null));
        stage.setScene(new Scene(window, 1260, 780));
        stage.show();
    }

    @Test
    void theKeyBarHoldsNoListOfChoices(FxRobot robot) {
        KeyEventsBar bar = keyBar();

        assertThat(listViewsUnder(bar)).isZero();
        assertThat(popupList(bar.showBox()).getScene()).isNull();
        assertThat(popupList(bar.unitBox()).getScene()).isNull();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -2, 2, 7})
    void eachBoxIsAsWideAsTheStockBoxWithTheSameChoices(int textSteps, FxRobot robot) {
        KeyEventsBar bar = keyBar();
        ComboBox<KeyEventsChoice.Show> stockShow = new ComboBox<>();
        ComboBox<KeyEventsChoice.Unit> stockUnit = new ComboBox<>();
        HBox beside = new HBox(stockShow, stockUnit);
        robot.interact(() -> {
            window.textSize(textSteps);
            stockShow.getItems().setAll(bar.showBox().getItems());
            stockShow.setConverter(bar.showBox().getConverter());
            stockShow.setValue(bar.showBox().getValue());
            stockUnit.getItems().setAll(bar.unitBox().getItems());
            stockUnit.setConverter(bar.unitBox().getConverter());
            stockUnit.setValue(bar.unitBox().getValue());
            bar.getChildren().add(beside);
            window.applyCss();
            window.layout();
        });
        try {
            // the stock box settles on its width over two layouts (its list measures against the box's width)
            robot.interact(window::layout);

            // the same pixels at the window's text size; at others the stock box's rounding of its cells' padding
            // can differ by a pixel
            double slack = textSteps == 0 ? 0 : 1;
            assertThat(bar.showBox().getWidth()).isPositive().isCloseTo(stockShow.getWidth(), within(slack));
            assertThat(bar.unitBox().getWidth()).isPositive().isCloseTo(stockUnit.getWidth(), within(slack));
        } finally {
            robot.interact(() -> {
                bar.getChildren().remove(beside);
                window.textSize(0);
            });
        }
    }

    @Test
    void theBoxKeepsTheStockWidthWhileItShowsItsWidestChoice(FxRobot robot) {
        KeyEventsBar bar = keyBar();
        ComboBox<KeyEventsChoice.Show> stock = new ComboBox<>();
        HBox beside = new HBox(stock);
        robot.interact(() -> {
            stock.getItems().setAll(bar.showBox().getItems());
            stock.setConverter(bar.showBox().getConverter());
            stock.setValue(KeyEventsChoice.Show.HIGHLIGHT);
            bar.showBox().setValue(KeyEventsChoice.Show.HIGHLIGHT);
            bar.getChildren().add(beside);
            window.applyCss();
            window.layout();
        });
        try {
            robot.interact(window::layout);

            assertThat(bar.showBox().getWidth()).isEqualTo(stock.getWidth());
        } finally {
            robot.interact(() -> {
                bar.getChildren().remove(beside);
                bar.showBox().setValue(KeyEventsChoice.Show.ALL);
            });
        }
    }

    @Test
    void aBoxOpensOnAllItsChoicesInThePopup(FxRobot robot) {
        ComboBox<KeyEventsChoice.Show> show = keyBar().showBox();

        robot.interact(show::show);
        ListView<?> list = popupList(show);
        try {
            assertThat(list.getScene()).isNotNull().isNotSameAs(stage.getScene());
            assertThat(List.<Object>copyOf(list.getItems())).containsExactly((Object[]) KeyEventsChoice.Show.values());
            assertThat(list.getWidth()).isGreaterThanOrEqualTo(show.getWidth());
        } finally {
            robot.interact(show::hide);
        }
        assertThat(listViewsUnder(keyBar())).isZero();
        assertThat(show.getWidth()).isPositive();
    }

    private KeyEventsBar keyBar() {
        return find(window);
    }

    private static KeyEventsBar find(Node node) {
        if (node instanceof KeyEventsBar bar) {
            return bar;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                KeyEventsBar found = find(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
