package org.diplomatictimeline.app.launch;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.corpus.DuplicateDetector;
import org.diplomatictimeline.corpus.DuplicateGroup;
import org.diplomatictimeline.extract.ArticleCache;
import org.diplomatictimeline.extract.cache.ExtractionCache;

/**
 * The user's extraction cache as the window's loads share it: made at its first use on the loader thread (it
 * fingerprints the running build), never before the first frame; it gives the extractor its entries and the
 * duplicate check an unchanged folder's groups.
 */
final class UserCache {

    private final DuplicateDetector detector = new DuplicateDetector();
    private final Executor analysis;
    private ArticleCache cache;

    /** @param analysis where the duplicate check profiles the documents (the window's analysis pool) */
    UserCache(Executor analysis) {
        this.analysis = analysis;
    }

    /** The cache of the running build, made at first call. */
    synchronized ArticleCache get() {
        if (cache == null) {
            cache = ExtractionCache.forCurrentUser();
        }
        return cache;
    }

    /** The duplicate groups of {@code docs}: read back when these very documents were checked before, else found. */
    List<DuplicateGroup> duplicates(List<Document> docs) {
        ArticleCache c = get();
        Optional<List<DuplicateGroup>> kept = c.findDuplicates(docs);
        if (kept.isPresent()) {
            return kept.get();
        }
        List<DuplicateGroup> groups = detector.find(docs, analysis);
        c.storeDuplicates(docs, groups);
        return groups;
    }
}
