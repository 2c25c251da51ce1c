package org.diplomatictimeline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.diplomatictimeline.app.present.Presentation;
import org.diplomatictimeline.app.present.Slide;
import org.diplomatictimeline.brief.format.ChronologyFormat;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.source.Snapshots;
import org.diplomatictimeline.timeline.TimeWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Key events control: it narrows the list and the timeline to the chosen events (or marks them among the
 * others), follows the timeline's window, and every output (export, presentation) takes the same selection. The
 * fixture's talks are reported by two articles, the sanctions and the visit by one each, so the talks weigh most.
 */
@ExtendWith(ApplicationExtension.class)
class KeyEventsFlowTest {

    private final AppFixtures fx = new AppFixtures();
    private MainWindow window;
    private KeyEventsBar bar;

    @Start
    void start(Stage stage) {
        window = fx.shownWindow(stage);
        window.timelinePane().timeline().animatedProperty().set(false);
        bar = (KeyEventsBar) window.lookup("." + KeyEventsBar.DEFAULT_STYLE_CLASS);
    }

    @Test
    void keyEventsOnlyNarrowsTheListAndTheTimelineToTheWeightiestEvent(FxRobot robot) {
        assertThat(bar).as("the control sits in the filter bar").isNotNull();
        assertThat(window.table().getItems()).hasSize(3);

        robot.interact(() -> {
            bar.unitBox().setValue(KeyEventsChoice.Unit.EVENTS);
            bar.showBox().setValue(KeyEventsChoice.Show.ONLY);
            bar.countSpinner().getValueFactory().setValue(1);
        });

        assertThat(window.table().getItems()).containsExactly(fx.talks);
        assertThat(window.timelinePane().timeline().getEvents()).containsExactly(fx.talks);
        assertThat(bar.summary().getText()).startsWith("1 event on 1 of 3 dates");
        robot.interact(() -> Snapshots.write(window, "key-events-only"));

        robot.interact(() -> bar.showBox().setValue(KeyEventsChoice.Show.ALL));
        assertThat(window.table().getItems()).hasSize(3);
        assertThat(window.timelinePane().timeline().keyEventsProperty().get()).isEmpty();
    }

    @Test
    void highlightedKeyEventsStayAmongTheOthersAndAreMarkedOnTheTimelineAndInTheList(FxRobot robot) {
        robot.interact(() -> {
            bar.showBox().setValue(KeyEventsChoice.Show.HIGHLIGHT);
            bar.unitBox().setValue(KeyEventsChoice.Unit.DATES);
            bar.countSpinner().getValueFactory().setValue(2);
        });

        Set<String> key = window.timelinePane().timeline().keyEventsProperty().get();
        assertThat(window.table().getItems()).hasSize(3);
        assertThat(key).hasSize(2).contains(fx.talks.id());
        assertThat(window.table().keyEventsProperty().get()).isEqualTo(key);
        robot.interact(() -> Snapshots.write(window, "key-events-highlighted"));
    }

    @Test
    void theSelectionFollowsTheTimelineWindowOnceItSettles(FxRobot robot) {
        robot.interact(() -> {
            bar.unitBox().setValue(KeyEventsChoice.Unit.EVENTS);
            bar.countSpinner().getValueFactory().setValue(1);
            bar.showBox().setValue(KeyEventsChoice.Show.ONLY);
        });
        assertThat(window.table().getItems()).containsExactly(fx.talks);

        // a window over the days of the visit only: there the visit is the key event
        double visit = LocalDate.of(2021, 3, 5).toEpochDay();
        robot.interact(() -> {
            window.timelinePane().timeline().setVisibleWindow(new TimeWindow(visit - 0.5, visit + 1.5));
            bar.passWindow();
        });

        assertThat(window.table().getItems()).containsExactly(fx.stateVisit);
    }

    @Test
    void exportTakesTheSameSelectionAndSaysSo(FxRobot robot, @TempDir Path dir) throws IOException {
        robot.interact(() -> {
            bar.unitBox().setValue(KeyEventsChoice.Unit.EVENTS);
            bar.countSpinner().getValueFactory().setValue(1);
            bar.showBox().setValue(KeyEventsChoice.Show.HIGHLIGHT);
        });
        Path target = dir.resolve("key.md");
        AtomicReference<String> message = new AtomicReference<>();
        WorkspaceViewModel vm = window.viewModel();

        // what File › Export… runs once a file is chosen
        new ChronologyExport(Runnable::run, Runnable::run).export(vm.getWorkspace(), vm.filteredEvents(),
                vm.chronologyRequest(), ChronologyFormat.MD, target, message::set);

        String md = Files.readString(target, StandardCharsets.UTF_8);
        assertThat(md).contains(fx.talks.title(), "the 1 most significant events", "1 of 3 dated events")
                .doesNotContain(fx.sanctions.title(), fx.stateVisit.title());
        assertThat(message.get()).startsWith("Exported 1 dates");
    }

    @Test
    void presentationShowsExactlyTheKeyEvents(FxRobot robot) {
        robot.interact(() -> {
            bar.unitBox().setValue(KeyEventsChoice.Unit.EVENTS);
            bar.countSpinner().getValueFactory().setValue(1);
            bar.showBox().setValue(KeyEventsChoice.Show.HIGHLIGHT);
            window.viewModel().selection().select(null);
        });
        robot.clickOn(window.timelinePane()).push(KeyCode.F5);

        Presentation p = window.presentation();
        assertThat(p).isNotNull();
        List<Event> shown = p.slides().stream().map(Slide::event).toList();
        assertThat(shown).containsExactly(fx.talks);
        robot.interact(p::close);
    }
}
