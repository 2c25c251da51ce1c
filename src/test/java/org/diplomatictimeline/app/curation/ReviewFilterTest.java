package org.diplomatictimeline.app.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.diplomatictimeline.app.MainWindow;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.timeline.TimelineView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Review facet of the filter bar filters by review state, and can bring hidden rejected events back. */
@ExtendWith(ApplicationExtension.class)
class ReviewFilterTest {

    private MainWindow window;
    private CurationIntegration curation;

    @Start
    void start(Stage stage) throws IOException {
        UiFixtures.CuratedWindow shown = UiFixtures.curatedWindow(stage, "review-filter");
        window = shown.window();
        curation = shown.curation();
    }

    @SuppressWarnings("unchecked")
    private CheckComboBox<String> reviewBox(FxRobot robot) {
        return robot.lookup(n -> n instanceof CheckComboBox<?> b && "Review".equals(b.getTitle()))
                .queryAs(CheckComboBox.class);
    }

    private List<String> visibleIds() {
        return window.viewModel().visibleEvents().stream().map(Event::id).toList();
    }

    @Test
    void theReviewFacetOffersEveryStateAndFiltersByIt(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        // given e2 accepted and e1 rejected (so hidden)
        robot.interact(() -> curation.document().getSession().accept("e2"));
        robot.interact(() -> curation.document().getSession().reject("e1"));
        CheckComboBox<String> box = reviewBox(robot);
        assertThat(box.isVisible()).isTrue();
        assertThat(box.getItems()).containsExactly("proposed", "accepted", "rejected", "edited");
        assertThat(visibleIds()).containsExactly("e2", "e3", "e4");

        // when only "accepted" is checked
        robot.interact(() -> box.getCheckModel().check("accepted"));

        // then only the accepted event is visible
        assertThat(visibleIds()).containsExactly("e2");
        robot.interact(() -> UiFixtures.snapshot(window, "main-window-review-filter"));

        // and checking "rejected" too brings the hidden rejected event back
        robot.interact(() -> box.getCheckModel().check("rejected"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visibleIds()).containsExactlyInAnyOrder("e1", "e2");

        // and clearing the facet hides rejected events again
        robot.interact(() -> box.getCheckModel().clearChecks());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visibleIds()).containsExactly("e2", "e3", "e4");
    }

    @Test
    void theTimelineMarksAcceptedEditedAndFadesRejectedEvents(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        // given e1 rejected, e2 accepted, e3 retitled, and rejected events shown
        var session = curation.document().getSession();
        robot.interact(() -> {
            session.reject("e1");
            session.accept("e2");
            session.editTitle("e3", "Autumn summit announced");
        });
        robot.interact(() -> box(robot).getCheckModel().checkAll());
        WaitForAsyncUtils.waitForFxEvents();

        // then the timeline is told each event's mark
        TimelineView timeline = robot.lookup(".timeline-view").queryAs(TimelineView.class);
        var marks = timeline.itemMarksProperty().get();
        assertThat(window.viewModel().visibleEvents()).extracting(marks::apply).containsExactly(
                TimelineView.ItemMark.FADED, TimelineView.ItemMark.CONFIRMED, TimelineView.ItemMark.CHANGED,
                TimelineView.ItemMark.NONE);
        robot.interact(() -> UiFixtures.snapshot(timeline, "timeline-review-marks"));
    }

    private CheckComboBox<String> box(FxRobot robot) {
        return reviewBox(robot);
    }
}
