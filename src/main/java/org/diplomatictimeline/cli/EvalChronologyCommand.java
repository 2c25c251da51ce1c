package org.diplomatictimeline.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.diplomatictimeline.brief.Chronology;
import org.diplomatictimeline.brief.ChronologyBuilder;
import org.diplomatictimeline.brief.ChronologyDate;
import org.diplomatictimeline.brief.ChronologyEvent;
import org.diplomatictimeline.brief.ChronologyRequest;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.corpus.CorpusReader;
import org.diplomatictimeline.corpus.LoadProblem;
import org.diplomatictimeline.corpus.ReadListener;
import org.diplomatictimeline.eval.ChronologyCheck;
import org.diplomatictimeline.eval.ChronologyScorer;
import org.diplomatictimeline.eval.EditorChronology;
import org.diplomatictimeline.eval.EditorChronologyReader;
import org.diplomatictimeline.extract.EventExtractor;
import org.diplomatictimeline.io.EventModelJson;
import org.diplomatictimeline.model.DateSpan;
import org.diplomatictimeline.model.DocumentInfo;
import org.diplomatictimeline.model.EventModel;

/**
 * {@code eval-chronology DIR EDITOR.json [--dates K]}: runs the selection of {@code chronology} on a folder of real
 * articles with K = the editor's dates inside the articles' span, and reports how many of the editor's dates it
 * picked (at the editor's precision and within a day), how many of its picks the editor has, how many editor dates no
 * extracted event carries, and a baseline (the K dates most articles report). A report: it exits 0 whatever the
 * figures.
 */
public final class EvalChronologyCommand implements Command {

    /** A K larger than any corpus's number of dates, to have every date scored and ranked. */
    private static final int EVERY_DATE = 1_000_000;

    @Override
    public String name() {
        return "eval-chronology";
    }

    @Override
    public String summary() {
        return "DIR EDITOR.json [--dates K]  score the chronology's key dates against an editor's dated chronology";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        List<String> paths = new ArrayList<>();
        Integer dates = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--dates") || a.startsWith("--dates=")) {
                String value = a.contains("=") ? a.substring(a.indexOf('=') + 1)
                        : i + 1 < args.size() ? args.get(++i) : null;
                dates = count(value);
            } else if (a.startsWith("-")) {
                throw new UsageException("unknown option " + a);
            } else {
                paths.add(a);
            }
        }
        if (paths.size() != 2) {
            throw new UsageException("give a folder of articles and an editor's chronology (JSON)");
        }
        Path dir = Path.of(paths.get(0));
        Path editorFile = Path.of(paths.get(1));
        if (!Files.isDirectory(dir)) {
            err.println(name() + ": " + dir + ": no such folder");
            return 2;
        }
        EditorChronology editor;
        try {
            editor = new EditorChronologyReader().read(editorFile);
        } catch (IOException e) {
            err.println(name() + ": " + (Files.exists(editorFile) ? e.getMessage() : editorFile + ": no such file"));
            return 2;
        }
        Corpus corpus = new CorpusReader().read(List.of(dir), ReadListener.NONE);
        for (LoadProblem p : corpus.problems()) {
            err.println(p.source() + ": " + p.message());
        }
        EventModel model = new EventExtractor().extract(corpus);
        DateSpan span = corpusSpan(model);
        if (span == null) {
            err.println(name() + ": no article in " + dir + " has a date; nothing to compare");
            return 1;
        }
        int k = dates != null ? dates : editor.within(span).size();
        out.printf("Chronology against an editor: %s%s%n", editorFile, editor.source().isEmpty() ? ""
                : " (" + editor.source() + ")");
        out.printf("corpus: %d documents read from %s, dated %s .. %s; editor: %d dates, %d in the corpus span; K = %d%n",
                corpus.documents().size(), dir, span.first(), span.last(), editor.dates().size(),
                editor.within(span).size(), k);
        if (k == 0) {
            out.println("no editor date falls in the corpus span: nothing to score");
            return 0;
        }
        ChronologyBuilder builder = new ChronologyBuilder(model, EventModelJson.outlets(corpus, model));
        LocalDate today = LocalDate.now();
        Chronology chosen = builder.build(new ChronologyRequest(null, null, k, null, null), today);
        Chronology every = builder.build(new ChronologyRequest(null, null, EVERY_DATE, null, null), today);
        List<ChronologyDate> ranked = new ArrayList<>(every.dates());
        ranked.sort(Comparator.comparingDouble(ChronologyDate::score).reversed()
                .thenComparing(d -> d.span().first()));
        ChronologyScorer scorer = new ChronologyScorer();
        List<ChronologyCheck.Dated> rankedDates = ranked.stream().map(EvalChronologyCommand::dated).toList();
        ChronologyCheck check = scorer.score(editor, span, chosen.dates().stream().map(EvalChronologyCommand::dated)
                .toList(), rankedDates);
        ChronologyCheck baseline = scorer.score(editor, span, mostReported(every.dates(), k), rankedDates);
        print(check, baseline, ranked.size(), out);
        return 0;
    }

    static void print(ChronologyCheck c, ChronologyCheck baseline, int candidates, PrintStream out) {
        out.printf("chronology (%d picked of %d dated): at the editor's precision P %s (%d/%d) R %s (%d/%d); "
                        + "within a day P %s (%d/%d) R %s (%d/%d)%n", c.picks().size(), candidates,
                two(c.precisionExact()), c.picksExact(), c.picks().size(), two(c.recallExact()), c.foundExact(), c.k(),
                two(c.precisionNear()), c.picksNear(), c.picks().size(), two(c.recallNear()), c.foundNear(), c.k());
        out.printf("baseline (the %d dates most articles report): P %s R %s; within a day P %s R %s%n",
                baseline.picks().size(), two(baseline.precisionExact()), two(baseline.recallExact()),
                two(baseline.precisionNear()), two(baseline.recallNear()));
        out.printf("reachable: %d/%d editor dates carry an extracted event (%d/%d within a day): the most any "
                + "selection could find; %d never appear%n", c.reachableExact(), c.k(), c.reachableNear(), c.k(),
                c.k() - c.reachableNear());
        out.printf("picks outside the corpus span (background): %d%n", c.picksOutsideSpan());
        out.println();
        out.println("Editor dates (hit = picked; near = a pick within a day; rank = place of the best date there "
                + "among all dates)");
        for (ChronologyCheck.EntryResult e : c.entries()) {
            String verdict = e.exact() != null ? "hit" : e.near() != null ? "near" : e.rankNear() > 0 ? "missed"
                    : "never";
            String rank = e.rankExact() > 0 ? "rank " + e.rankExact() : e.rankNear() > 0 ? "near rank " + e.rankNear()
                    : "no extracted event";
            out.printf("  %-10s %-6s %-18s %s%n", e.entry().date(), verdict, rank, e.entry().text());
        }
        out.println();
        out.println("Picked dates the editor does not have");
        for (ChronologyCheck.PickResult p : c.picks()) {
            if (!p.near()) {
                out.printf("  %-10s score %5.1f%s  %s%n", p.pick().date(), p.pick().score(),
                        p.outsideSpan() ? " (outside the span)" : "", p.pick().title());
            }
        }
    }

    /** The baseline: the K dates whose events are reported by the most distinct articles (ties: the earlier). */
    static List<ChronologyCheck.Dated> mostReported(List<ChronologyDate> dates, int k) {
        List<ChronologyDate> byReports = new ArrayList<>(dates);
        byReports.sort(Comparator.comparingInt(EvalChronologyCommand::reports).reversed()
                .thenComparing(d -> d.span().first()));
        return byReports.subList(0, Math.min(k, byReports.size())).stream()
                .sorted(Comparator.comparing(d -> d.span().first())).map(EvalChronologyCommand::dated).toList();
    }

    private static int reports(ChronologyDate d) {
        Set<String> docs = new HashSet<>();
        for (ChronologyEvent e : d.events()) {
            docs.addAll(e.event().documentIds());
        }
        return docs.size();
    }

    private static ChronologyCheck.Dated dated(ChronologyDate d) {
        return new ChronologyCheck.Dated(d.date(), d.span(), d.score(), d.events().isEmpty() ? ""
                : d.events().get(0).event().title());
    }

    /** The days the articles are dated in: from the first day of the earliest to the last day of the latest. */
    static DateSpan corpusSpan(EventModel model) {
        LocalDate first = null;
        LocalDate last = null;
        for (DocumentInfo d : model.documents()) {
            DateSpan s = span(d.date().value());
            if (s != null) {
                first = first == null || s.first().isBefore(first) ? s.first() : first;
                last = last == null || s.last().isAfter(last) ? s.last() : last;
            }
        }
        return first == null ? null : new DateSpan(first, last);
    }

    private static DateSpan span(String timex) {
        try {
            if (timex == null || timex.length() < 7) {
                return null;
            }
            if (timex.length() >= 10) {
                return DateSpan.ofDay(LocalDate.parse(timex.substring(0, 10)));
            }
            YearMonth m = YearMonth.parse(timex.substring(0, 7));
            return new DateSpan(m.atDay(1), m.atEndOfMonth());
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int count(String value) {
        try {
            int n = Integer.parseInt(value == null ? "" : value);
            if (n < 1) {
                throw new UsageException("--dates must be at least 1");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException("--dates needs a whole number, not " + value);
        }
    }

    private static String two(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
