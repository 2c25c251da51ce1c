package org.diplomatictimeline.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.diplomatictimeline.extract.eval.EventMergeEvaluation;

/** {@code eval-events MEANTIME_DIR}: scores cross-document event merging against MEANTIME's gold coreference. */
public final class EvalEventsCommand implements Command {

    @Override
    public String name() {
        return "eval-events";
    }

    @Override
    public String summary() {
        return "MEANTIME_DIR  score event merging (MUC, B-cubed, CEAF-e, CoNLL F1) on MEANTIME";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 1 || args.get(0).startsWith("-")) {
            throw new UsageException("give the MEANTIME folder, e.g. ../shared/data/meantime-en");
        }
        Path root = Path.of(args.get(0));
        if (!Files.isDirectory(root)) {
            err.println(root + ": not a folder");
            return 1;
        }
        EventMergeEvaluation.Report report;
        try {
            report = new EventMergeEvaluation().evaluate(root);
        } catch (IOException | RuntimeException e) {
            err.println(root + ": " + e.getMessage());
            return 1;
        }
        out.printf("MEANTIME cross-document event coreference: %d documents, %d gold event mentions, %d gold events%n",
                report.documents(), report.mentions(), report.goldClusters());
        out.printf("%-28s %6s %6s %6s | %6s %6s %6s | %6s %6s %6s | %6s%n", "system", "MUC-R", "MUC-P", "MUC-F",
                "B3-R", "B3-P", "B3-F", "CEAFe-R", "CEAFe-P", "CEAFe-F", "CoNLL");
        for (EventMergeEvaluation.Result r : report.results()) {
            out.printf("%-28s %6.1f %6.1f %6.1f | %6.1f %6.1f %6.1f | %6.1f %6.1f %6.1f | %6.1f%n", r.system(),
                    100 * r.muc().recall(), 100 * r.muc().precision(), 100 * r.muc().f1(),
                    100 * r.bcubed().recall(), 100 * r.bcubed().precision(), 100 * r.bcubed().f1(),
                    100 * r.ceafe().recall(), 100 * r.ceafe().precision(), 100 * r.ceafe().f1(), 100 * r.conll());
        }
        return 0;
    }
}
