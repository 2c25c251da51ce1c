package org.diplomatictimeline.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.logging.StreamHandler;

/**
 * Sends the app's java.util.logging records to a rotating file in the user's data folder; only our own warnings
 * and errors also reach stderr. JavaFX (its class-path start-up warning) and the format libraries (PDFBox warns
 * about every damaged PDF) write to the file alone.
 */
public final class AppLogging {

    private static final String OURS = "org.diplomatictimeline";
    /** Held: java.util.logging keeps loggers weakly, and a collected one forgets its handlers. */
    private static final Logger ROOT = Logger.getLogger(OURS);
    private static final List<Logger> LIBRARIES = List.of(
            Logger.getLogger("org.apache"), Logger.getLogger("com.sun.javafx"), Logger.getLogger("javafx"));
    private static final HeldLogRecords HELD = new HeldLogRecords();
    private static boolean routed;
    private static boolean installed;

    private AppLogging() {
    }

    /**
     * Before the toolkit starts, and cheap (no file is touched): records are held for the log file, and of them
     * only our warnings and errors go to {@code console} too. Later calls do nothing.
     */
    public static synchronized void routeAwayFromConsole(PrintStream console) {
        if (routed) {
            return;
        }
        routed = true;
        ROOT.setLevel(Level.INFO);
        ROOT.setUseParentHandlers(false);
        ROOT.addHandler(HELD);
        ROOT.addHandler(problemsOn(console));
        for (Logger library : LIBRARIES) {
            library.setUseParentHandlers(false);
            library.addHandler(HELD);
        }
    }

    /** Our warnings and errors, flushed at once so they interleave rightly with other stderr lines. */
    static StreamHandler problemsOn(PrintStream console) {
        Formatter format = new SimpleFormatter();
        StreamHandler handler = new StreamHandler(console, format) {
            @Override
            public synchronized void publish(LogRecord record) {
                super.publish(record);
                flush();
            }
        };
        handler.setLevel(Level.WARNING);
        return handler;
    }

    /**
     * Opens the log file once and writes to it what was held since {@link #routeAwayFromConsole}; if the folder
     * cannot be written the app still runs, its problems still on stderr.
     */
    public static synchronized Path install(AppDirectories directories) {
        if (installed) {
            return null;
        }
        installed = true;
        routeAwayFromConsole(System.err);
        try {
            Path dir = directories.logs();
            String pattern = dir.resolve("diplomatic-timeline-%g.log").toString();
            FileHandler handler = new FileHandler(pattern, 2_000_000, 3, true);
            handler.setFormatter(new SimpleFormatter());
            handler.setLevel(Level.INFO);
            HELD.openOnto(handler);
            return dir;
        } catch (IOException | RuntimeException e) {
            HELD.drop();
            ROOT.log(Level.WARNING, "Cannot write the log file under " + directories.dataHome()
                    + "; only problems are reported, on the console.", e);
            return null;
        }
    }
}
