package org.diplomatictimeline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableRow;
import javafx.stage.Stage;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.source.TestEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The event list's rows have the height stated in its stylesheet, the height they had when the flow measured them. */
@ExtendWith(ApplicationExtension.class)
class EventTableRowsTest {

    private final AppFixtures fx = new AppFixtures();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = fx.shownWindow(stage);
        Theme.LIGHT.applyTo(stage.getScene());
    }

    @Test
    void rowsAreOneLineOfTextTallAsTheStylesheetSays(FxRobot robot) {
        EventTable table = window.table();
        robot.interact(() -> {
            table.applyCss();
            table.layout();
        });
        assertThat(table.getFixedCellSize()).as("2em of the window's 14 px font").isEqualTo(28.0);
        assertThat(rows(table)).isNotEmpty().allSatisfy(r -> assertThat(r.height()).isEqualTo(table.getFixedCellSize()));
    }

    @Test
    void rowsStandWhereTheFlowPutThemWhenItMeasuredEachRow(FxRobot robot) {
        EventTable table = window.table();
        List<Event> events = new ArrayList<>(table.getItems());
        events.add(TestEvents.event("arabic").titled("محادثات وزراء الخارجية في جنيف")
                .type(EventType.TALKS).onDay("2021-03-02").quoting(fx.harbour, "opened talks in Geneva").build());
        events.add(TestEvents.event("chinese").titled("外交部长在日内瓦举行会谈")
                .type(EventType.TALKS).onDay("2021-03-04").quoting(fx.harbour, "opened talks in Geneva").build());
        robot.interact(() -> {
            table.setItems(FXCollections.observableArrayList(events));
            table.keyEventsProperty().unbind(); // a key event: its row in bold
            table.keyEventsProperty().set(Set.of(fx.talks.id()));
        });
        List<RowBox> fixed = laidOut(robot, table);

        robot.interact(() -> table.setStyle("-fx-fixed-cell-size: 0")); // the flow measures every row again
        List<RowBox> measured = laidOut(robot, table);

        assertThat(fixed).hasSize(events.size());
        assertThat(fixed).isEqualTo(measured);
    }

    private static List<RowBox> laidOut(FxRobot robot, EventTable table) {
        robot.interact(() -> {
            table.applyCss();
            table.layout();
        });
        return rows(table).stream().filter(r -> r.index() >= 0 && r.index() < table.getItems().size()).toList();
    }

    private static List<RowBox> rows(EventTable table) {
        List<RowBox> rows = new ArrayList<>();
        for (Node n : table.lookupAll(".table-row-cell")) {
            if (n instanceof TableRow<?> row && row.isVisible() && row.getItem() != null) {
                rows.add(new RowBox(row.getIndex(), row.getLayoutY(), row.getHeight()));
            }
        }
        rows.sort(Comparator.comparingInt(RowBox::index));
        return rows;
    }

    private record RowBox(int index, double y, double height) {
    }
}
