package org.diplomatictimeline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.diplomatictimeline.corpus.CorpusReader;
import org.diplomatictimeline.model.EventModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A load hands the documents it read to the extractor's preparation before the duplicate check and extraction. */
class ExtractionPipelinePrepareTest {

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
    void theReadDocumentsArePreparedBeforeTheDuplicateCheck(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("talks.txt"), "Ministers met in Geneva on Monday.\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("visit.txt"), "The envoy arrived in Oslo on Friday.\n", StandardCharsets.UTF_8);
        List<String> steps = new ArrayList<>();
        ExtractionPipeline pipeline = new ExtractionPipeline(() -> true, CorpusReader::new,
                (corpus, progress) -> {
                    steps.add("extract");
                    return EventModel.empty();
                },
                docs -> {
                    steps.add("duplicates");
                    return List.of();
                },
                docs -> steps.add("prepare " + docs.size()));

        pipeline.load(List.of(folder), QUIET);

        assertThat(steps).containsExactly("prepare 2", "duplicates", "extract");
    }
}
