package org.diplomatictimeline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.diplomatictimeline.corpus.CorpusReader;
import org.diplomatictimeline.model.EventModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's corpus reader is made by the first load of files, once, and never for the seeds. */
class ExtractionPipelineReaderTest {

    private static final LoadProgress QUIET = new LoadProgress() {
        @Override
        public void update(String message, double fraction) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    @Test
    void theReaderIsMadeAtTheFirstLoadOfFilesAndKept(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("talks.txt"), "Ministers met in Geneva on Monday.\n", StandardCharsets.UTF_8);
        AtomicInteger made = new AtomicInteger();
        ExtractionPipeline pipeline = new ExtractionPipeline(() -> true, () -> {
            made.incrementAndGet();
            return new CorpusReader();
        }, (corpus, progress) -> EventModel.empty());

        Workspace seeds = pipeline.load(List.of(), QUIET);
        int madeForSeeds = made.get();
        Workspace first = pipeline.load(List.of(folder), QUIET);
        Workspace second = pipeline.load(List.of(folder), QUIET);

        assertThat(seeds.corpus().documents()).isNotEmpty();
        assertThat(madeForSeeds).isZero();
        assertThat(first.corpus().documents()).hasSize(1);
        assertThat(second.corpus().documents()).hasSize(1);
        assertThat(made).hasValue(1);
    }
}
