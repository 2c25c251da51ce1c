package org.diplomatictimeline.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.diplomatictimeline.corpus.Document;

/**
 * Writes a reproducible folder of synthetic wire articles (the benchmark's generator, fixed seed) for the start-up
 * measurement of a ~400-article folder: {@code java -cp "$CP" org.diplomatictimeline.bench.GeneratedNewsFolder DIR [N]}.
 * The folder belongs outside the repository.
 */
public final class GeneratedNewsFolder {

    private GeneratedNewsFolder() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int articles = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        Files.createDirectories(dir);
        long bytes = 0;
        for (Document d : EventExtractorCpuTime.corpus(articles, 42).documents()) {
            byte[] text = d.text().strip().getBytes(StandardCharsets.UTF_8);
            Files.write(dir.resolve(String.format(Locale.ROOT, "%s.txt", d.id())), text);
            bytes += text.length;
        }
        System.out.printf(Locale.ROOT, "%d articles, %.2f MB in %s%n", articles, bytes / 1e6, dir);
    }
}
