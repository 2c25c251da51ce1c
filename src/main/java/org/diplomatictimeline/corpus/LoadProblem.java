package org.diplomatictimeline.corpus;

import java.util.Objects;

/**
 * A file that could not be read, or was read with a caveat, named so the user knows which one and why.
 *
 * @param source  the file's path
 * @param message what went wrong, in words a user understands
 * @param fatal   true when the file was skipped; false when it loaded with a warning (e.g. a guessed encoding)
 */
public record LoadProblem(String source, String message, boolean fatal) {

    public LoadProblem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return source + ": " + message;
    }
}
