package org.diplomatictimeline.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A reader that reads several files at once gives exactly what the one-file-at-a-time reader gives. */
class CorpusReaderOnManyThreadsTest {

    @TempDir
    Path dir;

    private final ExecutorService pool = Executors.newFixedThreadPool(3);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @ParameterizedTest(name = "{0} files at once")
    @ValueSource(ints = {1, 2, 4, 50})
    void documentsIdsAndProblemsAreThoseOfTheSequentialRead(int filesAtOnce) throws IOException {
        // given repeated names (ids depend on the files before), a bad file, an empty one and a warning
        for (int i = 0; i < 20; i++) {
            Files.createDirectories(dir.resolve("d" + i / 4));
            write("d" + i / 4 + "/talks" + (i % 4) + ".txt",
                    " date 2020-02-0" + (i % 9 + 1) + " Envoys met for round " + i + " of the talks.\n");
        }
        Files.write(dir.resolve("bad.txt"), new byte[] {0x50, 0x4B, 0x00, 0x01, 0x02, 0x00, (byte) 0xFF, 0x10});
        write("empty.txt", "   \n");
        Files.write(dir.resolve("old.txt"), "Caf\u00E9 Summit\n\nThe leaders met at the caf\u00E9.\n"
                .getBytes(Charset.forName("windows-1252")));

        Corpus sequential = new CorpusReader().read(List.of(dir), ReadListener.NONE);
        Corpus parallel = new CorpusReader(pool, filesAtOnce).read(List.of(dir), ReadListener.NONE);

        assertThat(parallel.documents()).isEqualTo(sequential.documents());
        assertThat(parallel.problems()).isEqualTo(sequential.problems());
        assertThat(parallel.problems()).extracting(LoadProblem::source)
                .anySatisfy(s -> assertThat(s).endsWith("bad.txt"))
                .anySatisfy(s -> assertThat(s).endsWith("empty.txt"))
                .anySatisfy(s -> assertThat(s).endsWith("old.txt"));
        assertThat(parallel.documents()).extracting(Document::id).doesNotHaveDuplicates().hasSize(21);
    }

    @Test
    void progressIsReportedPerFileInTheFilesOrder() throws IOException {
        write("a.txt", "Alpha Talks\n\nA.");
        write("b.txt", "Beta Talks\n\nB.");
        write("c.txt", "Gamma Talks\n\nC.");
        List<String> calls = new ArrayList<>();

        new CorpusReader(pool, 3).read(List.of(dir), new ReadListener() {
            @Override
            public void progress(int filesDone, int filesTotal, String currentFile) {
                calls.add(filesDone + "/" + filesTotal + " " + Path.of(currentFile).getFileName());
            }
        });

        assertThat(calls).containsExactly("0/3 a.txt", "1/3 b.txt", "2/3 c.txt", "3/3 c.txt");
    }

    @Test
    void cancelKeepsTheFilesBeforeItAndNamesTheFirstOneLeft() throws IOException {
        write("a.txt", "Alpha Talks\n\nA.");
        write("b.txt", "Beta Talks\n\nB.");
        write("c.txt", "Gamma Talks\n\nC.");
        write("d.txt", "Delta Talks\n\nD.");

        // b, c and d may already have been read on the pool: they are still not loaded
        Corpus corpus = new CorpusReader(pool, 4).read(List.of(dir), new CancelAfterFirstFile());

        assertThat(corpus.documents()).extracting(Document::id).containsExactly("a");
        assertThat(corpus.problems()).singleElement().satisfies(p -> {
            assertThat(p.source()).endsWith("b.txt");
            assertThat(p.message()).isEqualTo("cancelled: this file and 2 more were not read");
        });
    }

    @Test
    void listenerIsAskedOnlyOnTheCallingThread() throws IOException {
        for (int i = 0; i < 8; i++) {
            write("doc" + i + ".txt", "Talks " + i + "\n\nThe envoys met.");
        }
        Thread caller = Thread.currentThread();
        List<Thread> seen = new ArrayList<>();

        new CorpusReader(pool, 4).read(List.of(dir), new ReadListener() {
            @Override
            public void progress(int filesDone, int filesTotal, String currentFile) {
                seen.add(Thread.currentThread());
            }

            @Override
            public boolean isCancelled() {
                seen.add(Thread.currentThread());
                return false;
            }
        });

        assertThat(seen).isNotEmpty().containsOnly(caller);
    }

    @Test
    void atLeastOneFileAtOnceIsRequired() {
        assertThatThrownBy(() -> new CorpusReader(pool, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
