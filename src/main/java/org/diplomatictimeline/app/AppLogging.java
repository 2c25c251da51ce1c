package org.diplomatictimeline.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** Sends the app's java.util.logging records to a rotating file in the user's data folder. */
public final class AppLogging {

    private static final String ROOT = "org.diplomatictimeline";
    /** Held: java.util.logging keeps loggers weakly, and a collected one forgets its handler. */
    private static final Logger LIBRARIES = Logger.getLogger("org.apache");
    private static boolean installed;

    private AppLogging() {
    }

    /** Installs the file handler once; if the folder cannot be written the app still runs, logging to stderr. */
    public static synchronized Path install(AppDirectories directories) {
        if (installed) {
            return null;
        }
        installed = true;
        Logger root = Logger.getLogger(ROOT);
        try {
            Path dir = directories.logs();
            String pattern = dir.resolve("diplomatic-timeline-%g.log").toString();
            FileHandler handler = new FileHandler(pattern, 2_000_000, 3, true);
            handler.setFormatter(new SimpleFormatter());
            handler.setLevel(Level.INFO);
            root.addHandler(handler);
            root.setLevel(Level.INFO);
            // The format libraries (PDFBox warns about every damaged PDF) log to the file too, not to the console.
            LIBRARIES.addHandler(handler);
            LIBRARIES.setUseParentHandlers(false);
            return dir;
        } catch (IOException | RuntimeException e) {
            root.log(Level.WARNING, "Cannot write the log file under " + directories.dataHome()
                    + "; logging to the console only.", e);
            return null;
        }
    }
}
