package org.diplomatictimeline.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.corpus.CorpusReader;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.corpus.DuplicateDetector;
import org.diplomatictimeline.corpus.DuplicateFilter;
import org.diplomatictimeline.corpus.DuplicateGroup;
import org.diplomatictimeline.corpus.ReadListener;
import org.diplomatictimeline.extract.ExtractionProgress;
import org.diplomatictimeline.model.EventModel;

/**
 * The real load: read the files (or the bundled seeds) with the corpus reader, set duplicate articles aside as the
 * user chose, then extract the events.
 */
public final class ExtractionPipeline implements LoadPipeline {

    private final Supplier<CorpusReader> readerSource;
    private CorpusReader reader;
    private final BiFunction<Corpus, ExtractionProgress, EventModel> extractor;
    private final BooleanSupplier skipDuplicates;
    private final Function<List<Document>, List<DuplicateGroup>> duplicates;

    /** A pipeline that skips duplicate articles. */
    ExtractionPipeline(CorpusReader reader, Function<Corpus, EventModel> extractor) {
        this(reader, extractor, () -> true);
    }

    /** @param skipDuplicates asked once per load, off the FX thread: skip copies (true) or keep them with a warning */
    ExtractionPipeline(CorpusReader reader, Function<Corpus, EventModel> extractor, BooleanSupplier skipDuplicates) {
        this(skipDuplicates, reader, (corpus, progress) -> extractor.apply(corpus));
    }

    /**
     * A pipeline whose extractor reports per document and stops when cancelled.
     *
     * @param skipDuplicates asked once per load, off the FX thread: skip copies (true) or keep them with a warning
     */
    public ExtractionPipeline(BooleanSupplier skipDuplicates, CorpusReader reader,
                       BiFunction<Corpus, ExtractionProgress, EventModel> extractor) {
        this(skipDuplicates, constant(Objects.requireNonNull(reader, "reader")), extractor);
    }

    /**
     * A pipeline whose corpus reader is made at the first load of files, on the loading thread: the window builds
     * its pipeline before its first frame, and a reader (its format readers and their tables) is not needed for
     * that frame nor for the seeds (docs/BENCHMARKS.md, issue 11).
     */
    public ExtractionPipeline(BooleanSupplier skipDuplicates, Supplier<CorpusReader> reader,
                       BiFunction<Corpus, ExtractionProgress, EventModel> extractor) {
        this(skipDuplicates, reader, extractor, new DuplicateDetector()::find);
    }

    /**
     * A pipeline with a lazily made reader whose duplicate groups come from {@code duplicates} (the window's reads
     * an unchanged folder's groups back from the cache instead of comparing every article again).
     */
    public ExtractionPipeline(BooleanSupplier skipDuplicates, Supplier<CorpusReader> reader,
                       BiFunction<Corpus, ExtractionProgress, EventModel> extractor,
                       Function<List<Document>, List<DuplicateGroup>> duplicates) {
        this.readerSource = Objects.requireNonNull(reader, "reader");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.skipDuplicates = Objects.requireNonNull(skipDuplicates, "skipDuplicates");
        this.duplicates = Objects.requireNonNull(duplicates, "duplicates");
    }

    private static Supplier<CorpusReader> constant(CorpusReader reader) {
        return () -> reader;
    }

    private synchronized CorpusReader reader() {
        if (reader == null) {
            reader = Objects.requireNonNull(readerSource.get(), "reader");
        }
        return reader;
    }

    @Override
    public Workspace load(List<Path> paths, LoadProgress progress) {
        Corpus corpus;
        if (paths.isEmpty()) {
            progress.update("Reading the seed corpus…", -1);
            corpus = CorpusReader.bundledSeeds();
        } else {
            corpus = reader().read(paths, new ReadListener() {
                @Override
                public void progress(int filesDone, int filesTotal, String currentFile) {
                    Path name = currentFile.isEmpty() ? null : Path.of(currentFile).getFileName();
                    // Reading is the first half of the bar; extraction the second.
                    progress.update("Reading " + (name == null ? "" : name + " ") + "(" + filesDone + "/" + filesTotal + ")",
                            filesTotal == 0 ? -1 : 0.5 * filesDone / filesTotal);
                }

                @Override
                public boolean isCancelled() {
                    return progress.isCancelled();
                }
            });
        }
        if (progress.isCancelled()) {
            return new Workspace(paths, corpus, EventModel.empty());
        }
        progress.update("Looking for duplicate articles…", 0.5);
        corpus = DuplicateFilter.apply(corpus, duplicates.apply(corpus.documents()), skipDuplicates.getAsBoolean());
        progress.update("Finding events in " + corpus.documents().size() + " documents…", 0.5);
        EventModel model;
        Corpus read = corpus;
        try {
            model = extractor.apply(corpus, new ExtractionProgress() {
                @Override
                public boolean isCancelled() {
                    return progress.isCancelled();
                }

                @Override
                public void documentsAnalysed(int done, int total) {
                    // Extraction is the second half of the bar; merging the articles is quick beside it.
                    progress.update("Finding events (" + done + "/" + total + " documents)", 0.5 + 0.45 * done / total);
                }

                @Override
                public boolean wantsPartialModels() {
                    return progress.wantsPartial();
                }

                @Override
                public void partialModel(EventModel soFar, int done, int total) {
                    progress.partial(new Workspace(paths, read, soFar));
                }
            });
        } catch (CancellationException e) {
            return new Workspace(paths, corpus, EventModel.empty());
        }
        progress.update("Done", 1);
        return new Workspace(paths, corpus, model);
    }
}
