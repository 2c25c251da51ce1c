package org.diplomatictimeline.app.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.diplomatictimeline.app.MainWindow;
import org.diplomatictimeline.app.Workspace;
import org.diplomatictimeline.curation.CurationSession;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.ParticipantKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Curation is a stage of the load: the window receives each load once, curated, and filters on curated edits. */
@ExtendWith(ApplicationExtension.class)
class CuratedLoadTest {

    private MainWindow window;
    private CurationIntegration curation;

    @Start
    void start(Stage stage) throws IOException {
        UiFixtures.CuratedWindow shown = UiFixtures.curatedWindow(stage, "curated-load");
        window = shown.window();
        curation = shown.curation();
    }

    private CurationSession session() {
        return curation.document().getSession();
    }

    @SuppressWarnings("unchecked")
    private <T> CheckComboBox<T> facet(FxRobot robot, String title) {
        return robot.lookup(n -> n instanceof CheckComboBox<?> b && title.equals(b.getTitle()))
                .queryAs(CheckComboBox.class);
    }

    private List<String> visibleIds() {
        return window.viewModel().visibleEvents().stream().map(Event::id).toList();
    }

    @Test
    void aReloadSetsTheCuratedWorkspaceOnceAndFiltersOnce(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        // given a rejected and a retitled event
        robot.interact(() -> {
            session().reject("e3");
            session().editTitle("e2", "Prisoner swap agreed");
        });
        List<Workspace> sets = new ArrayList<>();
        int[] filterings = new int[1];
        robot.interact(() -> {
            window.viewModel().workspaceProperty().addListener((obs, old, now) -> sets.add(now));
            window.viewModel().visibleEvents().addListener((ListChangeListener<Event>) c -> filterings[0]++);
        });

        // when the articles are loaded again
        robot.interact(window::reload);
        WaitForAsyncUtils.waitForFxEvents();

        // then the window was given one workspace, already curated, and filtered it once
        assertThat(sets).hasSize(1);
        assertThat(filterings[0]).isEqualTo(1);
        assertThat(sets.get(0).model().event("e2").orElseThrow().title()).isEqualTo("Prisoner swap agreed");
        assertThat(window.viewModel().extractionProperty().get().model().event("e2").orElseThrow().title())
                .as("the extraction is held as loaded").isEqualTo("Prisoner exchange agreed");
        assertThat(visibleIds()).containsExactly("e1", "e2", "e4");
    }

    @Test
    void aDecisionIsShownWithOneWorkspaceSet(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<Workspace> sets = new ArrayList<>();
        robot.interact(() -> window.viewModel().workspaceProperty().addListener((obs, old, now) -> sets.add(now)));

        robot.interact(() -> session().accept("e1"));

        assertThat(sets).hasSize(1);
    }

    @Test
    void theTypeFacetOffersATypeTheAnalystGaveAnEvent(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        CheckComboBox<EventType> types = facet(robot, "Type");
        assertThat(types.getItems()).doesNotContain(EventType.VISIT);

        // when the analyst makes e1 a visit
        robot.interact(() -> session().editType("e1", EventType.VISIT));

        // then the type filter offers visits, and choosing it shows that event
        assertThat(types.getItems()).contains(EventType.VISIT);
        robot.interact(() -> types.getCheckModel().check(EventType.VISIT));
        assertThat(visibleIds()).containsExactly("e1");
    }

    @Test
    void theWhoFacetOffersAParticipantTheAnalystAdded(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        CheckComboBox<String> who = facet(robot, "Who");
        Participant envoy = new Participant("person:test-envoy", "Test Envoy", ParticipantKind.PERSON, "envoy", "CH");

        robot.interact(() -> session().editParticipants("e4", List.of(envoy)));

        assertThat(who.getItems()).contains(envoy.id());
        assertThat(facet(robot, "Country").getItems()).contains("CH");
        robot.interact(() -> UiFixtures.snapshot(window, "main-window-curated-facets"));
    }
}
