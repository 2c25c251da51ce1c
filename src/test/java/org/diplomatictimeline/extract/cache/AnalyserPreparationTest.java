package org.diplomatictimeline.extract.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.corpus.format.DocumentFormat;
import org.diplomatictimeline.extract.ArticleCache;
import org.diplomatictimeline.extract.EventExtractor;
import org.diplomatictimeline.extract.mention.MentionFinder;
import org.diplomatictimeline.model.EventModel;
import org.diplomatictimeline.time.NewsTemporalTagger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Before an extraction, the analyser is built ahead on the analysis executor only when an article will have to be
 * analysed: a folder that may be read from the cache builds nothing, and the result is the same either way.
 */
class AnalyserPreparationTest {

    private static final NewsTemporalTagger TAGGER = new NewsTemporalTagger();
    private static final MentionFinder MENTIONS = new MentionFinder();

    @TempDir
    Path root;

    /** Holds what is handed to it, to run when the test says. */
    private static final class HeldTasks implements Executor {
        final List<Runnable> tasks = new ArrayList<>();

        @Override
        public void execute(Runnable task) {
            tasks.add(task);
        }
    }

    private static Document doc(String id, String date, String text) {
        String line = " date " + date + " ";
        return new Document(id, id + ".txt", "", line + text, date, line.length(), "UTF-8", DocumentFormat.PLAIN_TEXT,
                List.of());
    }

    /** Invented wire copy. */
    private static List<Document> docs() {
        return List.of(
                doc("ferry", "2021-03-04", "Foreign Minister Amara Diallo of Senegal met his Ghanaian counterpart, "
                        + "Kofi Mensah, in Dakar on Thursday to discuss a new ferry link."),
                doc("signing", "2021-03-05", "Senegal and Ghana signed a ferry agreement in Dakar on Friday."));
    }

    private ExtractionCache cache() {
        return new ExtractionCache(root, "test-build");
    }

    @Test
    void anArticleMissingFromTheCacheStartsTheAnalyserAtOnce() {
        HeldTasks pool = new HeldTasks();
        EventExtractor extractor = new EventExtractor(TAGGER, MENTIONS, pool, cache());

        extractor.prepare(docs());

        assertThat(pool.tasks).hasSize(1);
    }

    @Test
    void aFolderWhoseArticlesAreAllCachedBuildsNothing() {
        new EventExtractor(TAGGER, MENTIONS, Runnable::run, cache()).extract(new Corpus(docs(), List.of()));
        HeldTasks pool = new HeldTasks();

        new EventExtractor(TAGGER, MENTIONS, pool, cache()).prepare(docs());

        assertThat(pool.tasks).isEmpty();
    }

    @Test
    void anAnalyserBuiltAheadIsNotBuiltAgain() {
        HeldTasks pool = new HeldTasks();
        EventExtractor extractor = new EventExtractor(TAGGER, MENTIONS, pool, cache());
        extractor.prepare(docs());
        pool.tasks.remove(0).run();

        extractor.prepare(docs());

        assertThat(pool.tasks).isEmpty();
    }

    @Test
    void anExtractionPreparedAheadGivesTheSameModel() {
        EventModel plain = new EventExtractor(TAGGER, MENTIONS, Runnable::run, ArticleCache.NONE)
                .extract(new Corpus(docs(), List.of()));
        EventExtractor prepared = new EventExtractor(TAGGER, MENTIONS, Runnable::run, ArticleCache.NONE);

        prepared.prepare(docs());
        EventModel model = prepared.extract(new Corpus(docs(), List.of()));

        assertThat(model.events()).isNotEmpty().isEqualTo(plain.events());
        assertThat(model.documents()).isEqualTo(plain.documents());
    }

    @Test
    void anEntryFileSaysTheCacheMayHoldTheArticle() {
        ExtractionCache cache = cache();
        Document ferry = docs().get(0);
        boolean before = cache.mayHold(ferry);

        new EventExtractor(TAGGER, MENTIONS, Runnable::run, cache).extract(new Corpus(List.of(ferry), List.of()));

        assertThat(before).isFalse();
        assertThat(cache.mayHold(ferry)).isTrue();
        assertThat(ArticleCache.NONE.mayHold(ferry)).isFalse();
    }
}
