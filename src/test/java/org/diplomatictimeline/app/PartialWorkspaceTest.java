package org.diplomatictimeline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.diplomatictimeline.model.EventModel;
import org.junit.jupiter.api.Test;

/** Events of a load still running are shown, marked partial, until the complete workspace replaces them. */
class PartialWorkspaceTest {

    private final AppFixtures fx = new AppFixtures();

    @Test
    void aPartialWorkspaceIsShownAndMarkedUntilTheCompleteOneArrives() {
        WorkspaceViewModel viewModel = new WorkspaceViewModel();
        List<Boolean> partialWhenNotified = new ArrayList<>();
        viewModel.workspaceProperty().addListener((obs, old, now) -> partialWhenNotified.add(viewModel.isPartial()));
        Workspace complete = fx.workspace(List.of(Path.of("folder")), List.of());

        viewModel.showPartial(complete);
        int shownWhilePartial = viewModel.visibleEvents().size();
        viewModel.setWorkspace(new Workspace(complete.paths(), complete.corpus(),
                new EventModel(complete.model().documents(), complete.model().events())));

        assertThat(shownWhilePartial).isEqualTo(3);
        assertThat(partialWhenNotified).containsExactly(true, false);
        assertThat(viewModel.isPartial()).isFalse();
    }
}
