package org.diplomatictimeline.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.corpus.CorpusReader;
import org.diplomatictimeline.corpus.LoadProblem;
import org.diplomatictimeline.corpus.ReadListener;
import org.diplomatictimeline.eval.NewsGold;
import org.diplomatictimeline.eval.NewsGoldReader;
import org.diplomatictimeline.eval.NewsReport;
import org.diplomatictimeline.eval.NewsScorer;
import org.diplomatictimeline.extract.EventExtractor;
import org.diplomatictimeline.model.EventModel;

/**
 * {@code eval-news [DIR] [GOLD.json]}: extracts a folder of real news in-process, as {@code export} does, and scores
 * it against a news gold set with the figures of news-dev's {@code score_news.py}, then breaks them down and
 * explains every miss and every wrong cross-article merge. It is a report: it exits 0 whatever the figures.
 */
public final class EvalNewsCommand implements Command {

    /** The clipped news-dev articles, beside the repository (run from its root). */
    static final Path DEFAULT_DIR = Path.of("../news-dev/md");
    static final Path DEFAULT_GOLD = Path.of("../shared/data/news-dev/gold.json");

    @Override
    public String name() {
        return "eval-news";
    }

    @Override
    public String summary() {
        return "[DIR] [GOLD.json]  score extraction on real news with gold events (default: " + DEFAULT_DIR + " and "
                + DEFAULT_GOLD + ")";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() > 2 || args.stream().anyMatch(a -> a.startsWith("-"))) {
            throw new UsageException("give a folder of articles and a gold file, or nothing for " + DEFAULT_DIR
                    + " and " + DEFAULT_GOLD + " (run from the repository root)");
        }
        Path dir = args.isEmpty() ? DEFAULT_DIR : Path.of(args.get(0));
        Path goldFile = args.size() < 2 ? DEFAULT_GOLD : Path.of(args.get(1));
        if (!Files.isDirectory(dir)) {
            err.println(name() + ": " + dir + ": no such folder" + (args.isEmpty() ? " (run from the repository root)" : ""));
            return 2;
        }
        if (!Files.isRegularFile(goldFile)) {
            err.println(name() + ": " + goldFile + ": no such gold file" + (args.size() < 2 ? " (the default; run from "
                    + "the repository root or give GOLD.json)" : ""));
            return 2;
        }
        NewsGold gold;
        try {
            gold = new NewsGoldReader().read(goldFile);
        } catch (IOException e) {
            err.println(name() + ": " + e.getMessage());
            return 2;
        }
        Corpus corpus = new CorpusReader().read(List.of(dir), ReadListener.NONE);
        for (LoadProblem p : corpus.problems()) {
            err.println(p.source() + ": " + p.message());
        }
        if (corpus.documents().isEmpty()) {
            err.println(name() + ": no document could be read from " + dir + "; every gold article scores as not read");
        }
        EventModel model = new EventExtractor().extract(corpus);
        NewsReport report = new NewsScorer().score(model, gold);
        out.printf("News set: %d gold articles, %d gold events; %d documents read from %s%n",
                gold.articles().size(), report.goldEvents(), corpus.documents().size(), dir);
        print(report, out);
        return 0;
    }

    /** The score_news.py lines first (same text), then the breakdowns, the misses and the merge errors. */
    static void print(NewsReport r, PrintStream out) {
        r.byBasis().forEach((basis, t) -> out.printf("  %s: %d/%d%n", basis, t.found(), t.total()));
        out.printf("news: event recall %s (%d/%d), exact dates %d/%d, doc dates %s (%d/%d), precision proxy %s "
                        + "(%d/%d)%n", NewsReport.twoDecimals(r.recall()), r.found(), r.goldEvents(), r.exact(),
                r.found(), NewsReport.twoDecimals(r.documentDates()), r.docDatesRight(), r.docDatesKnown(),
                NewsReport.twoDecimals(r.precision()), r.matchedExtracted(), r.extractedInGold());
        out.printf("merge errors: %d (of %d extracted events spanning several gold articles)%n",
                r.mergeErrors().size(), r.crossArticle());

        table(out, "date basis", r.byBasis(), false);
        table(out, "gold type", r.byType(), false);
        table(out, "language", r.byLanguage(), true);

        Map<NewsReport.Cause, Long> causes = new EnumMap<>(NewsReport.Cause.class);
        r.misses().forEach(m -> causes.merge(m.cause(), 1L, Long::sum));
        out.println();
        out.printf("Misses by cause (%d)%n", r.misses().size());
        causes.forEach((c, n) -> out.printf("  %-42s %3d%n", label(c), n));
        out.println();
        out.println("Misses");
        for (NewsReport.Miss m : r.misses()) {
            NewsGold.GoldEvent g = m.gold();
            out.printf("  %s  %s [%s] %s: %s | %s @ %s%n      %s: %s%n", m.file(), g.dateStart(), g.basis(), g.type(),
                    g.what(), String.join(", ", g.participants()), g.place() == null ? "-" : g.place(),
                    label(m.cause()), m.detail());
        }
        out.println();
        out.printf("Document dates wrong (%d)%n", r.wrongDates().size());
        for (NewsReport.WrongDate w : r.wrongDates()) {
            out.printf("  %s  gold %s, ours %s%n", w.file(), w.gold(), w.ours().isEmpty() ? "none" : w.ours());
        }
        out.println();
        out.printf("Inexact dates (%d)%n", r.inexact().size());
        for (NewsReport.Inexact i : r.inexact()) {
            out.printf("  %s  %s [%s] %s: %s%n      we had %s%n", i.file(), i.gold().dateStart(), i.gold().basis(),
                    i.gold().type(), i.gold().what(), NewsScorer.describe(i.answer()));
        }
        out.println();
        long second = r.unanswered().stream().filter(NewsReport.Unanswered::isSecondAnswer).count();
        out.printf("Unanswered extracted events (%d: %d answer no gold event, %d a gold event another answers)%n",
                r.unanswered().size(), r.unanswered().size() - second, second);
        Map<String, Long> byType = new TreeMap<>();
        r.unanswered().forEach(u -> byType.merge(u.event().type().name(), 1L, Long::sum));
        byType.forEach((type, n) -> out.printf("  %-42s %3d%n", type, n));
        for (NewsReport.Unanswered u : r.unanswered()) {
            out.printf("  %s  %s%n      %s%n", u.file(), NewsScorer.describe(u.event()), u.isSecondAnswer()
                    ? "a second answer to: " + u.alsoAnswers().dateStart() + " " + u.alsoAnswers().type() + ": "
                    + u.alsoAnswers().what() : "answers no gold event");
        }
        out.println();
        out.printf("Merge errors (%d)%n", r.mergeErrors().size());
        for (NewsReport.MergeError m : r.mergeErrors()) {
            out.printf("  %s%n      %s%n", NewsScorer.describe(m.event()), m.why());
            m.answered().forEach((file, golds) -> out.printf("      %s: %s%n", file, golds.isEmpty() ? "-"
                    : golds.stream().map(g -> g.dateStart() + " " + g.type() + ": " + g.what())
                    .collect(Collectors.joining(" / "))));
        }
    }

    private static void table(PrintStream out, String heading, Map<String, NewsReport.Tally> rows, boolean docDates) {
        out.println();
        out.printf("%-20s %14s %7s %10s%s%n", "by " + heading, "found/gold", "recall", "exact", docDates
                ? "   doc dates" : "");
        rows.forEach((key, t) -> out.printf("%-20s %14s %6.0f%% %10s%s%n", key, t.found() + "/" + t.total(),
                100 * NewsReport.ratio(t.found(), t.total()), t.exact() + "/" + t.found(),
                docDates ? String.format("   %d/%d", t.docDatesRight(), t.docDatesKnown()) : ""));
    }

    private static String label(NewsReport.Cause c) {
        return switch (c) {
            case ARTICLE_NOT_READ -> "article not read";
            case NO_EVENT_IN_ARTICLE -> "no extracted event in the article";
            case DOCUMENT_DATE_WRONG -> "document date wrong";
            case UNDATED -> "related events undated";
            case DATE_INCOMPATIBLE -> "date incompatible";
            case ANSWER_TAKEN -> "answer taken by another gold event";
            case NO_SHARED_PARTICIPANT_OR_PLACE -> "date ok, no shared participant or place";
            case NOTHING_RELATED -> "nothing related";
        };
    }
}
