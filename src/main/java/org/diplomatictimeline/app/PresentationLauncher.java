package org.diplomatictimeline.app;

import java.util.List;
import java.util.function.Function;
import javafx.stage.Window;
import org.diplomatictimeline.app.present.Presentation;
import org.diplomatictimeline.app.present.Slide;
import org.diplomatictimeline.app.present.SlideDeck;
import org.diplomatictimeline.io.EventModelJson;

/**
 * View › Present: builds the deck from what the window shows (the Key events control's selection, else the filter,
 * else the default key events; the selected event too) and opens it.
 */
final class PresentationLauncher {

    private PresentationLauncher() {
    }

    /** The opened presentation, or null when there is nothing to present. */
    static Presentation open(WorkspaceViewModel viewModel, Function<String, List<String>> notes, boolean dark,
                             Window owner) {
        Workspace w = viewModel.getWorkspace();
        if (viewModel.visibleEvents().isEmpty()) {
            return null;
        }
        SlideDeck deck = new SlideDeck(w.model(), EventModelJson.outlets(w.corpus(), w.model()), notes);
        var selected = viewModel.selection().getSelected();
        var key = viewModel.keySelectionProperty().get();
        // the Key events control's selection when it is on, exactly; else the filter's events or the default key
        // events, both chosen by the same rule as the chronology
        List<Slide> slides = key != null && !key.chosen().isEmpty()
                ? deck.slides(key.events(), true, selected)
                : deck.slides(List.copyOf(viewModel.visibleEvents()), !viewModel.filterProperty().get().isEmpty(),
                selected);
        Presentation p = new Presentation(slides, SlideDeck.startIndex(slides, selected), dark, owner);
        p.show();
        return p;
    }
}
