package org.diplomatictimeline.cli;

import java.io.PrintStream;
import java.util.List;

/** A headless subcommand; runs without starting the JavaFX toolkit. */
public interface Command {

    /** The word that selects it on the command line ("export"). */
    String name();

    /** One line for the usage text. */
    String summary();

    /**
     * Runs the command.
     *
     * @return the process exit code: 0 on success, 2 for bad arguments, 1 for failures
     */
    int run(List<String> args, PrintStream out, PrintStream err);
}
