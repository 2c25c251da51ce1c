package org.diplomatictimeline.time.eval;

import java.util.ArrayList;
import java.util.List;
import org.diplomatictimeline.time.TemporalTagger;
import org.diplomatictimeline.time.Timex;

/**
 * Scores a tagger against gold documents, TempEval-3 style: strict (same offsets) and relaxed (overlapping) span
 * precision/recall/F1; on relaxed matches (each gold paired with its most overlapping system expression) the share
 * with the right value and type; and value F1, where a system expression counts only if it overlaps a gold one and
 * has its value. Only system expressions inside each document's annotated scope are scored.
 */
public final class TimexEvaluation {

    /** One disagreement, for the error listing. */
    public record Sample(String kind, String document, String goldText, String goldValue, String systemText,
                         String systemValue) {
    }

    /** Counts and derived scores. */
    public record Report(int documents, int gold, int system, int strictGold, int strictSystem, int relaxedGold,
                         int relaxedSystem, int valueCorrect, int typeCorrect, long characters,
                         List<Sample> samples) {

        public Report {
            samples = List.copyOf(samples);
        }

        public double strictPrecision() {
            return ratio(strictSystem, system);
        }

        public double strictRecall() {
            return ratio(strictGold, gold);
        }

        public double relaxedPrecision() {
            return ratio(relaxedSystem, system);
        }

        public double relaxedRecall() {
            return ratio(relaxedGold, gold);
        }

        /** Value accuracy on relaxed matches. */
        public double valueAccuracy() {
            return ratio(valueCorrect, relaxedGold);
        }

        public double typeAccuracy() {
            return ratio(typeCorrect, relaxedGold);
        }

        public double valuePrecision() {
            return ratio(valueCorrect, system);
        }

        public double valueRecall() {
            return ratio(valueCorrect, gold);
        }

        public static double f1(double p, double r) {
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 0 : (double) a / b;
        }
    }

    private final TemporalTagger tagger;

    public TimexEvaluation(TemporalTagger tagger) {
        this.tagger = tagger;
    }

    public Report evaluate(List<GoldDocument> docs) {
        int gold = 0;
        int system = 0;
        int strictGold = 0;
        int strictSystem = 0;
        int relaxedGold = 0;
        int relaxedSystem = 0;
        int valueCorrect = 0;
        int typeCorrect = 0;
        long chars = 0;
        List<Sample> samples = new ArrayList<>();
        for (GoldDocument doc : docs) {
            chars += doc.text().length();
            List<Timex> sys = new ArrayList<>();
            for (Timex t : tagger.tag(doc.text(), doc.creationDate())) {
                if (t.start() < doc.scopeEnd()) {
                    sys.add(t);
                }
            }
            gold += doc.gold().size();
            system += sys.size();
            for (Timex t : sys) {
                boolean strict = false;
                boolean relaxed = false;
                for (GoldTimex g : doc.gold()) {
                    strict |= g.start() == t.start() && g.end() == t.end();
                    relaxed |= overlap(g, t) > 0;
                }
                strictSystem += strict ? 1 : 0;
                relaxedSystem += relaxed ? 1 : 0;
                if (!relaxed) {
                    samples.add(new Sample("spurious", doc.name(), "", "", t.text(), t.value()));
                }
            }
            for (GoldTimex g : doc.gold()) {
                Timex best = null;
                int bestOverlap = 0;
                for (Timex t : sys) {
                    if (g.start() == t.start() && g.end() == t.end()) {
                        strictGold++;
                    }
                    int o = overlap(g, t);
                    if (o > bestOverlap) {
                        best = t;
                        bestOverlap = o;
                    }
                }
                if (best == null) {
                    samples.add(new Sample("missed", doc.name(), g.text(), g.value(), "", ""));
                    continue;
                }
                relaxedGold++;
                if (best.start() != g.start() || best.end() != g.end()) {
                    samples.add(new Sample("span", doc.name(), g.text(), g.value(), best.text(), best.value()));
                }
                if (sameValue(g.value(), best.value())) {
                    valueCorrect++;
                } else {
                    samples.add(new Sample("value", doc.name(), g.text(), g.value(), best.text(), best.value()));
                }
                if (g.type().equals(best.type().name())) {
                    typeCorrect++;
                }
            }
        }
        return new Report(docs.size(), gold, system, strictGold, strictSystem, relaxedGold, relaxedSystem,
                valueCorrect, typeCorrect, chars, samples);
    }

    /** Tags every document {@code rounds} times and returns characters per second of tagging alone. */
    public double throughput(List<GoldDocument> docs, int rounds) {
        long chars = 0;
        long sink = 0;
        long start = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (GoldDocument doc : docs) {
                sink += tagger.tag(doc.text(), doc.creationDate()).size();
                chars += doc.text().length();
            }
        }
        long nanos = Math.max(1, System.nanoTime() - start);
        return sink < 0 ? 0 : chars * 1e9 / nanos;
    }

    private static int overlap(GoldTimex g, Timex t) {
        return Math.max(0, Math.min(g.end(), t.end()) - Math.max(g.start(), t.start()));
    }

    /** Equal values; a decade may be written "197" (TIMEX3) or "197X" (as this tagger does). */
    static boolean sameValue(String gold, String system) {
        if (gold.equals(system)) {
            return true;
        }
        return gold.length() == 3 && system.equals(gold + "X") || system.length() == 3 && gold.equals(system + "X");
    }
}
