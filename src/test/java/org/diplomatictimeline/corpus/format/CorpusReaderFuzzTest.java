package org.diplomatictimeline.corpus.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.corpus.CorpusReader;
import org.diplomatictimeline.corpus.ReadListener;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The fuzzing job: mutants of a fixed seed corpus (one small file of every format) read through {@link CorpusReader}
 * for a bounded time. A crash is any throwable escaping the reader, a hang an input that takes over the hang bound;
 * both are saved under {@code target/fuzz/} and fail the job. Not part of the ordinary build: run it with
 * {@code ./mvnw -B -ntp -o -Pfuzz test -Dfuzz.seconds=60} (see docs/BENCHMARKS.md).
 */
@Tag("fuzz")
class CorpusReaderFuzzTest {

    private static final long SEED = Long.getLong("fuzz.seed", 20261205L);
    private static final long SECONDS = Long.getLong("fuzz.seconds", 30L);
    private static final long HANG_SECONDS = 10;
    private static final long SLOW_MILLIS = 1_000;
    private static final String[] EXTENSIONS = {"txt", "md", "html", "pdf", "docx", "mhtml"};

    @Test
    void mutatedFilesNeverCrashOrHangTheReader() throws Exception {
        List<byte[]> seeds = seeds();
        ByteMutator mutator = new ByteMutator(SEED, seeds, 256 * 1024);
        Path work = Files.createDirectories(Path.of("target", "fuzz", "work"));
        Path findings = Files.createDirectories(Path.of("target", "fuzz", "findings"));
        CorpusReader reader = new CorpusReader();
        ExecutorService runner = newRunner();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
        long inputs = 0;
        List<String> crashes = new ArrayList<>();
        List<String> hangs = new ArrayList<>();
        int slow = 0;
        long started = System.nanoTime();
        while (System.nanoTime() < end) {
            byte[] input = mutator.next();
            String extension = EXTENSIONS[(int) (inputs % EXTENSIONS.length)];
            Path file = work.resolve("input." + extension);
            Files.write(file, input);
            long t0 = System.nanoTime();
            Future<Corpus> read = runner.submit(() -> reader.read(List.of(file), ReadListener.NONE));
            try {
                read.get(HANG_SECONDS, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                crashes.add(save(findings, "crash", inputs, extension, input) + ": " + e.getCause());
            } catch (TimeoutException e) {
                hangs.add(save(findings, "hang", inputs, extension, input));
                read.cancel(true);
                runner.shutdownNow(); // the stuck thread is abandoned; a fresh one reads on
                runner = newRunner();
            }
            if (TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0) > SLOW_MILLIS) {
                slow++;
                save(findings, "slow", inputs, extension, input);
            }
            inputs++;
        }
        runner.shutdownNow();
        double seconds = (System.nanoTime() - started) / 1e9;
        String summary = String.format(Locale.ROOT,
                "fuzz: seed %d, %d inputs in %.0f s (%.0f inputs/s), %d crashes, %d hangs (> %d s), %d slow (> %d ms)",
                SEED, inputs, seconds, inputs / seconds, crashes.size(), hangs.size(), HANG_SECONDS, slow, SLOW_MILLIS);
        System.out.println(summary);
        Files.writeString(Path.of("target", "fuzz", "summary.txt"), summary + "\n" + String.join("\n", crashes)
                + "\n" + String.join("\n", hangs) + "\n");
        assertThat(crashes).as(summary).isEmpty();
        assertThat(hangs).as(summary).isEmpty();
    }

    private static ExecutorService newRunner() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-reader");
            t.setDaemon(true);
            return t;
        });
    }

    private static String save(Path dir, String kind, long n, String extension, byte[] input) throws IOException {
        Path file = dir.resolve(kind + "-" + n + "." + extension);
        Files.write(file, input);
        return file.toString();
    }

    /** One small file of every format the reader knows, written here so the corpus is fixed and ours. */
    static List<byte[]> seeds() throws IOException {
        String article = "Envoys met in Oslo on 3 May 2021. They agreed to meet again in June.";
        List<byte[]> seeds = new ArrayList<>();
        seeds.add(("OSLO, 3 May 2021\n\n" + article + "\n").getBytes(StandardCharsets.UTF_8));
        seeds.add(("---\ntitle: Envoys meet\nsource: https://example.org/a\ndate: 2021-05-03\n---\n\n# Envoys meet\n\n"
                + article + "\n").getBytes(StandardCharsets.UTF_8));
        String html = "<!doctype html><html><head><meta charset=\"utf-8\"><title>Envoys meet | Gazette</title>"
                + "<meta property=\"article:published_time\" content=\"2021-05-03\"></head><body><nav>Home</nav>"
                + "<article><h1>Envoys meet</h1><p>" + article + "</p><p>" + article + "</p></article></body></html>";
        seeds.add(html.getBytes(StandardCharsets.UTF_8));
        seeds.add(PdfFixture.pages(List.of(List.of("Envoys met in Oslo on 3 May 2021."),
                List.of("They agreed to meet again in June."))));
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(docx)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                    + "<w:p><w:r><w:t>" + article + "</w:t></w:r></w:p></w:body></w:document>")
                    .getBytes(StandardCharsets.UTF_8));
        }
        seeds.add(docx.toByteArray());
        seeds.add(("MIME-Version: 1.0\nContent-Type: multipart/related; boundary=\"b\"\n\n--b\n"
                + "Content-Type: text/html; charset=\"utf-8\"\nContent-Location: https://example.org/a\n\n" + html
                + "\n--b--\n").getBytes(StandardCharsets.UTF_8));
        return seeds;
    }
}
