package org.diplomatictimeline.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.diplomatictimeline.corpus.format.DocumentFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading files and folders: every good file loads, every bad one is named with its problem. */
class CorpusReaderTest {

    private static final String ARTICLE = " date 2021-03-04 The foreign ministers of Norway and Chile met in Oslo"
            + " on Wednesday. They discussed fisheries.\n\nA second meeting is planned for May.\n";

    @TempDir
    Path dir;

    private final CorpusReader reader = new CorpusReader();

    @Test
    void plainTextKeepsItsExactTextDateBodyAndTitle() throws IOException {
        Path file = write("oslo.txt", ARTICLE);

        Corpus corpus = reader.read(List.of(file), ReadListener.NONE);

        assertThat(corpus.problems()).isEmpty();
        Document d = corpus.documents().get(0);
        assertThat(d.id()).isEqualTo("oslo");
        assertThat(d.text()).isEqualTo(ARTICLE);
        assertThat(d.headerDate()).isEqualTo("2021-03-04");
        assertThat(d.body()).startsWith("The foreign ministers");
        assertThat(d.title()).isEqualTo("The foreign ministers of Norway and Chile met in Oslo on Wednesday");
        assertThat(d.source()).isEqualTo(file.toAbsolutePath().toString());
        assertThat(d.contentHash()).isEqualTo(ContentHash.of(Files.readAllBytes(file)));
        assertThat(d.pageStarts()).isEmpty();
    }

    @Test
    void offsetsIntoTheTextPointAtTheSameCharactersAsInTheFile() throws IOException {
        // given text with characters outside the BMP and Windows line ends, which must not shift offsets
        String text = "Summit \uD83C\uDF0D in K\u00F6ln\r\nThe leaders met in K\u00F6ln on Friday.\r\n";
        Path file = write("koeln.txt", text);

        Document d = reader.read(List.of(file), ReadListener.NONE).documents().get(0);

        int at = d.text().indexOf("K\u00F6ln on Friday");
        assertThat(at).isEqualTo(text.indexOf("K\u00F6ln on Friday"));
        assertThat(d.text().substring(at, at + 4)).isEqualTo("K\u00F6ln");
        assertThat(d.text()).isEqualTo(text);
    }

    @Test
    void folderWithOneBadFileLoadsTheRestAndNamesTheBadOne() throws IOException {
        write("a.txt", "Ministers Meet\n\nThe ministers met in Rome.");
        Path bad = dir.resolve("b.txt");
        Files.write(bad, new byte[] {0x50, 0x4B, 0x00, 0x01, 0x02, 0x00, (byte) 0xFF, 0x10, 0x00, 0x7F});
        write("c.md", "# Envoys Return\n\nThe envoys returned home.");

        Corpus corpus = reader.read(List.of(dir), ReadListener.NONE);

        assertThat(corpus.documents()).extracting(Document::id).containsExactly("a", "c");
        assertThat(corpus.documents().get(1).title()).isEqualTo("Envoys Return");
        assertThat(corpus.documents().get(1).format()).isEqualTo(DocumentFormat.MARKDOWN);
        assertThat(corpus.problems()).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo(bad.toAbsolutePath().toString());
            assertThat(p.message()).contains("not a text document");
            assertThat(p.fatal()).isTrue();
            assertThat(p.toString()).startsWith(bad.toAbsolutePath().toString());
        });
    }

    @Test
    void emptyAndWhitespaceOnlyFilesAreNamed() throws IOException {
        Path empty = write("empty.txt", "");
        Path blank = write("blank.txt", "  \n\t\n ");

        Corpus corpus = reader.read(List.of(empty, blank), ReadListener.NONE);

        assertThat(corpus.documents()).isEmpty();
        assertThat(corpus.problems()).extracting(LoadProblem::toString).containsExactly(
                empty.toAbsolutePath() + ": empty file (0 bytes)",
                blank.toAbsolutePath() + ": contains no text (only whitespace)");
    }

    @Test
    void hugeFileIsRefusedWithoutBeingRead() throws IOException {
        // given a sparse 212 MB file: its size costs no disk and reading it would cost the heap
        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(212L * 1024 * 1024);
        }
        write("fine.txt", "Talks Resume\n\nThe talks resumed.");

        Corpus corpus = reader.read(List.of(dir), ReadListener.NONE);

        assertThat(corpus.documents()).extracting(Document::id).containsExactly("fine");
        assertThat(corpus.problems()).singleElement().satisfies(p -> {
            assertThat(p.source()).endsWith("huge.txt");
            assertThat(p.message()).isEqualTo("too large (212 MB); limit 20 MB");
        });
    }

    @Test
    void unreadableFileIsNamed() throws IOException {
        Path locked = write("locked.txt", "Secret Talks\n\nThey met.");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        // root reads anything: the check is meaningless then
        assumeFalse(Files.isReadable(locked) && canRead(locked), "running as a user who can read mode-000 files");

        Corpus corpus = reader.read(List.of(locked), ReadListener.NONE);

        assertThat(corpus.documents()).isEmpty();
        assertThat(corpus.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("permission denied"));
    }

    @Test
    void missingPathIsNamed() {
        Path gone = dir.resolve("gone.txt");

        Corpus corpus = reader.read(List.of(gone), ReadListener.NONE);

        assertThat(corpus.problems()).singleElement().satisfies(p -> {
            assertThat(p.source()).endsWith("gone.txt");
            assertThat(p.message()).startsWith("not found");
        });
    }

    @Test
    void windows1252FileLoadsWithAWarning() throws IOException {
        String text = "Caf\u00E9 Diplomacy \u2013 the \u201Cnew\u201D way\n\nMinisters met for coffee.";
        Path file = dir.resolve("cafe.txt");
        Files.write(file, text.getBytes(Charset.forName("windows-1252")));

        Corpus corpus = reader.read(List.of(file), ReadListener.NONE);

        assertThat(corpus.documents().get(0).text()).isEqualTo(text);
        assertThat(corpus.documents().get(0).encoding()).isEqualTo("windows-1252");
        assertThat(corpus.problems()).singleElement().satisfies(p -> {
            assertThat(p.fatal()).isFalse();
            assertThat(p.message()).startsWith("decoded as windows-1252");
        });
    }

    @Test
    void malformedDateLineLoadsWithoutDateAndWarns() throws IOException {
        Path file = write("bad-date.txt", " date 2019-13-45 There were talks in Lima.");

        Corpus corpus = reader.read(List.of(file), ReadListener.NONE);

        Document d = corpus.documents().get(0);
        assertThat(d.headerDate()).isNull();
        assertThat(d.body()).startsWith("There were talks");
        assertThat(corpus.problems()).singleElement().satisfies(p -> {
            assertThat(p.fatal()).isFalse();
            assertThat(p.message()).contains("2019-13-45");
        });
    }

    @Test
    void markdownFrontMatterGivesTitleDateAndBody() throws IOException {
        String text = "---\ntitle: \"Talks in Bern\"\ndate: 2020-05-06T09:00:00+02:00\ntags: [swiss]\n---\n\n"
                + "# Notes\n\nThe envoys met in Bern.\n";
        Path file = write("bern.md", text);

        Corpus corpus = reader.read(List.of(file), ReadListener.NONE);

        Document d = corpus.documents().get(0);
        assertThat(corpus.problems()).isEmpty();
        assertThat(d.text()).isEqualTo(text);
        assertThat(d.title()).isEqualTo("Talks in Bern");
        assertThat(d.headerDate()).isEqualTo("2020-05-06");
        assertThat(d.body()).startsWith("# Notes");
    }

    @Test
    void markdownWithoutFrontMatterButARuleIsUntouched() throws IOException {
        String text = "# Talks\n\nThe envoys met.\n\n---\n\nMore notes.\n";
        Path file = write("rule.md", text);

        Document d = reader.read(List.of(file), ReadListener.NONE).documents().get(0);

        assertThat(d.bodyStart()).isZero();
        assertThat(d.title()).isEqualTo("Talks");
    }

    @Test
    void corpusWithoutSkippedDocumentsKeepsTheRest() throws IOException {
        write("a.txt", "Alpha Talks\n\nA.");
        write("b.txt", "Beta Talks\n\nB.");
        write("empty.txt", "");

        Corpus corpus = reader.read(List.of(dir), ReadListener.NONE);

        assertThat(corpus.without(List.of("a")).documents()).extracting(Document::id).containsExactly("b");
        assertThat(corpus.failures()).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("empty file (0 bytes)"));
    }

    @Test
    void sameFileNamesGetUniqueIdsInStableOrder() throws IOException {
        Files.createDirectories(dir.resolve("x"));
        Files.createDirectories(dir.resolve("y"));
        write("x/talks.txt", "First Talks\n\nOne.");
        write("y/talks.txt", "Second Talks\n\nTwo.");
        write("talks.md", "# Third Talks\n\nThree.");
        write("Talks.txt", "Fourth Talks\n\nFour.");

        Corpus corpus = reader.read(List.of(dir), ReadListener.NONE);

        assertThat(corpus.documents()).extracting(Document::id)
                .containsExactly("talks", "Talks-2", "talks-3", "talks-4");
        assertThat(corpus.documents()).extracting(Document::title)
                .containsExactly("Third Talks", "Fourth Talks", "First Talks", "Second Talks");
    }

    @Test
    void progressIsReportedPerFile() throws IOException {
        write("a.txt", "Alpha Talks\n\nA.");
        write("b.txt", "Beta Talks\n\nB.");
        List<String> calls = new ArrayList<>();

        reader.read(List.of(dir), new ReadListener() {
            @Override
            public void progress(int filesDone, int filesTotal, String currentFile) {
                calls.add(filesDone + "/" + filesTotal + " " + Path.of(currentFile).getFileName());
            }
        });

        assertThat(calls).containsExactly("0/2 a.txt", "1/2 b.txt", "2/2 b.txt");
    }

    @Test
    void cancelStopsBetweenFilesAndKeepsWhatWasRead() throws IOException {
        write("a.txt", "Alpha Talks\n\nA.");
        write("b.txt", "Beta Talks\n\nB.");
        write("c.txt", "Gamma Talks\n\nC.");

        Corpus corpus = reader.read(List.of(dir), new CancelAfterFirstFile());

        assertThat(corpus.documents()).extracting(Document::id).containsExactly("a");
        assertThat(corpus.problems()).singleElement().satisfies(p -> {
            assertThat(p.source()).endsWith("b.txt");
            assertThat(p.message()).isEqualTo("cancelled: this file and 1 more were not read");
        });
    }

    @Test
    void oneReaderServesSeveralThreadsAlike() throws Exception {
        for (int i = 0; i < 12; i++) {
            write("doc" + i + ".txt", " date 2020-01-0" + (i % 9 + 1) + " Talks number " + i + " were held.\n");
        }
        Corpus expected = reader.read(List.of(dir), ReadListener.NONE);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Corpus>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> reader.read(List.of(dir), ReadListener.NONE)));
            }
            for (Future<Corpus> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void cancelBeforeReadingStopsTheFolderWalk() throws IOException {
        write("a.txt", "Alpha Talks\n\nA.");

        Corpus corpus = reader.read(List.of(dir), new ReadListener() {
            @Override
            public boolean isCancelled() {
                return true;
            }
        });

        assertThat(corpus.documents()).isEmpty();
        assertThat(corpus.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("cancelled while looking for files"));
    }

    @Test
    void readerWritesNothingIntoTheCorpusFolder() throws IOException {
        write("a.txt", "Alpha Talks\n\nA.");
        Files.write(dir.resolve("b.bin"), new byte[] {0, 1, 2, 3});
        List<String> before = listing();

        reader.read(List.of(dir), ReadListener.NONE);

        assertThat(listing()).isEqualTo(before);
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.map(p -> p + " " + p.toFile().length() + " " + p.toFile().lastModified()).sorted().toList();
        }
    }

    private static boolean canRead(Path file) {
        try {
            Files.readAllBytes(file);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
