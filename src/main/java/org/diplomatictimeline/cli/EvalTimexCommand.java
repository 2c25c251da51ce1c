package org.diplomatictimeline.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.diplomatictimeline.time.NewsTemporalTagger;
import org.diplomatictimeline.time.eval.GoldDocument;
import org.diplomatictimeline.time.eval.MeantimeReader;
import org.diplomatictimeline.time.eval.TimexEvaluation;
import org.diplomatictimeline.time.eval.TimexEvaluation.Report;
import org.diplomatictimeline.time.eval.TimexEvaluation.Sample;

/**
 * {@code eval-timex [FOLDER] [--errors N]}: scores the temporal tagger on the NewsReader MEANTIME corpus (English)
 * and prints span, value and type figures and the tagging throughput.
 */
public final class EvalTimexCommand implements Command {

    static final String DEFAULT_FOLDER = "../shared/data/meantime-en";

    @Override
    public String name() {
        return "eval-timex";
    }

    @Override
    public String summary() {
        return "[FOLDER] [--errors N]   score temporal tagging on MEANTIME (default " + DEFAULT_FOLDER + ")";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        String folder = DEFAULT_FOLDER;
        int errors = 0;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--errors")) {
                if (i + 1 >= args.size()) {
                    throw new UsageException("--errors needs a number");
                }
                try {
                    errors = Integer.parseInt(args.get(++i));
                } catch (NumberFormatException e) {
                    throw new UsageException("--errors needs a number, not '" + args.get(i) + "'");
                }
            } else if (a.startsWith("--")) {
                throw new UsageException("unknown option " + a);
            } else {
                folder = a;
            }
        }
        List<GoldDocument> docs;
        try {
            docs = new MeantimeReader().readAll(Path.of(folder));
        } catch (IOException e) {
            err.println("eval-timex: cannot read the corpus at " + folder + ": " + e.getMessage());
            return 1;
        }
        if (docs.isEmpty()) {
            err.println("eval-timex: no MEANTIME *.xml files under " + folder);
            return 1;
        }
        TimexEvaluation evaluation = new TimexEvaluation(new NewsTemporalTagger());
        Report r = evaluation.evaluate(docs);
        evaluation.throughput(docs, 3);
        double charsPerSecond = evaluation.throughput(docs, 10);
        print(out, r, charsPerSecond, folder);
        if (errors > 0) {
            printSamples(out, r, errors);
        }
        return 0;
    }

    private static void print(PrintStream out, Report r, double charsPerSecond, String folder) {
        out.printf(Locale.ROOT, "MEANTIME English (%s): %d documents, %d gold TIMEX3, %d system expressions in the "
                + "annotated scope%n", folder, r.documents(), r.gold(), r.system());
        line(out, "strict span", r.strictPrecision(), r.strictRecall());
        line(out, "relaxed span", r.relaxedPrecision(), r.relaxedRecall());
        line(out, "value (relaxed span + value)", r.valuePrecision(), r.valueRecall());
        out.printf(Locale.ROOT, "value accuracy on relaxed matches: %.1f %% (%d of %d)%n", 100 * r.valueAccuracy(),
                r.valueCorrect(), r.relaxedGold());
        out.printf(Locale.ROOT, "type accuracy on relaxed matches:  %.1f %% (%d of %d)%n", 100 * r.typeAccuracy(),
                r.typeCorrect(), r.relaxedGold());
        out.printf(Locale.ROOT, "throughput: %.0f KB/s (%d characters of whole documents, one thread, in-process)%n",
                charsPerSecond / 1024, r.characters());
    }

    private static void line(PrintStream out, String what, double p, double r) {
        out.printf(Locale.ROOT, "%-30s P %.1f  R %.1f  F1 %.1f%n", what, 100 * p, 100 * r,
                100 * Report.f1(p, r));
    }

    private static void printSamples(PrintStream out, Report r, int n) {
        for (String kind : List.of("missed", "spurious", "value", "span")) {
            out.println("--- " + kind);
            int shown = 0;
            for (Sample s : r.samples()) {
                if (s.kind().equals(kind) && shown++ < n) {
                    out.printf("%s | gold '%s' %s | system '%s' %s%n", s.document(), s.goldText(), s.goldValue(),
                            s.systemText(), s.systemValue());
                }
            }
        }
    }
}
