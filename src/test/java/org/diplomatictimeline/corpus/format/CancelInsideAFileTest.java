package org.diplomatictimeline.corpus.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.corpus.CorpusReader;
import org.diplomatictimeline.corpus.LoadProblem;
import org.diplomatictimeline.corpus.ReadListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cancel stops the reading of one huge file part-way, not only between files. */
class CancelInsideAFileTest {

    @TempDir
    Path dir;

    /** Cancels as soon as the reader has started on a file (the user presses Cancel during it). */
    private static final class CancelOnFirstFile implements ReadListener {
        final AtomicBoolean cancelled = new AtomicBoolean();

        @Override
        public void progress(int filesDone, int filesTotal, String currentFile) {
            if (filesDone < filesTotal) {
                cancelled.set(true);
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled.get();
        }
    }

    @Test
    void cancellingWhileAHugePdfIsReadStopsBetweenItsPagesAndNamesTheFile() throws Exception {
        List<List<String>> pages = new ArrayList<>();
        for (int p = 0; p < 400; p++) {
            pages.add(List.of("Page " + p + ": the envoys met again to talk about the border.",
                    "They agreed to meet once more the following week."));
        }
        Path pdf = dir.resolve("huge.pdf");
        Files.write(pdf, PdfFixture.pages(pages));
        CancelOnFirstFile listener = new CancelOnFirstFile();

        Corpus corpus = new CorpusReader().read(List.of(pdf), listener);

        assertThat(corpus.documents()).isEmpty();
        assertThat(corpus.problems()).extracting(LoadProblem::message)
                .containsExactly(DocumentFormatReader.CANCELLED);
        assertThat(corpus.problems().get(0).source()).endsWith("huge.pdf");
    }

    @Test
    void aPdfReadOnAnotherThreadAlsoStopsBetweenItsPages() throws Exception {
        List<List<String>> pages = new ArrayList<>();
        for (int p = 0; p < 400; p++) {
            pages.add(List.of("Page " + p + ": the envoys met again to talk about the border."));
        }
        Path pdf = dir.resolve("huge.pdf");
        Files.write(pdf, PdfFixture.pages(pages));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Corpus corpus = new CorpusReader(pool, 2).read(List.of(pdf), new CancelOnFirstFile());

            assertThat(corpus.documents()).isEmpty();
            assertThat(corpus.problems()).extracting(LoadProblem::message)
                    .containsExactly(DocumentFormatReader.CANCELLED);
            assertThat(corpus.problems().get(0).source()).endsWith("huge.pdf");
        } finally {
            pool.shutdownNow();
        }
    }

    /** Says "cancelled" from its n-th question on, and counts the questions. */
    private static final class CancelAfter implements BooleanSupplier {
        final AtomicInteger asked = new AtomicInteger();
        private final int n;

        CancelAfter(int n) {
            this.n = n;
        }

        @Override
        public boolean getAsBoolean() {
            return asked.incrementAndGet() >= n;
        }
    }

    @Test
    void aWordFileIsCancelledBetweenItsParagraphs() throws Exception {
        StringBuilder body = new StringBuilder();
        for (int p = 0; p < 2_000; p++) {
            body.append(DocxFixture.p("Paragraph " + p + ": the envoys met again to talk about the border."));
        }
        SourceFile docx = new SourceFile("huge.docx", "huge.docx", DocxFixture.withBody(body.toString()));
        CancelAfter cancel = new CancelAfter(50);

        assertThatThrownBy(() -> new DocxFormatReader().read(docx, ReadLimits.DEFAULT, cancel))
                .isInstanceOf(DocumentReadException.class).hasMessage(DocumentFormatReader.CANCELLED);
        assertThat(cancel.asked).hasValue(50); // stopped at the 50th of 2,000 paragraphs
    }

    @Test
    void aWebPageIsCancelledBetweenTheBlocksOfItsArticle() throws Exception {
        StringBuilder html = new StringBuilder("<html><body><article><h1>Border talks</h1>");
        for (int p = 0; p < 2_000; p++) {
            html.append("<p>Paragraph ").append(p).append(": the envoys met again to talk about the border.</p>");
        }
        html.append("</article></body></html>");
        SourceFile page = new SourceFile("huge.html", "huge.html", html.toString().getBytes(StandardCharsets.UTF_8));
        CancelAfter cancel = new CancelAfter(50);

        assertThatThrownBy(() -> new HtmlFormatReader().read(page, ReadLimits.DEFAULT, cancel))
                .isInstanceOf(DocumentReadException.class).hasMessage(DocumentFormatReader.CANCELLED);
        // Stopped at the 50th block of 2,000, then asked once more on the way out.
        assertThat(cancel.asked.get()).isBetween(50, 52);
    }

    @Test
    void readersThatAreNeverCancelledReadTheWholeFile() throws Exception {
        SourceFile docx = new SourceFile("a.docx", "a.docx",
                DocxFixture.withBody(DocxFixture.p("First.") + DocxFixture.p("Second.")));
        SourceFile page = new SourceFile("a.html", "a.html",
                "<html><body><article><p>First.</p><p>Second.</p></article></body></html>"
                        .getBytes(StandardCharsets.UTF_8));

        assertThat(new DocxFormatReader().read(docx, ReadLimits.DEFAULT, () -> false).text())
                .isEqualTo("First.\nSecond.");
        assertThat(new HtmlFormatReader().read(page, ReadLimits.DEFAULT, () -> false).text())
                .isEqualTo("First.\n\nSecond.");
    }
}
