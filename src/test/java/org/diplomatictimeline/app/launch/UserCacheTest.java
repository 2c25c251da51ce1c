package org.diplomatictimeline.app.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.corpus.DuplicateGroup;
import org.diplomatictimeline.corpus.format.DocumentFormat;
import org.diplomatictimeline.extract.ArticleAnalysis;
import org.diplomatictimeline.extract.ArticleCache;
import org.junit.jupiter.api.Test;

/**
 * Documents whose duplicate groups must be found are handed on first (the extractor may start its analyser beside
 * the check); an unchanged list, whose groups are read back, is not.
 */
class UserCacheTest {

    /** Keeps duplicate groups in memory, by the documents' ids. */
    private static final class Groups implements ArticleCache {
        final Map<List<String>, List<DuplicateGroup>> kept = new HashMap<>();

        @Override
        public Optional<ArticleAnalysis> find(Document doc) {
            return Optional.empty();
        }

        @Override
        public void store(Document doc, ArticleAnalysis analysis) {
        }

        @Override
        public Optional<List<DuplicateGroup>> findDuplicates(List<Document> docs) {
            return Optional.ofNullable(kept.get(ids(docs)));
        }

        @Override
        public void storeDuplicates(List<Document> docs, List<DuplicateGroup> groups) {
            kept.put(ids(docs), groups);
        }

        private static List<String> ids(List<Document> docs) {
            return docs.stream().map(Document::id).toList();
        }
    }

    private static Document doc(String id, String text) {
        return new Document(id, id + ".txt", "", text, null, 0, "UTF-8", DocumentFormat.PLAIN_TEXT, List.of());
    }

    private static final List<Document> FOLDER = List.of(
            doc("a", "Ministers of two island states met in a harbour town on Monday to talk about fishing rights."),
            doc("b", "A trade envoy arrived in the capital on Friday for three days of talks on a new customs deal."));

    @Test
    void documentsNeverCheckedAreHandedOnBeforeTheirGroupsAreFound() {
        UserCache cache = new UserCache(Runnable::run, Groups::new);
        List<List<Document>> handed = new ArrayList<>();

        List<DuplicateGroup> groups = cache.duplicates(FOLDER, handed::add);

        assertThat(handed).containsExactly(FOLDER);
        assertThat(groups).isEmpty();
    }

    @Test
    void anUnchangedFolderReopenedHandsNothingOn() {
        UserCache cache = new UserCache(Runnable::run, Groups::new);
        cache.duplicates(FOLDER, docs -> { });
        List<List<Document>> handed = new ArrayList<>();

        cache.duplicates(FOLDER, handed::add);

        assertThat(handed).isEmpty();
    }
}
