package org.diplomatictimeline.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * <p>Only reads: nothing is ever written, least of all into the corpus folders. Immutable and thread-safe; one
 * {@code read} runs on the calling thread, file after file.
 */
public final class CorpusReader {

    private final ReadLimits limits;
    private final FileCollector collector = new FileCollector();
    private final FileLoader loader;
    private final FormatSniffer sniffer = new FormatSniffer();
    private final DocumentBuilder builder = new DocumentBuilder();
    private final Map<DocumentFormat, DocumentFormatReader> readers = new EnumMap<>(DocumentFormat.class);

    /** A reader with the default limits (20 MB of text per document). */
    public CorpusReader() {
        this(ReadLimits.DEFAULT);
    }

    /** A reader with other size limits. */
    public CorpusReader(ReadLimits limits) {
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
        int done = 0;
        for (Path file : files) {
            if (listener.isCancelled()) {
                int left = files.size() - done;
                problems.add(new LoadProblem(file.toString(), "cancelled: this file"
                        + (left > 1 ? " and " + (left - 1) + " more were" : " was") + " not read", true));
                break;
            }
            listener.progress(done, files.size(), file.toString());
            try {
                add(loader.load(file), ids, documents, problems, listener::isCancelled);
            } catch (DocumentReadException e) {
                problems.add(new LoadProblem(file.toString(), e.getMessage(), true));
            }
            done++;
        }
        listener.progress(done, files.size(), done == 0 ? "" : files.get(done - 1).toString());
        return new Corpus(documents, problems);
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
            DocumentBuilder.Built built = builder.build(ids.peek(file.fileName()), file.source(),
                    ContentHash.of(file.bytes()), file.bytes().length, extracted);
            ids.next(file.fileName());
            documents.add(built.document());
            for (String warning : built.warnings()) {
                problems.add(new LoadProblem(file.source(), warning, false));
            }
        } catch (DocumentReadException e) {
            problems.add(new LoadProblem(file.source(), e.getMessage(), true));
        }
    }

    /**
     * Libraries may fail on a corrupt file with any throwable, a stack overflow from a deeply nested structure
     * included; one bad file must not end the import, so each is caught here and named as that file's problem.
     */
    private ExtractedText readSafely(DocumentFormatReader reader, SourceFile file, BooleanSupplier cancelled)
            throws DocumentReadException {
        String as = reader.format().name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
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
