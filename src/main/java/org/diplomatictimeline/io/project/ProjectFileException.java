package org.diplomatictimeline.io.project;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/** A project file that cannot be read or must not be overwritten; the message names the file and the problem. */
public final class ProjectFileException extends IOException {

    private static final long serialVersionUID = 1L;

    /** What is wrong with the file. */
    public enum Problem {
        /** Written by a newer version of the app; this one cannot read it without losing data. */
        NEWER_VERSION,
        /** Not valid JSON, or not a project, or its content is inconsistent. */
        CORRUPT,
        /** It could not be read at all (missing, no permission). */
        UNREADABLE,
        /** Saving over it was refused because it is not a project this version can read. */
        OVERWRITE_REFUSED
    }

    private final transient Path file;
    private final Problem problem;

    public ProjectFileException(Path file, Problem problem, String detail, Throwable cause) {
        super(message(file, problem, detail), cause);
        this.file = Objects.requireNonNull(file, "file");
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    public Path file() {
        return file;
    }

    public Problem problem() {
        return problem;
    }

    private static String message(Path file, Problem problem, String detail) {
        String what = switch (problem) {
            case NEWER_VERSION -> "was saved by a newer version of Diplomatic Timeline";
            case CORRUPT -> "is damaged or is not a Diplomatic Timeline project";
            case UNREADABLE -> "could not be read";
            case OVERWRITE_REFUSED -> "was not overwritten because it could not be opened as a project; "
                    + "use Save As to choose another file";
        };
        return "Project file " + file + " " + what + (detail == null || detail.isBlank() ? "." : ": " + detail)
                + (problem == Problem.OVERWRITE_REFUSED ? "" : " The file was left unchanged.");
    }
}
