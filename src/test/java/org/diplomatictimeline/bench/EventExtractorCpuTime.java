package org.diplomatictimeline.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.corpus.format.DocumentFormat;
import org.diplomatictimeline.extract.EventExtractor;

/**
 * Companion to {@link EventExtractorBench} for a shared, loaded machine: measures the extracting thread's own CPU
 * time for the whole {@code EventExtractor.extract} over synthetic corpora of growing size, so the KB/s per core it
 * prints does not depend on other processes; the process figure also counts garbage collection and JIT threads.
 * Run: {@code java -cp target/test-classes:target/classes:DEPS org.diplomatictimeline.bench.EventExtractorCpuTime
 * [ARTICLES...]} (default 100 400 1600 6400).
 */
public final class EventExtractorCpuTime {

    private EventExtractorCpuTime() {
    }

    public static void main(String[] args) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean process =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        EventExtractor extractor = new EventExtractor();
        Corpus warm = corpus(400, 7);
        for (int i = 0; i < 15; i++) {
            extractor.extract(warm);
        }
        int[] sizes = args.length == 0 ? new int[] {100, 400, 1600, 6400}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        for (int articles : sizes) {
            Corpus corpus = corpus(articles, 42);
            long chars = corpus.documents().stream().mapToLong(d -> d.text().length()).sum();
            int rounds = Math.max(2, 3200 / articles);
            long cpu = threads.getCurrentThreadCpuTime();
            long processCpu = process.getProcessCpuTime();
            int events = 0;
            for (int r = 0; r < rounds; r++) {
                events = extractor.extract(corpus).events().size();
            }
            long nanos = threads.getCurrentThreadCpuTime() - cpu;
            long processNanos = process.getProcessCpuTime() - processCpu;
            double total = (double) chars * rounds;
            System.out.printf(Locale.ROOT, "%5d articles %8.1f KB  %5d events  thread CPU %8.1f ms = %7.0f KB/s"
                            + "  process CPU (with GC) %7.0f KB/s%n", articles, chars / 1024.0, events,
                    nanos / 1e6 / rounds, total / 1024 / (nanos / 1e9), total / 1024 / (processNanos / 1e9));
        }
    }

    public static Corpus corpus(int articles, long seed) {
        Random random = new Random(seed);
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < articles; i++) {
            String text = EventExtractorBench.article(random);
            String header = String.format(Locale.ROOT, "2019-%02d-%02d", 1 + random.nextInt(12),
                    1 + random.nextInt(28));
            String prefix = random.nextInt(4) == 0 ? "" : " date " + header + " ";
            String full = prefix + text;
            docs.add(new Document("doc" + i, "doc" + i + ".txt", "", full, prefix.isEmpty() ? null : header,
                    prefix.length(), "UTF-8", DocumentFormat.PLAIN_TEXT, List.of()));
        }
        return new Corpus(docs, List.of());
    }
}
