package org.diplomatictimeline.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.corpus.CorpusReader;
import org.diplomatictimeline.corpus.LoadProblem;
import org.diplomatictimeline.corpus.ReadListener;
import org.diplomatictimeline.eval.AcceptanceReport;
import org.diplomatictimeline.eval.AcceptanceScorer;
import org.diplomatictimeline.eval.ExpectedSet;
import org.diplomatictimeline.eval.ExpectedSetReader;
import org.diplomatictimeline.extract.EventExtractor;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventModel;
import org.diplomatictimeline.model.Participant;

/**
 * {@code eval-articles [DIR EXPECTED.json]}: runs the whole pipeline on a folder of articles and scores it against a
 * reader's answers. Without arguments it uses the acceptance set of the source tree (it is test data, not in the
 * jar), so run it from the repository root.
 */
public final class EvalArticlesCommand implements Command {

    /** The bundled acceptance set, relative to the repository root. */
    static final Path DEFAULT_DIR = Path.of("src/test/resources/org/diplomatictimeline/acceptance/articles");
    static final Path DEFAULT_EXPECTED = Path.of("src/test/resources/org/diplomatictimeline/acceptance/expected.json");

    @Override
    public String name() {
        return "eval-articles";
    }

    @Override
    public String summary() {
        return "[DIR EXPECTED.json]  score extraction on hand-annotated articles (default: the acceptance set)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 0 && args.size() != 2 || args.stream().anyMatch(a -> a.startsWith("-"))) {
            throw new UsageException("give a folder of articles and its expected.json, or nothing for the "
                    + "acceptance set (run from the repository root)");
        }
        Path dir = args.isEmpty() ? DEFAULT_DIR : Path.of(args.get(0));
        Path expectedFile = args.isEmpty() ? DEFAULT_EXPECTED : Path.of(args.get(1));
        if (!Files.isDirectory(dir)) {
            err.println(dir + ": not a folder" + (args.isEmpty() ? " (run from the repository root)" : ""));
            return 1;
        }
        if (!Files.isRegularFile(expectedFile)) {
            err.println(expectedFile + ": no such file");
            return 1;
        }
        ExpectedSet expected;
        try {
            expected = new ExpectedSetReader().read(expectedFile);
        } catch (IOException e) {
            err.println(expectedFile + ": " + e.getMessage());
            return 1;
        }
        Corpus corpus = new CorpusReader().read(List.of(dir), ReadListener.NONE);
        for (LoadProblem p : corpus.problems()) {
            err.println(p);
        }
        EventModel model = new EventExtractor().extract(corpus);
        AcceptanceReport report = new AcceptanceScorer().score(model, expected);
        print(report, out);
        return 0;
    }

    /** Prints the per-article table, the overall figures and every miss, duplicate, merge error and violation. */
    static void print(AcceptanceReport r, PrintStream out) {
        out.printf("Acceptance set: %d articles, %d expected events%n%n", r.articles().size(), r.expectedEvents());
        out.printf("%-44s %-24s %-12s %s%n", "article", "document date", "events f/i/n", "extracted (unexpected)");
        for (AcceptanceReport.ArticleResult a : r.articles()) {
            AcceptanceReport.DocumentDateResult d = a.documentDate();
            String date = (d.correct() ? "ok " : "NO ") + (d.actual() == null ? "none" : d.actual()) + " "
                    + d.source().toLowerCase(Locale.ROOT);
            out.printf("%-44s %-24s %-12s %d (%d)%n", a.file(), date,
                    a.found() + "/" + a.identified() + "/" + a.events().size(), a.extracted(), a.extras().size());
        }
        long docs = r.articles().size();
        long basis = r.articles().stream().filter(a -> a.documentDate().basisAgrees()).count();
        List<AcceptanceReport.ArticleResult> wrongHeaders = r.articles().stream()
                .filter(a -> a.documentDate().expected().headerConflict()).toList();
        long conflicts = wrongHeaders.stream().filter(a -> a.documentDate().conflictRight()).count();
        long[] place = r.placeRightOfFound();
        List<AcceptanceReport.MergeResult> same = r.sameEventMerges();
        List<AcceptanceReport.MergeResult> apart = r.keepApartMerges();
        out.println();
        out.println("Overall");
        figure(out, "document dates right", r.correctDocumentDates(), docs);
        figure(out, "  stated/inferred as the reader says", basis, docs);
        figure(out, "  wrong headers flagged as conflicts", conflicts, wrongHeaders.size());
        figure(out, "event recall (type, actor and date)", r.foundEvents(), r.expectedEvents());
        figure(out, "events identified (type and actor)", r.identifiedEvents(), r.expectedEvents());
        figure(out, "date accuracy of identified events", r.foundEvents(), r.identifiedEvents());
        figure(out, "status right (of found)", r.statusRightOfFound(), r.foundEvents());
        figure(out, "place right (of found with a place)", place[0], place[1]);
        figure(out, "precision proxy (extracted related to expected)", r.extractedRelated(), r.extractedEvents());
        figure(out, "same-event pairs merged", same.stream().filter(m -> m.checkable() && m.merged()).count(),
                same.size());
        figure(out, "different-event pairs kept apart", apart.stream().filter(m -> m.checkable() && !m.merged()).count(),
                apart.size());
        out.printf("  %-50s %3d%n", "cross-article merges no reader asked for", r.unbackedMerges().size());
        figure(out, "forbidden-date rules kept", r.forbiddenRules()
                - r.violations().stream().map(AcceptanceReport.Violation::rule).distinct().count(), r.forbiddenRules());

        out.println();
        out.println("Misses");
        for (AcceptanceReport.EventResult e : r.misses()) {
            out.printf("  %-22s %-15s %s%n", e.expected().id(), reason(e.outcome()), e.detail());
        }
        out.println();
        out.println("Found, but with the wrong status or place");
        for (AcceptanceReport.EventResult e : r.eventResults()) {
            if (e.outcome() != AcceptanceReport.Outcome.FOUND) {
                continue;
            }
            if (!e.statusRight()) {
                out.printf("  %-22s status: expected %s, got %s%n", e.expected().id(), e.expected().status(),
                        e.match().status());
            }
            if (e.expected().place() != null && !e.placeRight()) {
                out.printf("  %-22s place: expected %s, got %s%n", e.expected().id(), e.expected().place(),
                        e.match().place() == null ? "none" : e.match().place().name());
            }
        }
        out.println();
        out.println("Merging");
        for (AcceptanceReport.MergeResult m : r.merges()) {
            String verdict = !m.checkable() ? "cannot check (one side not identified)"
                    : m.correct() ? "ok" : m.sameEvent() ? "UNMERGED" : "WRONGLY MERGED";
            out.printf("  %-8s %s + %s: %s%n", m.sameEvent() ? "same" : "apart", m.rule().a(), m.rule().b(), verdict);
        }
        for (Event e : r.unbackedMerges()) {
            out.printf("  UNASKED  %s: %s%n", describe(e), String.join(" + ", e.documentIds()));
        }
        out.println();
        out.println("Forbidden dates given");
        for (AcceptanceReport.Violation v : r.violations()) {
            out.printf("  %s: %s on %s -- %s%n", v.rule().file(), v.event().title(), v.event().when().value(),
                    v.rule().why());
        }
        out.println();
        out.println("Extracted events that match nothing expected (or duplicate a found one)");
        for (AcceptanceReport.Extra x : r.extras()) {
            out.printf("  %-44s %-10s %s%n", x.file(), x.kind(), describe(x.event()));
        }
        out.println();
        out.println("Document dates");
        for (AcceptanceReport.ArticleResult a : r.articles()) {
            AcceptanceReport.DocumentDateResult d = a.documentDate();
            if (!d.correct() || !d.basisAgrees() || !d.conflictRight()) {
                out.printf("  %-44s expected %s (%s), got %s from %s%s%n", a.file(),
                        d.expected().value() == null ? "none" : d.expected().value(),
                        d.expected().stated() ? "stated" : "inferred", d.actual() == null ? "none" : d.actual(),
                        d.source().toLowerCase(Locale.ROOT), d.conflictRight() ? "" : "; the wrong header is not flagged");
            }
        }
    }

    private static String reason(AcceptanceReport.Outcome o) {
        return switch (o) {
            case NO_EVENT -> "no event";
            case WRONG_DATE -> "wrong date";
            case WRONG_PRECISION -> "wrong precision";
            case FOUND -> "found";
        };
    }

    private static String describe(Event e) {
        String who = e.participants().stream().map(Participant::name).collect(Collectors.joining(", "));
        String when = e.when().isKnown()
                ? (e.when().isRange() ? e.when().value() + ".." + e.when().endValue() : e.when().value()) : "undated";
        return e.type() + " " + e.status() + " " + when + " [" + who + "]";
    }

    private static void figure(PrintStream out, String label, long part, long whole) {
        out.printf("  %-50s %3d / %-3d %5.1f %%%n", label, part, whole,
                100 * AcceptanceReport.ratio(part, whole));
    }
}
