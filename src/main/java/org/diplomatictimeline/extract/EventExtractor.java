package org.diplomatictimeline.extract;

import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.extract.mention.MentionFinder;
import org.diplomatictimeline.model.DocumentDate;
import org.diplomatictimeline.model.DocumentInfo;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventModel;
import org.diplomatictimeline.time.TemporalTagger;

/**
 * Turns a corpus into an event model: sentences, mentions and temporal expressions per document, the document's
 * date, event mentions, and one event per real-world event across the corpus.
 *
 * <p>Each document is analysed on its own until the merge, so that analysis runs on an injected executor (all cores
 * in the app); results are gathered in corpus order, so the model is the same as a sequential run's. The analysis
 * itself is an {@link ArticleAnalyser}; an {@link ArticleCache} may give an unchanged article's result instead, and
 * the merge across articles runs on all of them unless the cache holds the model of exactly these articles. While a
 * long extraction runs, the events of the articles done so far can be sent to a view
 * ({@link ExtractionProgress#partialModel}).
 */
public final class EventExtractor {

    private final EventMerger merger = new EventMerger();
    private final YearBorrowing yearBorrowing = new YearBorrowing();
    private final UndatedBackgroundFilter undatedBackground = new UndatedBackgroundFilter();
    private final BareGatheringFilter bareGatherings = new BareGatheringFilter();
    private final Executor analysis;
    private final ArticleCache cache;
    private final Supplier<ArticleAnalyser> analyserFactory;
    private volatile ArticleAnalyser analyser;

    /** An extractor that analyses the documents one after another on the calling thread. */
    public EventExtractor() {
        this(Runnable::run);
    }

    /** An extractor that analyses the documents on {@code analysis} (a pool of worker threads in the app). */
    public EventExtractor(Executor analysis) {
        this(analysis, ArticleCache.NONE);
    }

    /** An extractor with the given tagger and mention finder (tests and benchmarks share one of each). */
    public EventExtractor(TemporalTagger tagger, MentionFinder mentionFinder) {
        this(tagger, mentionFinder, Runnable::run);
    }

    /** An extractor with the given tagger and mention finder, analysing documents on {@code analysis}. */
    public EventExtractor(TemporalTagger tagger, MentionFinder mentionFinder, Executor analysis) {
        this(tagger, mentionFinder, analysis, ArticleCache.NONE);
    }

    /**
     * An extractor analysing documents on {@code analysis} that reads unchanged articles' results from {@code cache}
     * and stores the others'; the merge across articles always runs on the full set. The taggers and gazetteers
     * are loaded at the first article that is not in the cache, so a fully cached folder never loads them.
     */
    public EventExtractor(Executor analysis, ArticleCache cache) {
        this(ArticleAnalyser::new, analysis, cache);
    }

    /** An extractor with every part given (tests share a tagger and mention finder; the app a cache). */
    public EventExtractor(TemporalTagger tagger, MentionFinder mentionFinder, Executor analysis, ArticleCache cache) {
        this(() -> new ArticleAnalyser(tagger, mentionFinder), analysis, cache);
    }

    private EventExtractor(Supplier<ArticleAnalyser> analyser, Executor analysis,
                           ArticleCache cache) {
        this.analyserFactory = analyser;
        this.analysis = Objects.requireNonNull(analysis, "analysis");
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    /** The analyser, built at first need by whichever analysis thread needs it first. */
    private ArticleAnalyser analyser() {
        ArticleAnalyser a = analyser;
        if (a == null) {
            synchronized (this) {
                a = analyser;
                if (a == null) {
                    a = analyserFactory.get();
                    analyser = a;
                }
            }
        }
        return a;
    }

    /**
     * Starts building the analyser (taggers, gazetteers, language tables) on the analysis executor when one of
     * {@code docs} is certainly not in the cache, so that the build, which runs on one thread while the others wait
     * for it, overlaps with what the caller does before {@link #extract} (the duplicate check). Returns at once; a
     * folder whose articles all may be cached builds nothing, and the analyser is built once whoever asks first.
     */
    public void prepare(List<Document> docs) {
        if (analyser != null || docs.stream().allMatch(cache::mayHold)) {
            return;
        }
        try {
            analysis.execute(() -> {
                try {
                    analyser();
                } catch (RuntimeException e) {
                    // Not lost: the extraction that needs the analyser builds it again and fails where it is seen.
                }
            });
        } catch (RejectedExecutionException e) {
            // the pool is shutting down with the window: the first article builds it, as without this call
        }
    }

    /** Extracts the events of the whole corpus. */
    public EventModel extract(Corpus corpus) {
        return extract(corpus, ExtractionProgress.NONE);
    }

    /**
     * Extracts the events of the whole corpus, reporting to {@code progress}.
     *
     * @throws CancellationException when {@code progress} was cancelled before the model was complete
     */
    public EventModel extract(Corpus corpus, ExtractionProgress progress) {
        // An unchanged folder reopened: the merged model of exactly these articles is read, not made again.
        Optional<EventModel> kept = cache.findModel(corpus.documents());
        if (kept.isPresent()) {
            if (!corpus.documents().isEmpty()) {
                progress.documentsAnalysed(corpus.documents().size(), corpus.documents().size());
            }
            return kept.get();
        }
        EventModel model = extractAll(corpus, progress);
        // Written on the analysis executor, so that a window shows the events without waiting for the disk.
        try {
            analysis.execute(() -> cache.storeModel(corpus.documents(), model));
        } catch (RejectedExecutionException e) {
            // the pool is shutting down with the window: the model is simply not kept
        }
        return model;
    }

    private EventModel extractAll(Corpus corpus, ExtractionProgress progress) {
        Map<String, Analysed> analysed = analyseAll(corpus.documents(), progress);
        List<Event> events = merger.merge(mentionsOf(analysed.values()));
        // The year back-fill stage: only articles that report the same occasion lend each other a year.
        Map<String, YearBorrowing.Article> articles = new LinkedHashMap<>();
        analysed.values().forEach(a -> articles.put(a.doc.id(), new YearBorrowing.Article(a.result.date(),
                a.result.mentions(), a.result.yearlessStamp())));
        boolean changed = false;
        for (Analysed a : List.copyOf(analysed.values())) {
            if (a.result.date().isKnown()) {
                continue;
            }
            Optional<DocumentDate> borrowed = yearBorrowing.borrow(a.doc.id(), events, articles);
            // A cached article kept only its result: its sentences and mentions are found again here.
            ArticleAnalyser.Basis basis = a.basis;
            if (borrowed.isEmpty() && YearBorrowing.mayNameADay(a.result.mentions())) {
                basis = basis != null ? basis : analyser().basis(a.doc);
                Map<EventMention, MonthDay> days = YearBorrowing.yearlessDays(a.result.mentions(), basis.firstPass());
                borrowed = days.isEmpty() ? Optional.empty()
                        : yearBorrowing.borrowByDay(a.doc.id(), events, articles, days);
            }
            if (borrowed.isPresent()) {
                basis = basis != null ? basis : analyser().basis(a.doc);
                analysed.put(a.doc.id(), new Analysed(a.doc, analyser().analyse(a.doc, basis, borrowed.get()), null));
                changed = true;
            }
        }
        if (changed) {
            events = merger.merge(mentionsOf(analysed.values()));
        }
        List<DocumentInfo> documents = documentInfos(analysed.values());
        return new EventModel(documents, bareGatherings.keep(undatedBackground.keep(events, documents)));
    }

    private static List<DocumentInfo> documentInfos(Iterable<Analysed> analysed) {
        List<DocumentInfo> documents = new ArrayList<>();
        for (Analysed a : analysed) {
            documents.add(new DocumentInfo(a.doc.id(), a.doc.source(), a.doc.title(), a.result.date(),
                    a.result.language()));
        }
        return documents;
    }

    /** Analyses every document on the executor; the map keeps corpus order whatever order they finish in. */
    private Map<String, Analysed> analyseAll(List<Document> documents, ExtractionProgress progress) {
        AtomicInteger done = new AtomicInteger();
        List<CompletableFuture<Analysed>> pending = new ArrayList<>(documents.size());
        for (Document doc : documents) {
            pending.add(CompletableFuture.supplyAsync(() -> {
                if (progress.isCancelled()) {
                    throw new CancellationException("extraction cancelled");
                }
                Analysed a = analyseOrRead(doc, progress::isCancelled);
                progress.documentsAnalysed(done.incrementAndGet(), documents.size());
                return a;
            }, analysis));
        }
        if (progress.wantsPartialModels()) {
            new PartialModels<Analysed>(progress, this::partialModel).sendWhileWaiting(pending);
        }
        Map<String, Analysed> analysed = new LinkedHashMap<>();
        for (int i = 0; i < documents.size(); i++) {
            analysed.put(documents.get(i).id(), join(pending.get(i)));
        }
        if (progress.isCancelled()) {
            throw new CancellationException("extraction cancelled");
        }
        return analysed;
    }

    /** The merged events of the articles analysed so far (no year borrowing yet: that waits for all of them). */
    private EventModel partialModel(List<Analysed> done) {
        List<DocumentInfo> documents = documentInfos(done);
        return new EventModel(documents,
                bareGatherings.keep(undatedBackground.keep(merger.merge(mentionsOf(done)), documents)));
    }

    /** The result of one analysis, its own exception rethrown as it was (not wrapped). */
    private static Analysed join(CompletableFuture<Analysed> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** The event mentions of one document with its inferred date; used by evaluation and tests. */
    public List<EventMention> mentions(Document doc) {
        return analyser().analyse(doc).mentions();
    }

    /** The inferred date of one document, before any help from other documents of a corpus. */
    public DocumentDate documentDate(Document doc) {
        return analyser().analyse(doc).date();
    }

    private static List<EventMention> mentionsOf(Iterable<Analysed> analysed) {
        List<EventMention> all = new ArrayList<>();
        analysed.forEach(a -> all.addAll(a.result.mentions()));
        return all;
    }

    /**
     * The article's analysis from the cache, or made and stored. Only an undated article keeps its sentences and
     * mentions until the merge (year borrowing may analyse it again); the others keep their result alone, which
     * keeps the memory of a large folder down.
     */
    private Analysed analyseOrRead(Document doc, BooleanSupplier cancelled) {
        Optional<ArticleAnalysis> cached = cache.find(doc);
        if (cached.isPresent()) {
            return new Analysed(doc, cached.get(), null);
        }
        ArticleAnalyser.Basis basis = analyser().basis(doc, cancelled);
        ArticleAnalysis result = analyser().analyse(doc, basis, basis.date(), cancelled);
        cache.store(doc, result);
        return new Analysed(doc, result, result.date().isKnown() ? null : basis);
    }

    /** One article and its result; {@code basis} is null unless the article may be analysed again. */
    record Analysed(Document doc, ArticleAnalysis result, ArticleAnalyser.Basis basis) {
    }
}
