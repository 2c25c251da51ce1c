package org.diplomatictimeline.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Starts the GUI when called with no arguments (or only file paths); otherwise runs a headless command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        if (args.length == 0 || !commands().containsKey(args[0])
                && (isExistingPath(args[0]) || args[0].equals(org.diplomatictimeline.app.StartupTimings.FLAG))) {
            // No subcommand: the GUI, optionally on the given files (and --timings). Only now is JavaFX touched.
            // A word that is neither a command nor an existing path falls through to "Unknown command".
            org.diplomatictimeline.app.GuiLauncher.launch(args);
            return;
        }
        System.exit(run(Arrays.asList(args), out, err));
    }

    /** Runs a headless command line and returns its exit code; used by main and by tests. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || isHelp(args.get(0))) {
            printUsage(out);
            return 0;
        }
        Command command = commands().get(args.get(0));
        if (command == null) {
            err.println("Unknown command '" + args.get(0) + "'.");
            printUsage(err);
            return 2;
        }
        try {
            return command.run(args.subList(1, args.size()), out, err);
        } catch (UsageException e) {
            err.println(command.name() + ": " + e.getMessage());
            return 2;
        }
    }

    static Map<String, Command> commands() {
        Map<String, Command> commands = new LinkedHashMap<>();
        for (Command c : List.<Command>of(
                // Commands register here, one line each.
                new TimexCommand(),
                new EvalTimexCommand(),
                new ExportCommand(),
                new ChronologyCommand(),
                new EvalEventsCommand(),
                new EvalArticlesCommand(),
                new EvalNewsCommand()
        )) {
            commands.put(c.name(), c);
        }
        return commands;
    }

    private static boolean isExistingPath(String arg) {
        try {
            return Files.exists(Path.of(arg));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static boolean isHelp(String arg) {
        return arg.equals("help") || arg.equals("--help") || arg.equals("-h");
    }

    private static void printUsage(PrintStream out) {
        out.println("Diplomatic Timeline");
        out.println("  java -jar diplomatic-timeline.jar [FILE|FOLDER...]   open the app (the bundled seed corpus by default)");
        for (Command c : commands().values()) {
            out.printf("  java -jar diplomatic-timeline.jar %-10s %s%n", c.name(), c.summary());
        }
    }
}
