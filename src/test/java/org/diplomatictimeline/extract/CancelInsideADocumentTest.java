package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.diplomatictimeline.corpus.Corpus;
import org.junit.jupiter.api.Test;

/** Cancel stops the analysis of one huge document part-way, not only before the next document. */
class CancelInsideADocumentTest {

    /** Lets the document start, then says stop: the user pressed Cancel while it was being analysed. */
    private static final class CancelOnceStarted implements ExtractionProgress {
        final AtomicInteger asked = new AtomicInteger();
        final AtomicBoolean finishedADocument = new AtomicBoolean();

        @Override
        public boolean isCancelled() {
            return asked.incrementAndGet() > 1;
        }

        @Override
        public void documentsAnalysed(int done, int total) {
            finishedADocument.set(true);
        }
    }

    @Test
    void cancellingWhileAHugeDocumentIsAnalysedStopsItBeforeItsEnd() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 3_000; i++) {
            body.append("On 12 May 2021 the foreign minister of France met the foreign minister of Germany in Paris. ");
        }
        Corpus corpus = new Corpus(List.of(TestArticles.article("huge", body.toString())), List.of());
        CancelOnceStarted progress = new CancelOnceStarted();
        EventExtractor extractor = new EventExtractor(Runnable::run);

        assertThatThrownBy(() -> extractor.extract(corpus, progress)).isInstanceOf(CancellationException.class);

        assertThat(progress.finishedADocument).as("the document's analysis was abandoned, not completed").isFalse();
    }
}
