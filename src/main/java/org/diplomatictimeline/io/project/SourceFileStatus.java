package org.diplomatictimeline.io.project;

import java.util.Objects;

/**
 * Whether a source file of the project is still the one the decisions were made on.
 *
 * @param message words for the user, naming the file
 */
public record SourceFileStatus(SourceRef source, State state, String message) {

    /** What became of the file. */
    public enum State {
        /** Same bytes as when the project recorded it. */
        UNCHANGED,
        /** The file is there but its content hash differs. */
        CHANGED,
        /** No file at the recorded path. */
        MISSING,
        /** The file is there but cannot be read. */
        UNREADABLE
    }

    public SourceFileStatus {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(message, "message");
    }

    /** True unless the file is exactly as recorded. */
    public boolean isProblem() {
        return state != State.UNCHANGED;
    }
}
