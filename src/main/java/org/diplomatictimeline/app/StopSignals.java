package org.diplomatictimeline.app;

import java.util.logging.Level;
import java.util.logging.Logger;
import sun.misc.Signal;

/**
 * Ctrl+C (SIGINT) and a polite kill (SIGTERM) end the window as a normal stop, with exit status 0: the JVM's own
 * handling exits 130 or 143, which a launcher such as {@code mvn javafx:run} reports as a failed build with a
 * stack trace although nothing went wrong. Shutdown hooks (the log file's flush) still run.
 */
public final class StopSignals {

    private static final Logger LOG = Logger.getLogger(StopSignals.class.getName());

    private StopSignals() {
    }

    /** Installs the handlers; a platform without these signals keeps the JVM's default. */
    public static void exitCleanly() {
        for (String name : new String[] {"INT", "TERM"}) {
            try {
                Signal.handle(new Signal(name), signal -> {
                    LOG.info(() -> "Stopped by SIG" + signal.getName());
                    System.exit(0);
                });
            } catch (IllegalArgumentException unsupported) {
                LOG.log(Level.FINE, "No SIG" + name + " on this platform", unsupported);
            }
        }
    }
}
