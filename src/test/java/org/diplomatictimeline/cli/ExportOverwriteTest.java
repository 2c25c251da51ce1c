package org.diplomatictimeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export --out} never writes over what the user gave it to read, however the path is spelled. */
class ExportOverwriteTest {

    private static final String ARTICLE = "The foreign ministers of Peru and Chile met in Lima on 3 May 2021.\n";

    @TempDir
    Path root;

    private Path corpus;
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void writeCorpus() throws IOException {
        corpus = Files.createDirectories(root.resolve("corpus"));
        Files.writeString(corpus.resolve("a0.md"), ARTICLE, StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("a1.txt"), ARTICLE, StandardCharsets.UTF_8);
    }

    private int export(String... args) {
        List<String> all = new ArrayList<>(List.of("export"));
        all.addAll(List.of(args));
        return Main.run(all, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private void assertArticlesUntouched() throws IOException {
        assertThat(Files.readString(corpus.resolve("a0.md"))).isEqualTo(ARTICLE);
        assertThat(Files.readString(corpus.resolve("a1.txt"))).isEqualTo(ARTICLE);
    }

    @Test
    void anArticleOfAnInputFolderIsRefusedWhateverItsExtension() throws IOException {
        assertThat(export(corpus.toString(), "--out", corpus.resolve("a0.md").toString())).isEqualTo(2);
        assertThat(export(corpus.toString(), "--out", corpus.resolve("sub/../a1.txt").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("a0.md", "choose another --out");
        assertArticlesUntouched();
    }

    @Test
    void aLinkThatResolvesToAnInputIsRefusedAndLeftALink() throws IOException {
        Path link = Files.createSymbolicLink(root.resolve("out.json"), corpus.resolve("a0.md"));
        Path linkedFolder = Files.createSymbolicLink(root.resolve("alias"), corpus);

        assertThat(export(corpus.resolve("a0.md").toString(), "--out", link.toString())).isEqualTo(2);
        assertThat(export(corpus.toString(), "--out", linkedFolder.resolve("a1.txt").toString())).isEqualTo(2);

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertArticlesUntouched();
    }

    @Test
    void anExistingFileInsideAnInputFolderIsRefusedButANewOneIsWritten() throws IOException {
        Files.writeString(corpus.resolve("notes.json"), "{}", StandardCharsets.UTF_8);

        assertThat(export(corpus.toString(), "--out", corpus.resolve("notes.json").toString())).isEqualTo(2);
        assertThat(export(corpus.toString(), "--out", corpus.resolve("events.json").toString())).isZero();

        assertThat(Files.readString(corpus.resolve("notes.json"))).isEqualTo("{}");
        assertThat(Files.readString(corpus.resolve("events.json"))).contains("\"documents\"");
        assertArticlesUntouched();
    }

    @Test
    void aMissingPathIsNamedAndTheOthersAreStillExported() throws IOException {
        Path out = root.resolve("events.json");

        int code = export(root.resolve("gone.txt").toString(), corpus.resolve("a1.txt").toString(), "--out",
                out.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("gone.txt: no such file or folder");
        assertThat(Files.readString(out)).contains("a1");
    }

    @Test
    void libraryWarningsAboutADamagedPdfStayOffTheConsole() throws IOException {
        // given a PDF whose stream length is wrong (PDFBox repairs it, and warns), and a console handler on the root
        String pdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                + "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
                + "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>\nendobj\n"
                + "4 0 obj\n<< /Length 99 >>\nstream\nBT /F9 12 Tf (Hi) Tj ET\nendstream\nendobj\n"
                + "trailer\n<< /Root 1 0 R >>\n%%EOF\n";
        Files.writeString(corpus.resolve("damaged.pdf"), pdf, StandardCharsets.ISO_8859_1);
        List<LogRecord> console = new CopyOnWriteArrayList<>();
        Handler spy = new Handler() {
            @Override
            public void publish(LogRecord r) {
                console.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger rootLogger = Logger.getLogger("");
        rootLogger.addHandler(spy);
        try {
            export(corpus.toString(), "--out", root.resolve("events.json").toString());
        } finally {
            rootLogger.removeHandler(spy);
        }

        // then no library record reached the root's (console) handlers
        assertThat(console).extracting(LogRecord::getLoggerName)
                .noneMatch(name -> name != null && name.startsWith("org.apache"));
    }
}
