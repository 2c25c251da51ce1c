package org.diplomatictimeline.extract;

import java.util.List;
import java.util.Optional;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.corpus.DuplicateGroup;
import org.diplomatictimeline.model.EventModel;

/**
 * Keeps the per-article result of extraction so that an unchanged article is read back instead of analysed again,
 * and may keep what a whole corpus gave (its merged model, its duplicate groups), so that reopening an unchanged
 * folder is a read: the merge across articles and the duplicate check are functions of the documents and the build.
 *
 * <p>Implementations decide what makes an entry valid (content, extractor version); an entry that is missing, stale
 * or unreadable is simply absent. Called from the analysis threads, so implementations are thread-safe. The corpus
 * methods keep nothing unless an implementation says otherwise.
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

        @Override
        public boolean mayHold(Document doc) {
            return false;
        }
    };

    /** The stored analysis of exactly this document by this extractor, if there is a valid one. */
    Optional<ArticleAnalysis> find(Document doc);

    /** Keeps the analysis of {@code doc}; a failure to write is the cache's own business, never the caller's. */
    void store(Document doc, ArticleAnalysis analysis);

    /**
     * False only when there is certainly no entry for {@code doc}, so that it will have to be analysed; asked before
     * an extraction, it must cost far less than {@link #find} (no entry is read). By default nothing is certain.
     */
    default boolean mayHold(Document doc) {
        return true;
    }

    /** The model an extraction by this extractor made of exactly these documents in this order, if kept. */
    default Optional<EventModel> findModel(List<Document> docs) {
        return Optional.empty();
    }

    /** Keeps the model of {@code docs}; like {@link #store}, a failure to write is the cache's own business. */
    default void storeModel(List<Document> docs, EventModel model) {
    }

    /** The duplicate groups this build found among exactly these documents in this order, if kept. */
    default Optional<List<DuplicateGroup>> findDuplicates(List<Document> docs) {
        return Optional.empty();
    }

    /** Keeps the duplicate groups of {@code docs}. */
    default void storeDuplicates(List<Document> docs, List<DuplicateGroup> groups) {
    }
}
