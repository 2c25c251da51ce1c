package org.diplomatictimeline.app.curation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.diplomatictimeline.app.Workspace;
import org.diplomatictimeline.app.WorkspaceStage;
import org.diplomatictimeline.curation.CurationSession;
import org.diplomatictimeline.curation.DocumentHashes;
import org.diplomatictimeline.io.project.SourceRef;
import org.diplomatictimeline.io.project.SourceRefs;

/**
 * Curation as the stage between loading and showing: a new extraction is put under the project's decisions
 * ({@link ProjectDocument#setExtraction}), and what is shown is the curated model over the same corpus, every
 * event in it (rejected ones too; the view model hides those unless asked).
 *
 * <p>It answers for the extraction it was last given; {@link #onChange} tells the view model to restage when a
 * decision changes the curated model, except while the stage itself is applying (re-attaching decisions to a new
 * extraction notifies the session's listeners, and the result is being returned anyway).
 */
final class CurationStage implements WorkspaceStage {

    private static final Logger LOG = Logger.getLogger(CurationStage.class.getName());

    private final ProjectDocument doc;
    private Workspace extraction;
    private boolean applying;

    CurationStage(ProjectDocument doc) {
        this.doc = Objects.requireNonNull(doc, "doc");
    }

    @Override
    public Workspace apply(Workspace loaded) {
        applying = true;
        try {
            if (loaded != extraction) {
                extraction = loaded;
                doc.setExtraction(loaded.model(), DocumentHashes.of(loaded.corpus()), sources(loaded));
            }
            CurationSession session = doc.getSession();
            if (session == null) {
                return loaded;
            }
            return new Workspace(loaded.paths(), loaded.corpus(), session.curated().model());
        } finally {
            applying = false;
        }
    }

    /** The extraction under the decisions, or null before the first load. */
    Workspace extraction() {
        return extraction;
    }

    /** Whether a change of the curated model should be shown now (not while this stage is applying). */
    boolean onChange() {
        return !applying;
    }

    private List<SourceRef> sources(Workspace loaded) {
        try {
            return keepMissing(SourceRefs.of(loaded.corpus(), false), doc.sources());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not hash the corpus files", e);
            return doc.sources();
        }
    }

    /** References of documents that did not load this time stay in the project: their decisions still point there. */
    private static List<SourceRef> keepMissing(List<SourceRef> loaded, List<SourceRef> before) {
        Set<String> ids = loaded.stream().map(SourceRef::documentId).collect(Collectors.toSet());
        List<SourceRef> all = new ArrayList<>(loaded);
        before.stream().filter(r -> !ids.contains(r.documentId())).forEach(all::add);
        return all;
    }
}
