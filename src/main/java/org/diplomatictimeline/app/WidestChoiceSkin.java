package org.diplomatictimeline.app;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.util.StringConverter;

/**
 * A combo box skin that is as wide as its widest choice and keeps its list of choices out of the window until the
 * box first opens. The stock skin parks the list in the window, unmanaged, only so that the list can measure its
 * cells for the box's width; that list (a flow, its clipped sheet, two scroll bars and their parts) then goes
 * through every CSS pass and layout of the window. This skin measures the choices' text instead, with the room the
 * stock list gave each one, so a short fixed set of choices (the Key bar's) keeps the width it had.
 */
final class WidestChoiceSkin<T> extends ComboBoxListViewSkin<T> {

    /** A plain list cell's padding on either side (modena's {@code .list-cell}), as the stock list measured it. */
    private static final double CELL_SIDE_PADDING_EM = 0.583;
    /** The stock list's 1 px padding on either side and the 30 px it adds to its widest cell for a scroll bar. */
    private static final double LIST_EXTRA_PX = 2 + 30;

    private final ComboBox<T> combo;
    private final Text measure = new Text();

    WidestChoiceSkin(ComboBox<T> combo) {
        super(combo);
        this.combo = combo;
        // the popup takes the list in when it first shows
        getChildren().remove(getPopupContent());
    }

    @Override
    protected double computePrefWidth(double height, double topInset, double rightInset, double bottomInset,
            double leftInset) {
        Node display = getDisplayNode();
        double arrow = arrowButtonWidth();
        // as the stock skin: the value shown with the arrow beside it, or the widest choice, whichever is wider
        double shown = leftInset + (display == null ? 0 : display.prefWidth(height)) + arrow + rightInset;
        return Math.max(shown, widestChoice());
    }

    /** The width the stock list asked for: the widest choice's text in a plain list cell, its padding and 30 px. */
    double widestChoice() {
        Font font = getDisplayNode() instanceof Labeled cell ? cell.getFont() : Font.getDefault();
        measure.setFont(font);
        StringConverter<T> converter = combo.getConverter();
        double widest = 0;
        for (T item : combo.getItems()) {
            measure.setText(converter == null ? String.valueOf(item) : converter.toString(item));
            widest = Math.max(widest, measure.getLayoutBounds().getWidth());
        }
        return widest + 2 * CELL_SIDE_PADDING_EM * font.getSize() + LIST_EXTRA_PX;
    }

    private double arrowButtonWidth() {
        for (Node child : getChildren()) {
            if (child.getStyleClass().contains("arrow-button")) {
                return child.prefWidth(-1);
            }
        }
        return 0;
    }
}
