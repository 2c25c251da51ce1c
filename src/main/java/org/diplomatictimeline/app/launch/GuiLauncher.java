package org.diplomatictimeline.app.launch;

import java.io.PrintStream;
import javafx.application.Application;
import org.diplomatictimeline.app.AppLogging;
import org.diplomatictimeline.app.GuiPreflight;
import org.diplomatictimeline.app.StopSignals;

/** Starts the JavaFX application; kept apart so headless commands never load the toolkit. */
public final class GuiLauncher {

    /** Where the window's command-line output (the --timings lines) goes; the command line hands it over. */
    private static volatile PrintStream standardOutput = new PrintStream(PrintStream.nullOutputStream());

    private GuiLauncher() {
    }

    /** The stream the command line gave for the app's own lines on standard output. */
    static PrintStream standardOutput() {
        return standardOutput;
    }

    /**
     * Starts the window, or says in one line on stderr what the machine lacks for it and exits with status 1.
     *
     * @param out standard output as the command line opened it, for the --timings milestone lines
     */
    public static void launch(String[] args, PrintStream out) {
        standardOutput = out;
        // before the toolkit logs its first line: information goes to the log file, only problems to stderr
        AppLogging.routeAwayFromConsole(System.err);
        var problem = GuiPreflight.problem();
        if (problem.isPresent()) {
            System.err.println(problem.get());
            System.exit(1);
        }
        StopSignals.exitCleanly();
        Application.launch(DiplomaticTimelineApp.class, args);
    }
}
