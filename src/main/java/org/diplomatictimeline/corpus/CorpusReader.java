package org.diplomatictimeline.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.diplomatictimeline.corpus.format.DocumentFormat;
import org.diplomatictimeline.corpus.format.DocumentFormatReader;
import org.diplomatictimeline.corpus.format.DocumentReadException;
import org.diplomatictimeline.corpus.format.DocxFormatReader;
import org.diplomatictimeline.corpus.format.ExtractedText;
import org.diplomatictimeline.corpus.format.FormatSniffer;
import org.diplomatictimeline.corpus.format.HtmlFormatReader;
import org.diplomatictimeline.corpus.format.PdfFormatReader;
import org.diplomatictimeline.corpus.format.PlainTextFormatReader;
import org.diplomatictimeline.corpus.format.ReadLimits;
import org.diplomatictimeline.corpus.format.SourceFile;

/**
 * Reads files and folders of articles into a {@link Corpus}: every file that can be read becomes a document, every
 * one that cannot becomes a {@link LoadProblem} naming it, and the rest still load.
 *
 * <p>Only reads: nothing is ever written, least of all into the corpus folders. Immutable and thread-safe. By
 * default one {@code read} runs on the calling thread, file after file; a reader given an executor reads and hashes
 * several files at once on it, while the calling thread hands out ids, collects problems and reports progress in
 * the files' order, so the result is the same either way.
 */
public final class CorpusReader {

    private final ReadLimits limits;
    private final FileCollector collector = new FileCollector();
    private final FileLoader loader;
    private final FormatSniffer sniffer = new FormatSniffer();
    private final DocumentBuilder builder = new DocumentBuilder();
    private final Map<DocumentFormat, DocumentFormatReader> readers = new EnumMap<>(DocumentFormat.class);
    private final Executor files;
    private final int filesAhead;

    /** A reader with the default limits (20 MB of text per document), reading on the calling thread. */
    public CorpusReader() {
        this(ReadLimits.DEFAULT);
    }

    /** A reader with other size limits, reading on the calling thread. */
    public CorpusReader(ReadLimits limits) {
        this(limits, Runnable::run, 1);
    }

    /**
     * A reader with the default limits that reads up to {@code filesAtOnce} files at a time on {@code files}.
     *
     * @param files       runs the reading of single files (e.g. a pool with a thread per core); tasks never block
     *                    on each other, so any executor will do
     * @param filesAtOnce how many files may be read ahead of the one the calling thread waits for; bounds the
     *                    memory of a read, as each holds a file's bytes and text
     */
    public CorpusReader(Executor files, int filesAtOnce) {
        this(ReadLimits.DEFAULT, files, filesAtOnce);
    }

    private CorpusReader(ReadLimits limits, Executor files, int filesAtOnce) {
        if (filesAtOnce < 1) {
            throw new IllegalArgumentException("filesAtOnce must be at least 1: " + filesAtOnce);
        }
        this.files = Objects.requireNonNull(files, "files");
        this.filesAhead = filesAtOnce;
        this.limits = Objects.requireNonNull(limits, "limits");
        this.loader = new FileLoader(limits);
        for (DocumentFormatReader r : List.<DocumentFormatReader>of(
                new PlainTextFormatReader(DocumentFormat.PLAIN_TEXT),
                new PlainTextFormatReader(DocumentFormat.MARKDOWN),
                new HtmlFormatReader(),
                new PdfFormatReader(),
                new DocxFormatReader())) {
            readers.put(r.format(), r);
        }
    }

    /**
     * Reads the files and, recursively, the folders.
     *
     * @param paths    files and folders, in the order the user gave them
     * @param listener told of progress before each file; asked between files, and between the parts of a file
     *                 that comes in parts (PDF pages), whether to stop
     * @return the documents read, in a stable order, and a problem for every file that was skipped or read with a
     *         caveat (a "cancelled" problem when the listener stopped the read)
     */
    public Corpus read(List<Path> paths, ReadListener listener) {
        Objects.requireNonNull(listener, "listener");
        FileCollector.Collected collected = collector.collect(List.copyOf(paths), listener::isCancelled);
        List<Path> files = collected.files();
        List<LoadProblem> problems = new ArrayList<>(collected.problems());
        if (listener.isCancelled() && !paths.isEmpty()) {
            problems.add(new LoadProblem(paths.get(0).toAbsolutePath().normalize().toString(),
                    "cancelled while looking for files: nothing was read", true));
            return new Corpus(List.of(), problems);
        }
        List<Document> documents = new ArrayList<>();
        DocumentIds ids = new DocumentIds();
        // Tasks on other threads never call the listener (it may expect the calling thread): they see its answer
        // through this flag. A task run on the calling thread itself (the default executor) asks it directly.
        AtomicBoolean stop = new AtomicBoolean();
        Thread caller = Thread.currentThread();
        BooleanSupplier cancelled = () -> stop.get() || (Thread.currentThread() == caller && listener.isCancelled());
        Deque<CompletableFuture<Parsed>> ahead = new ArrayDeque<>();
        int submitted = 0;
        int done = 0;
        for (Path file : files) {
            if (listener.isCancelled()) {
                stop.set(true);
                int left = files.size() - done;
                problems.add(new LoadProblem(file.toString(), "cancelled: this file"
                        + (left > 1 ? " and " + (left - 1) + " more were" : " was") + " not read", true));
                break;
            }
            listener.progress(done, files.size(), file.toString());
            while (submitted < files.size() && ahead.size() < filesAhead) {
                Path next = files.get(submitted++);
                ahead.add(CompletableFuture.supplyAsync(() -> parse(next, cancelled), this.files));
            }
            Parsed parsed = await(ahead.remove(), listener, stop);
            place(parsed, ids, documents, problems);
            done++;
        }
        listener.progress(done, files.size(), done == 0 ? "" : files.get(done - 1).toString());
        return new Corpus(documents, problems);
    }

    /**
     * Waits for one file's result, asking the listener every 50 ms meanwhile, so that a Cancel reaches a file
     * that is read on another thread (a long PDF stops between its pages).
     */
    private static Parsed await(CompletableFuture<Parsed> result, ReadListener listener, AtomicBoolean stop) {
        while (true) {
            try {
                return result.get(50, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (listener.isCancelled()) {
                    stop.set(true);
                }
            } catch (InterruptedException e) {
                // The thread is asked to end: the other files stop too, and this one is waited for no longer.
                stop.set(true);
                Thread.currentThread().interrupt();
                return result.join();
            } catch (ExecutionException e) {
                // parse() turns every file's failure into a problem: what is left is the JVM's own (an Error).
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    /** Reads one file up to its document, with a provisional id; the failures become its problem. */
    private Parsed parse(Path file, BooleanSupplier cancelled) {
        try {
            return parse(loader.load(file), cancelled);
        } catch (DocumentReadException e) {
            return Parsed.failed(file.toString(), e.getMessage());
        }
    }

    /**
     * One file's bytes, with the checks {@link #read} applies: a regular file (never a pipe or a device), not
     * empty, within the size limit of its format, read no further than that limit.
     */
    public SourceFile readFile(Path file) throws DocumentReadException {
        return loader.load(file);
    }

    /** The seed corpus bundled in the jar (the files of the project's {@code seeds/} folder). */
    public static Corpus bundledSeeds() {
        return SeedsHolder.SEEDS;
    }

    /** True when a document's source names a bundled seed rather than a file. */
    public static boolean isBundledSeed(String source) {
        return source.startsWith(SeedCatalog.SOURCE_PREFIX);
    }

    /** Reads bytes that did not come from a file of their own (the bundled seeds). */
    private Corpus readBundled(SeedCatalog catalog) {
        List<Document> documents = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>();
        DocumentIds ids = new DocumentIds();
        for (String name : catalog.names()) {
            String source = SeedCatalog.SOURCE_PREFIX + name;
            try {
                byte[] bytes = catalog.bytes(name);
                if (bytes == null) {
                    problems.add(new LoadProblem(source, "missing from the application's bundled seeds", true));
                    continue;
                }
                add(new SourceFile(source, name, bytes), ids, documents, problems, () -> false);
            } catch (IOException e) {
                problems.add(new LoadProblem(source, FileCollector.describe(e), true));
            }
        }
        return new Corpus(documents, problems);
    }

    private void add(SourceFile file, DocumentIds ids, List<Document> documents, List<LoadProblem> problems,
                     BooleanSupplier cancelled) {
        place(parse(file, cancelled), ids, documents, problems);
    }

    /** The work of one file that needs nothing of the others: may run on any thread. */
    private Parsed parse(SourceFile file, BooleanSupplier cancelled) {
        try {
            DocumentFormat format = sniffer.detect(file.fileName(), file.bytes());
            if (file.bytes().length > limits.maxFileBytes(format)) {
                throw new DocumentReadException(
                        ReadLimits.tooLarge(file.bytes().length, limits.maxFileBytes(format)));
            }
            DocumentFormatReader reader = readers.get(format);
            if (reader == null) {
                throw new DocumentReadException(format + " files are not supported");
            }
            ExtractedText extracted = readSafely(reader, file, cancelled);
            DocumentBuilder.Built built = builder.build(DocumentIds.baseName(file.fileName()), file.source(),
                    ContentHash.of(file.bytes()), file.bytes().length, extracted);
            return new Parsed(file.source(), file.fileName(), built, null);
        } catch (DocumentReadException e) {
            return Parsed.failed(file.source(), e.getMessage());
        }
    }

    /** The part that depends on the files before: the id (names repeat), in the files' order. */
    private static void place(Parsed parsed, DocumentIds ids, List<Document> documents, List<LoadProblem> problems) {
        if (parsed.failure() != null) {
            problems.add(new LoadProblem(parsed.source(), parsed.failure(), true));
            return;
        }
        Document document = parsed.built().document();
        String id = ids.next(parsed.fileName());
        if (!id.equals(document.id())) {
            document = new Document(id, document.source(), document.title(), document.text(), document.headerDate(),
                    document.bodyStart(), document.encoding(), document.format(), document.pageStarts(),
                    document.contentHash());
        }
        documents.add(document);
        for (String warning : parsed.built().warnings()) {
            problems.add(new LoadProblem(parsed.source(), warning, false));
        }
    }

    /** One file read: its document under a provisional id, or why it could not be read. */
    private record Parsed(String source, String fileName, DocumentBuilder.Built built, String failure) {

        static Parsed failed(String source, String failure) {
            return new Parsed(source, null, null, failure);
        }
    }

    /**
     * Libraries may fail on a corrupt file with any throwable, a stack overflow from a deeply nested structure
     * included; one bad file must not end the import, so each is caught here and named as that file's problem.
     */
    private ExtractedText readSafely(DocumentFormatReader reader, SourceFile file, BooleanSupplier cancelled)
            throws DocumentReadException {
        String as = reader.format().name().replace('_', ' ').toLowerCase(Locale.ROOT);
        try {
            return reader.read(file, limits, cancelled);
        } catch (DocumentReadException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new DocumentReadException("could not be read as " + as + " (" + inWords(e) + ")", e);
        } catch (StackOverflowError e) {
            throw new DocumentReadException("could not be read as " + as + " (its structure is nested too deeply"
                    + " to follow; a corrupt or hostile file?)", e);
        } catch (OutOfMemoryError e) {
            throw new DocumentReadException("could not be read as " + as + " (it needs more memory than the"
                    + " application has)", e);
        } catch (VirtualMachineError e) {
            throw e; // the JVM itself is broken: nothing per file about it
        } catch (Throwable e) {
            throw new DocumentReadException("could not be read as " + as + " (" + inWords(e) + ")", e);
        }
    }

    /** A library's message without the Java class names a reader cannot use. */
    private static String inWords(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? "the file is damaged" : message.strip();
    }

    /** Read once, on first use: the seeds cannot change while the application runs. */
    private static final class SeedsHolder {
        static final Corpus SEEDS = new CorpusReader().readBundled(new SeedCatalog());
    }
}
