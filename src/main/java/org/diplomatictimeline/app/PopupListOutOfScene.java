package org.diplomatictimeline.app;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.control.SkinBase;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import org.controlsfx.control.CheckComboBox;

/**
 * Keeps a combo box's list of choices out of the window until the box first opens. A combo box's skin parks its
 * popup list in the window, unmanaged, so that the list can size the box; every filter box would then carry a list
 * view with its flow, scroll bars and cells through each CSS pass and layout of the window. A filter box's width
 * is set by its title (see {@code FilterBar}), never by its choices, so the list need not be there: the popup
 * takes it in when it first shows.
 */
final class PopupListOutOfScene {

    private PopupListOutOfScene() {
    }

    /**
     * Takes the list out of a plain combo box as soon as its skin exists. Only for a box whose width does not follow
     * its choices (the list measures them for the box while it is in the window; out of it, it cannot): a box that
     * stretches to the room it is given, as the source pane's document chooser. A box as wide as its choices takes
     * {@link WidestChoiceSkin} instead.
     */
    static void install(ComboBox<?> combo) {
        onSkin(combo, PopupListOutOfScene::removeList);
    }

    /** Takes the list out of {@code box}'s inner combo box as soon as their skins exist. */
    static void install(CheckComboBox<?> box) {
        onSkin(box, skin -> {
            for (Node child : skin.getChildren()) {
                if (child instanceof ComboBox<?> combo) {
                    onSkin(combo, PopupListOutOfScene::removeList);
                }
            }
        });
    }

    private static void removeList(SkinBase<?> skin) {
        if (skin instanceof ComboBoxListViewSkin<?> listSkin) {
            Node list = listSkin.getPopupContent();
            // only while the skin holds it; once a popup has shown, the list lives in the popup's scene
            skin.getChildren().remove(list);
        }
    }

    private static void onSkin(Control control, Consumer<SkinBase<?>> action) {
        Skin<?> now = control.getSkin();
        if (now instanceof SkinBase<?> base) {
            action.accept(base);
        }
        control.skinProperty().addListener((obs, old, skin) -> {
            if (skin instanceof SkinBase<?> base) {
                action.accept(base);
            }
        });
    }
}
