package org.diplomatictimeline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** Information goes to the log file only; the console sees our problems alone, and nothing of the start is lost. */
class AppLoggingTest {

    /** Collects what reaches it, standing in for the log file. */
    private static final class Collected extends Handler {
        final List<String> messages = new ArrayList<>();

        @Override
        public void publish(LogRecord record) {
            messages.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    @Test
    void afterRoutingNeitherOurInformationNorLibraryRecordsReachTheParentConsole() {
        AppLogging.routeAwayFromConsole(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        for (String name : List.of("org.diplomatictimeline", "org.apache", "com.sun.javafx", "javafx")) {
            Logger logger = Logger.getLogger(name);
            assertThat(logger.getUseParentHandlers()).as(name).isFalse();
            for (Handler handler : logger.getHandlers()) {
                assertThat(handler instanceof HeldLogRecords || handler.getLevel().intValue() >= Level.WARNING.intValue())
                        .as(name + " handler " + handler).isTrue();
            }
        }
    }

    @Test
    void theConsoleShowsWarningsButNotInformation() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Handler console = AppLogging.problemsOn(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        console.publish(new LogRecord(Level.INFO, "Loaded 2 documents"));
        console.publish(new LogRecord(Level.WARNING, "Cannot read a.pdf"));

        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("Cannot read a.pdf").doesNotContain("Loaded 2 documents");
    }

    @Test
    void recordsLoggedBeforeTheFileOpensAreWrittenToItInOrder() {
        HeldLogRecords held = new HeldLogRecords();
        held.publish(new LogRecord(Level.INFO, "window shown"));
        held.publish(new LogRecord(Level.INFO, "loading"));
        Collected file = new Collected();

        held.openOnto(file);
        held.publish(new LogRecord(Level.INFO, "loaded"));

        assertThat(file.messages).containsExactly("window shown", "loading", "loaded");
        assertThat(held.heldCount()).isZero();
    }

    @Test
    void withoutALogFileHeldRecordsAreDroppedInsteadOfGrowing() {
        HeldLogRecords held = new HeldLogRecords();
        held.publish(new LogRecord(Level.INFO, "window shown"));

        held.drop();
        held.publish(new LogRecord(Level.INFO, "loaded"));

        assertThat(held.heldCount()).isZero();
    }
}
