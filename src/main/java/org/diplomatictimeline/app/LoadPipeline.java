package org.diplomatictimeline.app;

import java.nio.file.Path;
import java.util.List;

/** Turns paths into a workspace (read the corpus, extract the events); runs off the FX thread. */
@FunctionalInterface
public interface LoadPipeline {

    /**
     * Loads the given files and folders, or the bundled seed corpus when {@code paths} is empty. Problems with single
     * files end up in the corpus' problem list; only a failure of the whole load is thrown.
     */
    Workspace load(List<Path> paths, LoadProgress progress) throws Exception;
}
