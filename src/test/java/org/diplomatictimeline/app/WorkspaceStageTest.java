package org.diplomatictimeline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.collections.ListChangeListener;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventModel;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The view model shows each load through its stage once: one workspace set, one filtering. */
class WorkspaceStageTest {

    private final AppFixtures fx = new AppFixtures();
    private final WorkspaceViewModel viewModel = new WorkspaceViewModel();
    private final List<Workspace> shown = new ArrayList<>();
    private int filterings;

    @BeforeEach
    void countWorkspacesAndFilterings() {
        viewModel.workspaceProperty().addListener((obs, old, now) -> shown.add(now));
        viewModel.visibleEvents().addListener((ListChangeListener<Event>) c -> filterings++);
    }

    /** A stage that drops the sanctions, as an analyst's rejection would. */
    private Workspace withoutSanctions(Workspace extraction) {
        return new Workspace(extraction.paths(), extraction.corpus(), new EventModel(extraction.model().documents(),
                extraction.model().events().stream().filter(e -> !e.equals(fx.sanctions)).toList()));
    }

    @Test
    void aLoadIsShownThroughTheStageWithOneWorkspaceSetAndOneFiltering() {
        viewModel.setStage(this::withoutSanctions);
        Workspace extraction = fx.workspace(List.of(), List.of());

        viewModel.setWorkspace(extraction);

        assertThat(shown).hasSize(1);
        assertThat(filterings).isEqualTo(1);
        assertThat(viewModel.extractionProperty().get()).isSameAs(extraction);
        assertThat(viewModel.visibleEvents()).containsExactly(fx.talks, fx.stateVisit);
    }

    @Test
    void aListenerThatNarrowsTheFilterWhileAWorkspaceIsShownStillFiltersOnce() {
        // the filter bar drops choices that no longer exist when the workspace changes; that must not filter twice
        viewModel.workspaceProperty().addListener((obs, old, now) ->
                viewModel.filterProperty().set(EventFilter.NONE.withTypes(Set.of(EventType.VISIT))));

        viewModel.setWorkspace(fx.workspace(List.of(), List.of()));

        assertThat(filterings).isEqualTo(1);
        assertThat(viewModel.visibleEvents()).containsExactly(fx.stateVisit);
    }

    @Test
    void restagingShowsTheSameExtractionAnewOnce() {
        List<Event> dropped = new ArrayList<>();
        viewModel.setStage(extraction -> new Workspace(extraction.paths(), extraction.corpus(),
                new EventModel(extraction.model().documents(),
                        extraction.model().events().stream().filter(e -> !dropped.contains(e)).toList())));
        Workspace extraction = fx.workspace(List.of(), List.of());
        viewModel.setWorkspace(extraction);

        dropped.add(fx.talks);
        viewModel.restage();

        assertThat(shown).hasSize(2);
        assertThat(filterings).isEqualTo(2);
        assertThat(viewModel.extractionProperty().get()).as("the extraction is kept, not replaced").isSameAs(extraction);
        assertThat(viewModel.visibleEvents()).containsExactly(fx.sanctions, fx.stateVisit);
    }

    @Test
    void hiddenReviewStatesStayOutUntilTheReviewFacetAsksForThem() {
        viewModel.reviewStateProperty().set(e -> e.equals(fx.sanctions) ? "rejected" : "proposed");
        viewModel.hiddenReviewStates().add("rejected");
        viewModel.setWorkspace(fx.workspace(List.of(), List.of()));
        assertThat(viewModel.visibleEvents()).containsExactly(fx.talks, fx.stateVisit);

        viewModel.filterProperty().set(EventFilter.NONE.withReviews(Set.of("rejected")));
        assertThat(viewModel.visibleEvents()).containsExactly(fx.sanctions);

        viewModel.filterProperty().set(EventFilter.NONE);
        viewModel.hiddenReviewStates().clear();
        assertThat(viewModel.visibleEvents()).containsExactly(fx.talks, fx.sanctions, fx.stateVisit);
    }
}
