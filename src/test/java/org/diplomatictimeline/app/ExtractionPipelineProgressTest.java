package org.diplomatictimeline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.diplomatictimeline.corpus.CorpusReader;
import org.diplomatictimeline.extract.EventExtractor;
import org.junit.jupiter.api.Test;

/** The load pipeline passes per-document progress and the user's cancel through to the extractor. */
class ExtractionPipelineProgressTest {

    private static final class Recording implements LoadProgress {
        final List<String> messages = new ArrayList<>();
        final AtomicBoolean cancelled = new AtomicBoolean();

        @Override
        public void update(String message, double fraction) {
            messages.add(message);
        }

        @Override
        public boolean isCancelled() {
            return cancelled.get();
        }
    }

    @Test
    void eachAnalysedDocumentIsReportedWhileFindingEvents() throws Exception {
        Recording progress = new Recording();
        LoadPipeline pipeline = new ExtractionPipeline(() -> true, new CorpusReader(),
                new EventExtractor()::extract);

        Workspace workspace = pipeline.load(List.of(), progress);

        int documents = workspace.corpus().documents().size();
        assertThat(workspace.model().events()).isNotEmpty();
        assertThat(progress.messages).contains("Finding events (" + documents + "/" + documents + " documents)");
    }

    @Test
    void aCancelDuringExtractionEndsTheLoadWithoutEvents() throws Exception {
        Recording progress = new Recording();
        LoadPipeline pipeline = new ExtractionPipeline(() -> true, new CorpusReader(), (corpus, extraction) -> {
            progress.cancelled.set(true); // the user presses Cancel as extraction starts
            return new EventExtractor().extract(corpus, extraction);
        });

        Workspace workspace = pipeline.load(List.of(), progress);

        assertThat(workspace.model().events()).isEmpty();
    }
}
