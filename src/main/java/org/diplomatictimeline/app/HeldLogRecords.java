package org.diplomatictimeline.app;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

/**
 * Holds log records until the log file is open, then writes them and everything after to it: the file is opened
 * off the FX thread, and the records of the first moments must neither be lost nor printed on stderr meanwhile.
 */
final class HeldLogRecords extends Handler {

    /** Enough for a start-up; older records give way if the file never opens. */
    private static final int LIMIT = 2_000;

    private final Deque<LogRecord> held = new ArrayDeque<>();
    private Handler target;
    private boolean dropping;

    @Override
    public synchronized void publish(LogRecord record) {
        if (!isLoggable(record)) {
            return;
        }
        if (target != null) {
            target.publish(record);
        } else if (!dropping) {
            if (held.size() == LIMIT) {
                held.removeFirst();
            }
            held.addLast(record);
        }
    }

    /** Writes the held records to {@code file} and sends every later one there. */
    synchronized void openOnto(Handler file) {
        target = file;
        while (!held.isEmpty()) {
            file.publish(held.removeFirst());
        }
        file.flush();
    }

    /** No log file after all: the held records and later ones are dropped (problems still reach the console). */
    synchronized void drop() {
        dropping = true;
        held.clear();
    }

    synchronized int heldCount() {
        return held.size();
    }

    @Override
    public synchronized void flush() {
        if (target != null) {
            target.flush();
        }
    }

    @Override
    public synchronized void close() {
        if (target != null) {
            target.close();
        }
    }
}
