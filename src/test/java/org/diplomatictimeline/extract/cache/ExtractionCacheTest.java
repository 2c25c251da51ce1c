package org.diplomatictimeline.extract.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.corpus.CorpusReader;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.corpus.DuplicateGroup;
import org.diplomatictimeline.corpus.DuplicateKind;
import org.diplomatictimeline.corpus.format.DocumentFormat;
import org.diplomatictimeline.extract.ArticleAnalysis;
import org.diplomatictimeline.extract.ArticleCache;
import org.diplomatictimeline.extract.EventExtractor;
import org.diplomatictimeline.extract.mention.MentionFinder;
import org.diplomatictimeline.model.DocumentInfo;
import org.diplomatictimeline.model.EventModel;
import org.diplomatictimeline.time.NewsTemporalTagger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reopening unchanged articles reads their analysis back; the model is exactly the one a fresh extraction makes, and
 * an entry that is cut short, garbled or made by another build is ignored and written again.
 */
class ExtractionCacheTest {

    private static final NewsTemporalTagger TAGGER = new NewsTemporalTagger();
    private static final MentionFinder MENTIONS = new MentionFinder();

    @TempDir
    Path root;

    private static Document doc(String id, String date, String text) {
        String line = date == null ? "" : " date " + date + " ";
        return new Document(id, id + ".txt", "", line + text, date, line.length(), "UTF-8", DocumentFormat.PLAIN_TEXT,
                List.of());
    }

    /** Invented wire copy; one article has no date of its own, so year borrowing runs on a cached article too. */
    private static Corpus corpus() {
        return new Corpus(List.of(
                doc("ferry", "2021-03-04", "Foreign Minister Amara Diallo of Senegal met his Ghanaian counterpart, "
                        + "Kofi Mensah, in Dakar on Thursday to discuss a new ferry link."),
                doc("signing", "2021-03-05", "Senegal and Ghana signed a ferry agreement in Dakar on Friday after two "
                        + "days of talks between their foreign ministers."),
                doc("undated", null, "Senegal and Ghana signed a ferry agreement in Dakar on March 5 after talks "
                        + "between their foreign ministers."),
                doc("visit", "2021-03-01", "The President of Chile arrived in Lima on Monday for a two-day state "
                        + "visit, the first since 2019.")), List.of());
    }

    /** The cache, counting what it finds and stores. */
    private static final class Counting implements ArticleCache {
        final ArticleCache inner;
        final AtomicInteger hits = new AtomicInteger();
        final AtomicInteger stores = new AtomicInteger();

        Counting(ArticleCache inner) {
            this.inner = inner;
        }

        @Override
        public Optional<ArticleAnalysis> find(Document doc) {
            Optional<ArticleAnalysis> found = inner.find(doc);
            found.ifPresent(a -> hits.incrementAndGet());
            return found;
        }

        @Override
        public void store(Document doc, ArticleAnalysis analysis) {
            stores.incrementAndGet();
            inner.store(doc, analysis);
        }
    }

    private EventModel extract(Corpus corpus, ArticleCache cache) {
        return new EventExtractor(TAGGER, MENTIONS, Runnable::run, cache).extract(corpus);
    }

    private ExtractionCache cache() {
        return new ExtractionCache(root, "build-a");
    }

    @Test
    void reopeningUnchangedArticlesReadsThemAndGivesTheFreshModel() {
        Corpus corpus = corpus();
        EventModel fresh = extract(corpus, ArticleCache.NONE);
        Counting first = new Counting(cache());
        Counting second = new Counting(cache());

        EventModel stored = extract(corpus, first);
        EventModel read = extract(corpus, second);

        assertThat(first.stores).hasValue(4);
        assertThat(second.hits).hasValue(4);
        assertThat(second.stores).hasValue(0);
        assertThat(fresh.events()).isNotEmpty();
        assertThat(stored.events()).containsExactlyElementsOf(fresh.events());
        assertThat(read.events()).containsExactlyElementsOf(fresh.events());
        assertThat(read.documents()).containsExactlyElementsOf(fresh.documents());
    }

    @Test
    void theSeedCorpusGivesTheSameModelFromTheCache() {
        Corpus seeds = CorpusReader.bundledSeeds();
        EventModel fresh = extract(seeds, ArticleCache.NONE);
        extract(seeds, cache());

        EventModel read = extract(seeds, cache());

        assertThat(read.events()).containsExactlyElementsOf(fresh.events());
        assertThat(read.documents()).containsExactlyElementsOf(fresh.documents());
    }

    @Test
    void aChangedArticleIsAnalysedAgain() {
        Corpus corpus = corpus();
        extract(corpus, cache());
        List<Document> docs = new ArrayList<>(corpus.documents());
        docs.set(3, doc("visit", "2021-03-01", "The President of Chile arrived in Quito on Monday for a state visit."));
        Counting again = new Counting(cache());

        EventModel model = extract(new Corpus(docs, List.of()), again);

        assertThat(again.hits).hasValue(3);
        assertThat(again.stores).hasValue(1);
        assertThat(model.events()).containsExactlyElementsOf(
                extract(new Corpus(docs, List.of()), ArticleCache.NONE).events());
    }

    @Test
    void anEntryOfAnotherBuildIsNotUsedAndIsRemovedWhenThisBuildWrites() {
        Corpus corpus = corpus();
        ExtractionCache old = new ExtractionCache(root, "build-old");
        extract(corpus, old);
        Counting current = new Counting(cache());

        extract(corpus, current);

        assertThat(current.hits).hasValue(0);
        assertThat(current.stores).hasValue(4);
        assertThat(old.folder()).doesNotExist();
        assertThat(cache().folder()).isDirectory();
    }

    /** How an entry on disk gets damaged. */
    private enum Damage {
        TRUNCATED {
            @Override
            byte[] apply(byte[] b) {
                return Arrays.copyOf(b, b.length / 2);
            }
        },
        EMPTY {
            @Override
            byte[] apply(byte[] b) {
                return new byte[0];
            }
        },
        FLIPPED_BYTE_IN_CONTENT {
            @Override
            byte[] apply(byte[] b) {
                byte[] c = b.clone();
                c[c.length / 2] ^= 0x5a;
                return c;
            }
        },
        WRONG_MAGIC {
            @Override
            byte[] apply(byte[] b) {
                byte[] c = b.clone();
                c[0] = 'X';
                return c;
            }
        },
        TRAILING_GARBAGE {
            @Override
            byte[] apply(byte[] b) {
                byte[] c = Arrays.copyOf(b, b.length + 3);
                c[b.length] = 1;
                return c;
            }
        };

        abstract byte[] apply(byte[] bytes);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(Damage.class)
    void aDamagedEntryIsIgnoredAndRebuilt(Damage damage) throws IOException {
        Corpus corpus = corpus();
        ExtractionCache cache = cache();
        extract(corpus, cache);
        Document signing = corpus.documents().get(1);
        Path entry = cache.fileOf(cache.key(signing));
        byte[] good = Files.readAllBytes(entry);
        Files.write(entry, damage.apply(good));

        assertThat(cache.find(signing)).isEmpty();
        Counting again = new Counting(cache);
        EventModel model = extract(corpus, again);

        assertThat(again.hits).hasValue(3);
        assertThat(again.stores).hasValue(1);
        assertThat(Files.readAllBytes(entry)).isEqualTo(good);
        assertThat(model.events()).containsExactlyElementsOf(extract(corpus, ArticleCache.NONE).events());
    }

    @Test
    void anEntryMovedToAnotherArticlesNameIsNotTaken() throws IOException {
        Corpus corpus = corpus();
        ExtractionCache cache = cache();
        extract(corpus, cache);
        Document ferry = corpus.documents().get(0);
        Document visit = corpus.documents().get(3);

        Files.copy(cache.fileOf(cache.key(ferry)), cache.fileOf(cache.key(visit)),
                StandardCopyOption.REPLACE_EXISTING);

        assertThat(cache.find(visit)).isEmpty();
        assertThat(cache.find(ferry)).isPresent();
    }

    @Test
    void anArticleTooShortForItsLanguageToBeKnownReadsBackTheSame() {
        Corpus tiny = new Corpus(List.of(doc("tiny", "2021-03-04", "Talks.")), List.of());
        EventModel fresh = extract(tiny, ArticleCache.NONE);
        extract(tiny, cache());

        EventModel read = extract(tiny, cache());

        assertThat(read.documents()).containsExactlyElementsOf(fresh.documents());
        assertThat(read.events()).containsExactlyElementsOf(fresh.events());
    }

    @Test
    void aFolderThatCannotBeWrittenOnlyCostsTheCache() throws IOException {
        Path file = Files.writeString(root.resolve("not-a-folder"), "x");
        Counting blocked = new Counting(new ExtractionCache(file, "build-a"));

        EventModel model = extract(corpus(), blocked);

        assertThat(model.events()).containsExactlyElementsOf(extract(corpus(), ArticleCache.NONE).events());
        assertThat(blocked.hits).hasValue(0);
    }

    /** A cache that never gives an article's analysis: what it gives back is the corpus entries alone. */
    private static final class CorpusOnly implements ArticleCache {
        final ExtractionCache inner;
        final AtomicInteger articleStores = new AtomicInteger();

        CorpusOnly(ExtractionCache inner) {
            this.inner = inner;
        }

        @Override
        public Optional<ArticleAnalysis> find(Document doc) {
            return Optional.empty();
        }

        @Override
        public void store(Document doc, ArticleAnalysis analysis) {
            articleStores.incrementAndGet();
        }

        @Override
        public Optional<EventModel> findModel(List<Document> docs) {
            return inner.findModel(docs);
        }

        @Override
        public void storeModel(List<Document> docs, EventModel model) {
            inner.storeModel(docs, model);
        }
    }

    @Test
    void reopeningUnchangedArticlesReadsTheMergedModelWithoutAnalysingAny() {
        Corpus corpus = corpus();
        EventModel fresh = extract(corpus, ArticleCache.NONE);
        extract(corpus, cache());
        CorpusOnly again = new CorpusOnly(cache());

        EventModel read = extract(corpus, again);

        assertThat(again.articleStores).hasValue(0);
        assertThat(read.events()).containsExactlyElementsOf(fresh.events());
        assertThat(read.documents()).containsExactlyElementsOf(fresh.documents());
    }

    @Test
    void theMergedModelTakesWhereTheArticlesAreReadFromNow() {
        Corpus corpus = corpus();
        extract(corpus, cache());
        List<Document> moved = corpus.documents().stream().map(d -> new Document(d.id(), "elsewhere/" + d.source(),
                d.title(), d.text(), d.headerDate(), d.bodyStart(), d.encoding(), d.format(), d.pageStarts(),
                d.contentHash())).toList();

        EventModel read = cache().findModel(moved).orElseThrow();

        assertThat(read.documents()).extracting(DocumentInfo::source)
                .allMatch(source -> source.startsWith("elsewhere/"));
        assertThat(read.events()).containsExactlyElementsOf(extract(corpus, ArticleCache.NONE).events());
    }

    @Test
    void aChangedAddedOrRemovedArticleMissesTheMergedModel() {
        Corpus corpus = corpus();
        extract(corpus, cache());
        List<Document> changed = new ArrayList<>(corpus.documents());
        changed.set(3, doc("visit", "2021-03-01", "The President of Chile arrived in Quito on Monday for a visit."));
        List<Document> fewer = corpus.documents().subList(0, 3);
        List<Document> more = new ArrayList<>(corpus.documents());
        more.add(doc("extra", "2021-03-02", "Ghana and Togo held talks in Lome on Tuesday."));
        List<Document> reordered = new ArrayList<>(corpus.documents());
        Collections.reverse(reordered);

        assertThat(cache().findModel(corpus.documents())).isPresent();
        assertThat(cache().findModel(changed)).isEmpty();
        assertThat(cache().findModel(fewer)).isEmpty();
        assertThat(cache().findModel(more)).isEmpty();
        assertThat(cache().findModel(reordered)).isEmpty();
        EventModel model = extract(new Corpus(changed, List.of()), new CorpusOnly(cache()));
        assertThat(model.events()).containsExactlyElementsOf(
                extract(new Corpus(changed, List.of()), ArticleCache.NONE).events());
    }

    @Test
    void theMergedModelOfAnotherBuildIsNotUsed() {
        Corpus corpus = corpus();
        extract(corpus, new ExtractionCache(root, "build-old"));

        assertThat(cache().findModel(corpus.documents())).isEmpty();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(Damage.class)
    void aDamagedMergedModelIsIgnoredAndWrittenAgain(Damage damage) throws IOException {
        Corpus corpus = corpus();
        ExtractionCache cache = cache();
        extract(corpus, cache);
        Path entry = cache.corpusFileOf(cache.corpusKey("model", corpus.documents()));
        byte[] good = Files.readAllBytes(entry);
        Files.write(entry, damage.apply(good));

        assertThat(cache.findModel(corpus.documents())).isEmpty();
        EventModel model = extract(corpus, cache);

        assertThat(model.events()).containsExactlyElementsOf(extract(corpus, ArticleCache.NONE).events());
        assertThat(Files.readAllBytes(entry)).isEqualTo(good);
    }

    @Test
    void duplicateGroupsReadBackForTheSameDocumentsOnly() {
        Corpus corpus = corpus();
        ExtractionCache cache = cache();
        List<DuplicateGroup> groups = List.of(new DuplicateGroup(List.of("signing", "undated"), DuplicateKind.NEAR,
                0.75));
        cache.storeDuplicates(corpus.documents(), groups);
        List<Document> changed = new ArrayList<>(corpus.documents());
        changed.set(0, doc("ferry", "2021-03-04", "Another text altogether about a ferry."));

        assertThat(cache().findDuplicates(corpus.documents())).contains(groups);
        assertThat(cache().findDuplicates(changed)).isEmpty();
        assertThat(cache().findDuplicates(corpus.documents().subList(0, 2))).isEmpty();
        assertThat(cache().findModel(corpus.documents())).isEmpty();
    }

    @Test
    void damagedDuplicateGroupsAreIgnored() throws IOException {
        Corpus corpus = corpus();
        ExtractionCache cache = cache();
        cache.storeDuplicates(corpus.documents(), List.of());
        Path entry = cache.corpusFileOf(cache.corpusKey("duplicates", corpus.documents()));
        Files.write(entry, Damage.FLIPPED_BYTE_IN_CONTENT.apply(Files.readAllBytes(entry)));

        assertThat(cache.findDuplicates(corpus.documents())).isEmpty();
    }
}
