package org.diplomatictimeline.app;

import java.util.Objects;
import javafx.scene.Scene;

/** The light and dark looks of the window, each a stylesheet over the shared base sheet. */
public enum Theme {
    LIGHT("Light", "theme-light.css"),
    DARK("Dark", "theme-dark.css");

    private static final String BASE = "app.css";

    private final String label;
    private final String stylesheet;

    Theme(String label, String stylesheet) {
        this.label = label;
        this.stylesheet = stylesheet;
    }

    public String label() {
        return label;
    }

    /** Replaces whichever theme the scene had with this one, keeping any other stylesheets. */
    public void applyTo(Scene scene) {
        String base = url(BASE);
        for (Theme t : values()) {
            scene.getStylesheets().remove(url(t.stylesheet));
        }
        if (!scene.getStylesheets().contains(base)) {
            scene.getStylesheets().add(0, base);
        }
        scene.getStylesheets().add(url(stylesheet));
        scene.getRoot().getProperties().put(Theme.class, this);
    }

    /** The theme last applied to the scene, light by default. */
    public static Theme of(Scene scene) {
        Object t = scene.getRoot().getProperties().get(Theme.class);
        return t instanceof Theme theme ? theme : LIGHT;
    }

    private static String url(String name) {
        return Objects.requireNonNull(Theme.class.getResource(name), name).toExternalForm();
    }
}
