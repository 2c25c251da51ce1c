package org.diplomatictimeline.cli;

import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diplomatictimeline.app.AppVersion;
import org.diplomatictimeline.app.StartupTimings;
import org.diplomatictimeline.app.launch.GuiLauncher;
import org.diplomatictimeline.app.launch.TunedJvmRelaunch;

/** Starts the GUI when called with no arguments (or only file paths); otherwise runs a headless command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        if (opensWindow(Arrays.asList(args))) {
            // No subcommand: the GUI, optionally on the given files (and --timings). A plain `java -jar` hands it to
            // a JVM tuned for the start (see TunedJvmRelaunch); only where the window runs is JavaFX touched.
            var childStatus = TunedJvmRelaunch.runIfPlainJarLaunch(args);
            if (childStatus.isPresent()) {
                System.exit(childStatus.getAsInt());
            }
            GuiLauncher.launch(args, out);
            return;
        }
        System.exit(run(Arrays.asList(args), out, err));
    }

    /** True when the arguments ask for the window: none at all, or only paths that exist (files, folders, projects). */
    static boolean opensWindow(List<String> args) {
        // Loops, not streams: on a plain `java -jar` this runs in a JVM without our start-up options, where the
        // first lambda alone costs tens of milliseconds before the window's JVM can start.
        List<String> paths = new ArrayList<>();
        for (String a : args) {
            if (!a.equals(StartupTimings.FLAG)) {
                paths.add(a);
            }
        }
        if (paths.isEmpty()) {
            return true;
        }
        if (COMMAND_NAMES.contains(paths.get(0))) {
            return false;
        }
        for (String p : paths) {
            if (!isExistingPath(p)) {
                return false;
            }
        }
        return true;
    }

    /** Runs a headless command line and returns its exit code; used by main and by tests. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || isHelp(args.get(0))) {
            printUsage(out);
            return 0;
        }
        if (isVersion(args.get(0))) {
            out.println("Diplomatic Timeline " + AppVersion.version());
            return 0;
        }
        Command command = commands().get(args.get(0));
        if (command == null) {
            return notACommand(args, err);
        }
        try {
            return command.run(args.subList(1, args.size()), out, err);
        } catch (UsageException e) {
            err.println(command.name() + ": " + e.getMessage());
            return 2;
        }
    }

    /**
     * The first word is no command: a path the user mistyped (or gave with others that exist) is named as missing;
     * a bare word that names nothing is an unknown command.
     */
    private static int notACommand(List<String> args, PrintStream err) {
        String first = args.get(0);
        if (args.size() == 1 && !looksLikePath(first) && !isExistingPath(first)) {
            err.println("Unknown command '" + first + "' (nor a file or folder of that name).");
            printUsage(err);
            return 2;
        }
        for (String a : args) {
            if (!isExistingPath(a)) {
                err.println("no such file or folder: " + a);
            }
        }
        return 2;
    }

    private static boolean looksLikePath(String arg) {
        return arg.contains("/") || arg.contains(File.separator) || arg.contains(".") || arg.startsWith("~");
    }

    /**
     * The names of the {@link #commands()}, known without making them: a command may build its tagger or readers as
     * it is made (seconds of loading), which a window start must not wait for (MainTest keeps the two lists equal).
     */
    static final List<String> COMMAND_NAMES = List.of("timex", "eval-timex", "export", "chronology", "eval-events",
            "eval-articles", "eval-news", "eval-chronology");

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
                new EvalNewsCommand(),
                new EvalChronologyCommand()
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

    private static boolean isVersion(String arg) {
        return arg.equals("--version") || arg.equals("-V") || arg.equals("version");
    }

    /** The user's commands first; the evaluation commands (eval-*, for developers) in a block of their own. */
    private static void printUsage(PrintStream out) {
        String jar = "  java -jar diplomatic-timeline.jar ";
        out.println("Diplomatic Timeline " + AppVersion.version());
        out.println();
        out.println("Usage:");
        out.printf("%s%-14s %s%n", jar, "[PATH...]", "open the app on files, folders or a .dtproj project "
                + "(the bundled seed corpus by default)");
        for (Command c : commands().values()) {
            if (!isEvaluation(c)) {
                out.printf("%s%-14s %s%n", jar, c.name(), c.summary());
            }
        }
        out.printf("%s%-14s %s%n", jar, "help", "this text");
        out.printf("%s%-14s %s%n", jar, "--version", "the version");
        out.println();
        out.println("Evaluation commands (for developers; they score the extraction on annotated corpora):");
        for (Command c : commands().values()) {
            if (isEvaluation(c)) {
                out.printf("%s%-14s %s%n", jar, c.name(), c.summary());
            }
        }
    }

    private static boolean isEvaluation(Command c) {
        return c.name().startsWith("eval-");
    }
}
