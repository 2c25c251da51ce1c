package org.diplomatictimeline.app;

import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Keeps every window of the app (dialogs included) on the screen it opens on: no wider or taller than the screen's
 * usable area and moved inside it, so buttons are never off-screen however wide a dialog's content asks to be.
 */
public final class ScreenFit {

    private ScreenFit() {
    }

    /** The window's bounds shrunk to fit {@code screen} and moved inside it (a window already inside stays put). */
    static Rectangle2D fit(Rectangle2D window, Rectangle2D screen) {
        double w = Math.min(window.getWidth(), screen.getWidth());
        double h = Math.min(window.getHeight(), screen.getHeight());
        double x = Math.max(screen.getMinX(), Math.min(window.getMinX(), screen.getMaxX() - w));
        double y = Math.max(screen.getMinY(), Math.min(window.getMinY(), screen.getMaxY() - h));
        return new Rectangle2D(x, y, w, h);
    }

    /** Fits every window shown from now on, each time it is shown. */
    public static void installForAllWindows() {
        Window.getWindows().forEach(ScreenFit::watch);
        Window.getWindows().addListener((ListChangeListener<Window>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(ScreenFit::watch);
            }
        });
    }

    private static void watch(Window w) {
        if (w.getProperties().putIfAbsent(ScreenFit.class, Boolean.TRUE) == null) {
            w.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> apply(w));
        }
    }

    /**
     * A dialog sizes its window to its content again after being shown, undoing a smaller window size: its pane
     * gets the fitted size as its most, so the content lays out within it (long lines elide instead).
     */
    private static void capContent(Window w, Rectangle2D fitted) {
        if (w.getScene() != null && w.getScene().getRoot() instanceof Region root) {
            root.setMaxSize(fitted.getWidth(), fitted.getHeight());
            root.setPrefWidth(Math.min(root.prefWidth(-1), fitted.getWidth()));
            root.setPrefHeight(Math.min(root.prefHeight(root.getPrefWidth()), fitted.getHeight()));
        }
    }

    /** Fits one window to the screen under its centre (the primary screen when it is off every screen). */
    static void apply(Window w) {
        if (Double.isNaN(w.getWidth()) || Double.isNaN(w.getX())) {
            return;
        }
        Rectangle2D now = new Rectangle2D(w.getX(), w.getY(), w.getWidth(), w.getHeight());
        Rectangle2D screen = Screen.getScreensForRectangle(now).stream().findFirst()
                .orElse(Screen.getPrimary()).getVisualBounds();
        Rectangle2D fitted = fit(now, screen);
        if (fitted.getWidth() < now.getWidth() || fitted.getHeight() < now.getHeight()) {
            capContent(w, fitted);
        }
        if (!fitted.equals(now)) {
            w.setX(fitted.getMinX());
            w.setY(fitted.getMinY());
            w.setWidth(fitted.getWidth());
            w.setHeight(fitted.getHeight());
        }
    }
}
