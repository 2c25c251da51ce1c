package org.diplomatictimeline.corpus.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
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
}
