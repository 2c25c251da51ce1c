package org.diplomatictimeline.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.diplomatictimeline.brief.Chronology;
import org.diplomatictimeline.brief.ChronologyBuilder;
import org.diplomatictimeline.brief.ChronologyRequest;
import org.diplomatictimeline.brief.format.ChronologyFile;
import org.diplomatictimeline.brief.format.ChronologyFormat;
import org.diplomatictimeline.brief.format.ChronologyWriter;
import org.diplomatictimeline.brief.format.PdfChronologyWriter;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.corpus.CorpusReader;
import org.diplomatictimeline.corpus.LoadProblem;
import org.diplomatictimeline.corpus.ReadListener;
import org.diplomatictimeline.extract.EventExtractor;
import org.diplomatictimeline.io.EventModelJson;
import org.diplomatictimeline.model.EventModel;

/**
 * {@code chronology [PATH...] [--from DATE] [--to DATE] [--dates K | --events N] [--format F] [--out FILE]}: the key
 * dates of the corpus (the bundled seeds without PATH) with their events and citations, in one of the formats of
 * {@link ChronologyFormat}.
 */
public final class ChronologyCommand implements Command {

    @Override
    public String name() {
        return "chronology";
    }

    @Override
    public String summary() {
        return "[PATH...] [--from DATE] [--to DATE] [--dates K | --events N] [--format md|html|pdf|csv|ics|"
                + "timelinejs|json] [--out FILE]  the key dates with citations";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        List<Path> paths = new ArrayList<>();
        LocalDate from = null;
        LocalDate to = null;
        Integer dates = null;
        Integer events = null;
        ChronologyFormat format = null;
        Path target = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String value = a.contains("=") && a.startsWith("--") ? a.substring(a.indexOf('=') + 1) : null;
            String option = value != null ? a.substring(0, a.indexOf('=')) : a;
            if (option.startsWith("-") && value == null && !option.equals("-")) {
                if (i + 1 >= args.size()) {
                    throw new UsageException(option + " needs a value");
                }
                value = args.get(++i);
            }
            switch (option) {
                case "--from" -> from = day(value, false);
                case "--to" -> to = day(value, true);
                case "--dates" -> dates = count(option, value);
                case "--events" -> events = count(option, value);
                case "--format" -> format = format(value);
                case "--out", "-o" -> target = Path.of(value);
                default -> {
                    if (option.startsWith("-")) {
                        throw new UsageException("unknown option " + option);
                    }
                    paths.add(Path.of(a));
                }
            }
        }
        if (dates != null && events != null) {
            throw new UsageException("give --dates or --events, not both");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new UsageException("--to " + to + " is before --from " + from);
        }
        if (format == null) {
            format = target == null ? ChronologyFormat.MD : byName(target);
        }
        if (format == ChronologyFormat.PDF && target == null) {
            throw new UsageException("a PDF needs --out FILE");
        }
        for (Path p : paths) {
            if (!Files.exists(p)) {
                err.println(p + ": no such file or folder");
                return 1;
            }
            if (target != null && target.toAbsolutePath().normalize().equals(p.toAbsolutePath().normalize())) {
                err.println(target + ": is one of the input articles; choose another --out");
                return 2;
            }
        }
        Corpus corpus = paths.isEmpty() ? CorpusReader.bundledSeeds() : new CorpusReader().read(paths,
                ReadListener.NONE);
        for (LoadProblem problem : corpus.problems()) {
            err.println(problem.source() + ": " + problem.message());
        }
        if (corpus.documents().isEmpty()) {
            err.println("chronology: no document could be read" + (paths.isEmpty() ? "" : " from " + paths));
            return 1;
        }
        EventModel model = new EventExtractor().extract(corpus);
        Chronology chronology = new ChronologyBuilder(model, EventModelJson.outlets(corpus, model))
                .build(new ChronologyRequest(from, to, dates, events, null), LocalDate.now());
        ChronologyWriter writer = format.writer();
        try {
            if (target == null) {
                writer.write(chronology, out);
            } else {
                ChronologyFile.write(writer, chronology, target);
            }
        } catch (IOException | RuntimeException e) {
            err.println((target == null ? "chronology" : target.toString()) + ": cannot write: " + e.getMessage());
            return 1;
        }
        if (writer instanceof PdfChronologyWriter pdf && pdf.missingGlyphs() > 0) {
            err.println(target + ": " + pdf.missingGlyphs() + " characters have no font on this machine and show as"
                    + " '?' (see pdf-fonts.txt)");
        }
        return 0;
    }


    private static ChronologyFormat format(String word) {
        return ChronologyFormat.byWord(word).orElseThrow(() -> new UsageException(
                "unknown format " + word + " (md, html, pdf, csv, ics, timelinejs, json)"));
    }

    private static ChronologyFormat byName(Path target) {
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String suffix = dot < 0 ? "" : name.substring(dot + 1);
        return ChronologyFormat.byWord(suffix).orElse(ChronologyFormat.MD);
    }

    private static int count(String option, String value) {
        try {
            int n = Integer.parseInt(value);
            if (n < 1) {
                throw new UsageException(option + " must be at least 1");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException(option + " needs a whole number, not " + value);
        }
    }

    /** YYYY, YYYY-MM or YYYY-MM-DD; a span's end takes the last day of a year or month. */
    static LocalDate day(String value, boolean end) {
        try {
            if (value.matches("\\d{4}")) {
                int y = Integer.parseInt(value);
                return end ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
            }
            if (value.matches("\\d{4}-\\d{2}")) {
                YearMonth m = YearMonth.parse(value);
                return end ? m.atEndOfMonth() : m.atDay(1);
            }
            return LocalDate.parse(value);
        } catch (DateTimeException e) {
            throw new UsageException("not a date: " + value + " (YYYY, YYYY-MM or YYYY-MM-DD)");
        }
    }
}
