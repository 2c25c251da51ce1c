package org.diplomatictimeline.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.corpus.CorpusReader;
import org.diplomatictimeline.corpus.LoadProblem;
import org.diplomatictimeline.corpus.ReadListener;
import org.diplomatictimeline.extract.ArticleCache;
import org.diplomatictimeline.extract.EventExtractor;
import org.diplomatictimeline.extract.cache.ExtractionCache;
import org.diplomatictimeline.io.EventModelJson;
import org.diplomatictimeline.model.EventModel;

/** {@code export [PATH...] [--out FILE]}: the event model of the given files (or the bundled seeds) as JSON. */
public final class ExportCommand implements Command {

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String summary() {
        return "[PATH...] [--out FILE] [--no-cache]  write the event model as JSON (the bundled seeds without PATH);"
                + " unchanged articles are read from the extraction cache unless --no-cache";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        CommandLogging.toLogFile();
        List<Path> paths = new ArrayList<>();
        Path target = null;
        boolean useCache = true;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--out") || a.equals("-o")) {
                if (i + 1 >= args.size()) {
                    throw new UsageException("--out needs a file name");
                }
                target = Path.of(args.get(++i));
            } else if (a.startsWith("--out=")) {
                target = Path.of(a.substring("--out=".length()));
            } else if (a.equals("--no-cache")) {
                useCache = false;
            } else if (a.startsWith("-")) {
                throw new UsageException("unknown option " + a);
            } else {
                paths.add(Path.of(a));
            }
        }
        List<Path> present = new ArrayList<>();
        int status = 0;
        for (Path p : paths) {
            if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                // Named, and the other paths still run: one typo should not cost the whole export.
                err.println(TerminalText.escape(p + ": no such file or folder"));
                status = 1;
                continue;
            }
            present.add(p);
        }
        if (target != null) {
            Optional<Path> input = OutputGuard.inputUnder(target, present);
            if (input.isPresent()) {
                err.println(TerminalText.escape(target + ": would write over the input " + input.get()
                        + "; choose another --out (a new file, or one outside the input folders)"));
                return 2;
            }
        }
        if (!paths.isEmpty() && present.isEmpty()) {
            err.println("export: no document could be read");
            return 1;
        }
        Corpus corpus = present.isEmpty() ? CorpusReader.bundledSeeds() : new CorpusReader().read(present,
                ReadListener.NONE);
        for (LoadProblem problem : corpus.problems()) {
            err.println(TerminalText.escape(problem.source() + ": " + problem.message()));
        }
        if (corpus.documents().isEmpty()) {
            err.println(TerminalText.escape("export: no document could be read"
                    + (paths.isEmpty() ? "" : " from " + paths)));
            return 1;
        }
        EventModel model = new EventExtractor(Runnable::run, useCache ? ExtractionCache.forCurrentUser()
                : ArticleCache.NONE).extract(corpus);
        if (target == null) {
            EventModelJson.write(corpus, model, out);
            out.println();
            return status;
        }
        int written = writeFile(corpus, model, target, err);
        return written != 0 ? written : status;
    }

    private static int writeFile(Corpus corpus, EventModel model, Path target, PrintStream err) {
        // Write beside the target and move into place, so a failed export never leaves a half-written file.
        Path absolute = target.toAbsolutePath();
        Path tmp = null;
        try {
            Path dir = absolute.getParent();
            tmp = Files.createTempFile(dir, ".export-", ".json.tmp");
            try (OutputStream os = Files.newOutputStream(tmp)) {
                EventModelJson.write(corpus, model, os);
            }
            Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println(TerminalText.escape(target + ": cannot write the export: " + e.getMessage()));
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the temporary file is all that is left behind; the message above says what failed
                }
            }
            return 1;
        }
    }
}
