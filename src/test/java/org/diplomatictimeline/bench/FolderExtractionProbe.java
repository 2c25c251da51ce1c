package org.diplomatictimeline.bench;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.corpus.CorpusReader;
import org.diplomatictimeline.corpus.ReadListener;
import org.diplomatictimeline.extract.EventExtractor;
import org.diplomatictimeline.io.EventModelJson;
import org.diplomatictimeline.model.EventModel;

/**
 * End-to-end extraction of a folder (or the synthetic corpus when no path is given): sequential on one thread, then
 * with the articles analysed on a pool of all cores; prints wall time, process CPU (GC and JIT included) and MB/s per
 * core, and whether the two exports are byte-identical. Run on the test class path:
 * {@code java -cp "$CP" org.diplomatictimeline.bench.FolderExtractionProbe [folder...]}; the load average printed
 * beside says how shared the cores were.
 */
public final class FolderExtractionProbe {

    private FolderExtractionProbe() {
    }

    public static void main(String[] args) throws Exception {
        Corpus corpus = args.length == 0 ? EventExtractorCpuTime.corpus(400, 42)
                : new CorpusReader().read(Arrays.stream(args).map(Path::of).toList(), ReadListener.NONE);
        long bytes = corpus.documents().stream().mapToLong(d -> d.text().getBytes(
                StandardCharsets.UTF_8).length).sum();
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "%d documents, %.2f MB, %d cores, load average %.2f%n",
                corpus.documents().size(), bytes / 1e6, cores,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        EventExtractor sequential = new EventExtractor();
        ExecutorService pool = Executors.newFixedThreadPool(cores);
        try {
            EventExtractor parallel = new EventExtractor(pool);
            for (int i = 0; i < 3; i++) { // warm-up: JIT, lexicons
                sequential.extract(corpus);
                parallel.extract(corpus);
            }
            byte[] one = json(corpus, measure("sequential", bytes, () -> sequential.extract(corpus)));
            byte[] all = json(corpus, measure("parallel  ", bytes, () -> parallel.extract(corpus)));
            System.out.println("exports byte-identical: " + Arrays.equals(one, all));
        } finally {
            pool.shutdownNow();
        }
    }

    private static EventModel measure(String name, long bytes, Supplier<EventModel> run) {
        com.sun.management.OperatingSystemMXBean process =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        int rounds = 3;
        EventModel model = null;
        long cpu = process.getProcessCpuTime();
        long wall = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            model = run.get();
        }
        double wallS = (System.nanoTime() - wall) / 1e9 / rounds;
        double cpuS = (process.getProcessCpuTime() - cpu) / 1e9 / rounds;
        System.out.printf(Locale.ROOT, "%s wall %7.0f ms = %5.2f MB/s   process CPU %7.0f ms = %5.2f MB/s per core"
                        + "   (%d events, load %.2f)%n", name, wallS * 1e3, bytes / 1e6 / wallS, cpuS * 1e3,
                bytes / 1e6 / cpuS, model.events().size(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        return model;
    }

    private static byte[] json(Corpus corpus, EventModel model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EventModelJson.write(corpus, model, out);
        return out.toByteArray();
    }
}
