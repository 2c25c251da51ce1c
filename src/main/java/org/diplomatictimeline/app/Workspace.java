package org.diplomatictimeline.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.model.EventModel;

/**
 * What one load produced: the documents with their texts, the extracted event model, and the paths asked for.
 *
 * @param paths the files and folders the user chose; empty for the bundled seed corpus
 */
public record Workspace(List<Path> paths, Corpus corpus, EventModel model) {

    public Workspace {
        paths = List.copyOf(paths);
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(model, "model");
    }

    public static Workspace empty() {
        return new Workspace(List.of(), new Corpus(List.of(), List.of()), EventModel.empty());
    }
}
