package org.diplomatictimeline.app;

import java.nio.file.Path;
import java.util.List;

/**
 * The real load: read the corpus, then extract its events.
 *
 * <p>(Placeholder until the corpus reader and the extractor are merged: loads nothing.)
 */
final class ExtractionPipeline implements LoadPipeline {

    @Override
    public Workspace load(List<Path> paths, LoadProgress progress) {
        return Workspace.empty();
    }
}
