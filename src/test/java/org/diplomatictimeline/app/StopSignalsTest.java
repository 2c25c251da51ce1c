package org.diplomatictimeline.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Ctrl+C or a polite kill ends the app as a normal stop, so a launcher does not report a failure. */
class StopSignalsTest {

    /** A JVM that installs the handlers, says so, and waits to be stopped. */
    public static final class Probe {
        public static void main(String[] args) throws InterruptedException {
            StopSignals.exitCleanly();
            System.out.println("ready");
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    @ParameterizedTest(name = "SIG{0}")
    @CsvSource({"INT", "TERM"})
    void aStopSignalEndsTheProcessWithStatusZero(String signal) throws Exception {
        assumeTrue(!System.getProperty("os.name", "").toLowerCase().startsWith("windows"), "POSIX signals");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process probe = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                Probe.class.getName()).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(probe.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("ready");
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(probe.pid())).start();
            assertThat(kill.waitFor()).isZero();

            // a guard against a hang, not a measurement
            assertThat(probe.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(probe.exitValue()).isZero();
        } finally {
            probe.destroyForcibly();
        }
    }
}
