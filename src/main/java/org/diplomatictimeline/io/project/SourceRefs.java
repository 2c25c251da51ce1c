package org.diplomatictimeline.io.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.curation.DocumentHashes;

/** Records a loaded corpus as project source references, hashing each file as it is on disk now. */
public final class SourceRefs {

    private SourceRefs() {
    }

    /**
     * One reference per document. Files are identified by the hash of their bytes as the reader read them
     * ({@link Document#contentHash()}, computed off the FX thread while loading, so nothing is read twice); sources
     * that are not files (the bundled seeds) by their text, and always keep a copy since there is no file to go back to.
     *
     * @param keepCopies whether to store each document's text in the project too
     */
    public static List<SourceRef> of(Corpus corpus, boolean keepCopies) throws IOException {
        List<SourceRef> refs = new ArrayList<>();
        for (Document d : corpus.documents()) {
            Path file = asFile(d.source());
            if (file != null) {
                refs.add(new SourceRef(d.id(), d.source(), d.contentHash(), Files.size(file),
                        keepCopies ? d.text() : null));
            } else {
                refs.add(new SourceRef(d.id(), d.source(), DocumentHashes.sha256(d.text()), -1, d.text()));
            }
        }
        return refs;
    }

    private static Path asFile(String source) {
        try {
            Path p = Path.of(source);
            return Files.isRegularFile(p) ? p : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
