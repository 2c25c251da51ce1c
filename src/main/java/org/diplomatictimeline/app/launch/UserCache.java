package org.diplomatictimeline.app.launch;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
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
    private final Supplier<ArticleCache> source;
    private ArticleCache cache;

    /** @param analysis where the duplicate check profiles the documents (the window's analysis pool) */
    UserCache(Executor analysis) {
        this(analysis, ExtractionCache::forCurrentUser);
    }

    /** A cache made by {@code source} at first use (tests give one of their own). */
    UserCache(Executor analysis, Supplier<ArticleCache> source) {
        this.analysis = analysis;
        this.source = source;
    }

    /** The cache of the running build, made at first call. */
    synchronized ArticleCache get() {
        if (cache == null) {
            cache = source.get();
        }
        return cache;
    }

    /**
     * The duplicate groups of {@code docs}: read back when these very documents were checked before, else found.
     * Before finding them, {@code unchecked} is given the documents: a list this build never checked is a first
     * opening or a changed folder, where the extractor may start its analyser beside the check (decisions/0124); an
     * unchanged folder's reopening never calls it.
     */
    List<DuplicateGroup> duplicates(List<Document> docs, Consumer<List<Document>> unchecked) {
        ArticleCache c = get();
        Optional<List<DuplicateGroup>> kept = c.findDuplicates(docs);
        if (kept.isPresent()) {
            return kept.get();
        }
        unchecked.accept(docs);
        List<DuplicateGroup> groups = detector.find(docs, analysis);
        c.storeDuplicates(docs, groups);
        return groups;
    }
}
