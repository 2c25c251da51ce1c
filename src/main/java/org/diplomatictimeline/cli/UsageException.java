package org.diplomatictimeline.cli;

/** Bad command-line arguments; the message is shown to the user with the usage text. */
public final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
