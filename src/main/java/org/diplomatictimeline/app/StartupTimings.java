package org.diplomatictimeline.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The {@code --timings} milestones: lines on stdout giving the milliseconds since the JVM started, so start-up can be
 * measured from outside (see docs/BENCHMARKS.md). Silent unless the flag was given.
 */
public final class StartupTimings {

    /** The command-line flag that turns the milestone lines on. */
    public static final String FLAG = "--timings";

    /** Set by a parent JVM that started this one (app.launch.TunedJvmRelaunch): its start, epoch ms. */
    public static final String LAUNCH_STARTED_PROPERTY = "diplomatictimeline.launchStarted";

    /** Fallback reference when the operating system does not tell when the process started. */
    private static final long CLASS_LOADED_MILLIS = System.currentTimeMillis();

    private final boolean enabled;
    private final PrintStream out;
    private boolean loadStarted;
    private boolean eventsSet;
    private boolean eventsShown;
    /** The FX thread's CPU time at events-set, ns; -1 when the system does not tell. */
    private long fxCpuAtEventsSet = -1;

    public StartupTimings(boolean enabled, PrintStream out) {
        this.enabled = enabled;
        this.out = out;
    }

    /** Timings that print when {@code args} holds the flag. */
    public static StartupTimings of(List<String> args, PrintStream out) {
        return new StartupTimings(args.contains(FLAG), out);
    }

    /** The arguments without the flag: the paths to open. */
    public static List<String> withoutFlag(List<String> args) {
        return args.stream().filter(a -> !a.equals(FLAG)).toList();
    }

    public boolean enabled() {
        return enabled;
    }

    /** Prints {@code timing window-shown MS}. */
    public void windowShown() {
        print(windowShownLine(sinceJvmStart()));
    }

    /** Prints {@code timing load-started MS}, once: the first load is handed to the background threads. */
    public void loadStarted() {
        if (!loadStarted) {
            loadStarted = true;
            print("timing load-started " + sinceJvmStart());
        }
    }

    /**
     * Prints {@code timing events-set N MS}, once: the first complete result (N events) reached the FX thread and is
     * being set on the view model; what follows until events-shown is the window filtering and laying it out.
     */
    public void eventsSet(int events) {
        if (!eventsSet) {
            eventsSet = true;
            print("timing events-set " + events + " " + sinceJvmStart());
            fxCpuAtEventsSet = currentThreadCpuNanos();
        }
    }

    /** Prints {@code timing events-shown N MS}, once: the first load to reach the screen is the milestone. */
    public void eventsShown(int events) {
        if (!eventsShown) {
            eventsShown = true;
            print(eventsShownLine(events, sinceJvmStart()));
            long cpu = currentThreadCpuNanos();
            if (fxCpuAtEventsSet >= 0 && cpu >= 0) {
                // The CPU the FX thread spent showing the events: unlike the wall time, it does not grow with the
                // machine's load, so two builds can be compared on a busy machine.
                print("timing events-shown-fx-cpu " + (cpu - fxCpuAtEventsSet) / 1_000_000);
            }
        }
    }

    static String windowShownLine(long millis) {
        return "timing window-shown " + millis;
    }

    static String eventsShownLine(int events, long millis) {
        return "timing events-shown " + events + " " + millis;
    }

    private void print(String line) {
        if (enabled) {
            out.println(line);
            out.flush();
        }
    }

    /**
     * The calling thread's CPU time in ns from Linux's {@code /proc/thread-self/schedstat} (its first field), or -1
     * elsewhere; read from the file so that the app need not require java.management for a measuring flag.
     */
    static long currentThreadCpuNanos() {
        try {
            String line = Files.readString(Path.of("/proc/thread-self/schedstat")).trim();
            return Long.parseLong(line.substring(0, line.indexOf(' ')));
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * Milliseconds since the user's command started: the JVM process's start (the OS's start time; 10 ms resolution
     * on Linux), or the first JVM's when a plain {@code java -jar} handed the window to a tuned child JVM.
     */
    static long sinceJvmStart() {
        Long launched = Long.getLong(LAUNCH_STARTED_PROPERTY);
        long start = launched != null ? launched : ProcessHandle.current().info().startInstant()
                .map(Instant::toEpochMilli).orElse(CLASS_LOADED_MILLIS);
        return System.currentTimeMillis() - start;
    }
}
