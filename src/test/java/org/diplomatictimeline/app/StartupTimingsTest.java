package org.diplomatictimeline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class StartupTimingsTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private List<String> lines() {
        String text = bytes.toString(StandardCharsets.UTF_8);
        return text.isEmpty() ? List.of() : text.lines().toList();
    }

    @Test
    void milestoneLinesNameTheMilestoneThenTheirNumbers() {
        assertEquals("timing window-shown 812", StartupTimings.windowShownLine(812));
        assertEquals("timing events-shown 57 1490", StartupTimings.eventsShownLine(57, 1490));
    }

    @Test
    void withTheFlagEachMilestonePrintsOneLineInMillisecondsSinceStart() {
        StartupTimings timings = StartupTimings.of(List.of("--timings", "folder"), out);
        timings.windowShown();
        timings.loadStarted();
        timings.eventsSet(42);
        timings.eventsShown(42);
        // a later load is not the start-up milestone
        timings.loadStarted();
        timings.eventsSet(43);
        timings.eventsShown(43);
        List<String> lines = lines();
        // where the system tells a thread's CPU time (Linux), a fifth line gives the FX thread's share of the showing
        boolean cpuTold = StartupTimings.currentThreadCpuNanos() >= 0;
        assertEquals(cpuTold ? 5 : 4, lines.size(), lines.toString());
        if (cpuTold) {
            assertTrue(lines.get(4).matches("timing events-shown-fx-cpu \\d+"), lines.get(4));
        }
        assertTrue(lines.get(0).matches("timing window-shown \\d+"), lines.get(0));
        assertTrue(lines.get(1).matches("timing load-started \\d+"), lines.get(1));
        assertTrue(lines.get(2).matches("timing events-set 42 \\d+"), lines.get(2));
        assertTrue(lines.get(3).matches("timing events-shown 42 \\d+"), lines.get(3));
    }

    @Test
    void withoutTheFlagNothingIsPrinted() {
        StartupTimings timings = StartupTimings.of(List.of("folder"), out);
        timings.windowShown();
        timings.loadStarted();
        timings.eventsSet(3);
        timings.eventsShown(3);
        assertEquals(List.of(), lines());
    }

    @Test
    void theFlagIsNotTakenForAPathToOpen() {
        assertEquals(List.of("a.txt", "news"), StartupTimings.withoutFlag(List.of("a.txt", "--timings", "news")));
    }
}
