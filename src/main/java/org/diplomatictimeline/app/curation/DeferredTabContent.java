package org.diplomatictimeline.app.curation;

import java.util.Objects;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/**
 * A tab whose content is built when the tab is first selected: a tab nobody opened costs no nodes, no skins and no
 * CSS pass (a tab pane keeps every tab's content in the scene, hidden, so the Review, Edit and Conflicts views would
 * otherwise be styled and laid out with the events of every load).
 */
final class DeferredTabContent {

    private final Tab tab;
    private Supplier<? extends Node> pending;

    DeferredTabContent(Tab tab) {
        this.tab = Objects.requireNonNull(tab, "tab");
        tab.selectedProperty().addListener((obs, old, now) -> {
            if (now) {
                build();
            }
        });
    }

    /** Shows {@code content} now if the tab is selected, else the next time it is; what it showed before goes. */
    void set(Supplier<? extends Node> content) {
        pending = Objects.requireNonNull(content, "content");
        if (tab.isSelected()) {
            build();
        } else {
            tab.setContent(null);
        }
    }

    /** Whether content is waiting for the tab to be selected. */
    boolean isPending() {
        return pending != null;
    }

    private void build() {
        if (pending != null) {
            Supplier<? extends Node> content = pending;
            pending = null;
            tab.setContent(content.get());
        }
    }
}
