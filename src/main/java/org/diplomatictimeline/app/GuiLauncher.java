package org.diplomatictimeline.app;

import javafx.application.Application;

/** Starts the JavaFX application; kept apart so headless commands never load the toolkit. */
public final class GuiLauncher {

    private GuiLauncher() {
    }

    public static void launch(String[] args) {
        Application.launch(DiplomaticTimelineApp.class, args);
    }
}
