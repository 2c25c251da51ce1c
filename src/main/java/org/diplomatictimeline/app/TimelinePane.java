package org.diplomatictimeline.app;

import javafx.collections.ListChangeListener;
import javafx.scene.layout.BorderPane;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.timeline.TimelineView;

/** The timeline control bound to the shared view model: it shows the visible events and shares the selection. */
final class TimelinePane extends BorderPane {

    private final WorkspaceViewModel viewModel;
    private final TimelineView timeline = new TimelineView();
    private boolean following;

    TimelinePane(WorkspaceViewModel viewModel, Runnable onActivated) {
        this.viewModel = viewModel;
        getStyleClass().add("timeline-pane");
        timeline.setAccessibleText("Timeline of events; arrow keys move between events, plus and minus zoom");
        setCenter(timeline);
        timeline.getEvents().setAll(viewModel.visibleEvents());
        viewModel.visibleEvents().addListener((ListChangeListener<Event>) c -> {
            following = true;
            try {
                timeline.getEvents().setAll(viewModel.visibleEvents());
                timeline.setSelectedEvent(viewModel.selection().getSelected());
            } finally {
                following = false;
            }
        });
        timeline.selectedEventProperty().addListener((obs, old, now) -> {
            if (!following) {
                viewModel.selection().select(now);
            }
        });
        viewModel.selection().selectedProperty().addListener((obs, old, now) -> {
            following = true;
            try {
                timeline.setSelectedEvent(now);
            } finally {
                following = false;
            }
        });
        timeline.onEventActivatedProperty().set(event -> {
            viewModel.selection().select(event);
            onActivated.run();
        });
    }

    TimelineView timeline() {
        return timeline;
    }

    void zoomIn() {
        timeline.zoomIn();
    }

    void zoomOut() {
        timeline.zoomOut();
    }

    void fitAll() {
        timeline.fitAll();
    }
}
