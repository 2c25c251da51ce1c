package org.diplomatictimeline.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.diplomatictimeline.app.AppDirectories;

/**
 * Keeps the log records of headless commands, ours and the format libraries' (PDFBox warns about every damaged
 * PDF), out of stderr, where they would bury the per-file messages the user reads; they go to the log file in the
 * user's data folder instead, or nowhere when that cannot be written.
 */
final class CommandLogging {

    /** Held here: java.util.logging keeps only weak references, and a collected logger forgets its settings. */
    private static final List<Logger> ROUTED = List.of(
            Logger.getLogger("org.diplomatictimeline"), Logger.getLogger("org.apache"));
    private static boolean installed;

    private CommandLogging() {
    }

    /** Routes the records once per process; later calls do nothing. */
    static synchronized void toLogFile() {
        if (installed) {
            return;
        }
        installed = true;
        FileHandler handler = null;
        try {
            Path logs = AppDirectories.forCurrentUser().logs();
            handler = new FileHandler(logs.resolve("diplomatic-timeline-cli-%g.log").toString(), 2_000_000, 2, true);
            handler.setFormatter(new SimpleFormatter());
            handler.setLevel(Level.INFO);
        } catch (IOException | RuntimeException e) {
            handler = null; // no log file: dropping library chatter beats printing it over the results
        }
        for (Logger logger : ROUTED) {
            logger.setUseParentHandlers(false);
            if (handler != null) {
                logger.addHandler(handler);
            }
        }
    }
}
