package org.diplomatictimeline.app;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.ComboBoxListViewSkin;

/** What the window tests ask of a combo box's popup list: the list itself, and how many lists a part still holds. */
final class PopupLists {

    private PopupLists() {
    }

    static ListView<?> popupList(ComboBox<?> box) {
        return (ListView<?>) ((ComboBoxListViewSkin<?>) box.getSkin()).getPopupContent();
    }

    static int listViewsUnder(Node node) {
        int count = node instanceof ListView<?> ? 1 : 0;
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                count += listViewsUnder(child);
            }
        }
        return count;
    }
}
