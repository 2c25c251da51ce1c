package org.diplomatictimeline.app;

import javafx.application.Application;

/** Starts the JavaFX application; kept apart so headless commands never load the toolkit. */
public final class GuiLauncher {

    private GuiLauncher() {
    }

    /** Starts the window, or says in one line on stderr what the machine lacks for it and exits with status 1. */
    public static void launch(String[] args) {
        var problem = GuiPreflight.problem();
        if (problem.isPresent()) {
            System.err.println(problem.get());
            System.exit(1);
        }
        Application.launch(DiplomaticTimelineApp.class, args);
    }
}
