package org.diplomatictimeline.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.Locale;
import org.diplomatictimeline.time.NewsTemporalTagger;

/**
 * Companion to {@link TemporalTaggerBench} for a shared, loaded machine: measures the tagging thread's own CPU time
 * (not wall time), so the MB/s per core it prints does not depend on how many other processes compete for the cores;
 * the process CPU figure also counts garbage collection and compiler threads.
 * Run: {@code java -cp target/test-classes:target/classes org.diplomatictimeline.bench.TemporalTaggerCpuTime}.
 */
public final class TemporalTaggerCpuTime {

    private TemporalTaggerCpuTime() {
    }

    public static void main(String[] args) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean process =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        NewsTemporalTagger tagger = new NewsTemporalTagger();
        LocalDate anchor = LocalDate.of(2019, 6, 5);
        int[] sizes = {10_000, 100_000, 1_000_000, 4_000_000};
        String warm = NewsTextGenerator.text(1_000_000, 7);
        for (int i = 0; i < 20; i++) {
            tagger.tag(warm, anchor);
        }
        for (int size : sizes) {
            String text = NewsTextGenerator.text(size, 42);
            int rounds = Math.max(3, 20_000_000 / size);
            long found = 0;
            long cpu = threads.getCurrentThreadCpuTime();
            long processCpu = process.getProcessCpuTime();
            for (int r = 0; r < rounds; r++) {
                found += tagger.tag(text, anchor).size();
            }
            long nanos = threads.getCurrentThreadCpuTime() - cpu;
            long processNanos = process.getProcessCpuTime() - processCpu;
            double chars = (double) text.length() * rounds;
            System.out.printf(Locale.ROOT, "%9d chars  %6d expressions  thread CPU %8.2f ms/text = %6.2f MB/s"
                            + "  process CPU (with GC) %6.2f MB/s%n", text.length(), found / rounds,
                    nanos / 1e6 / rounds, chars / (nanos / 1e9) / 1e6, chars / (processNanos / 1e9) / 1e6);
        }
    }
}
