package org.diplomatictimeline.extract;

import java.util.Optional;
import org.diplomatictimeline.corpus.Document;

/**
 * Keeps the per-article result of extraction so that an unchanged article is read back instead of analysed again.
 *
 * <p>Implementations decide what makes an entry valid (content, extractor version); an entry that is missing, stale
 * or unreadable is simply absent. Called from the analysis threads, so implementations are thread-safe.
 */
public interface ArticleCache {

    /** A cache that keeps nothing. */
    ArticleCache NONE = new ArticleCache() {
        @Override
        public Optional<ArticleAnalysis> find(Document doc) {
            return Optional.empty();
        }

        @Override
        public void store(Document doc, ArticleAnalysis analysis) {
        }
    };

    /** The stored analysis of exactly this document by this extractor, if there is a valid one. */
    Optional<ArticleAnalysis> find(Document doc);

    /** Keeps the analysis of {@code doc}; a failure to write is the cache's own business, never the caller's. */
    void store(Document doc, ArticleAnalysis analysis);
}
