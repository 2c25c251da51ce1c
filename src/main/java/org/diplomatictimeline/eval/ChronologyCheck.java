package org.diplomatictimeline.eval;

import java.util.List;
import java.util.Objects;
import org.diplomatictimeline.model.DateSpan;

/**
 * How a picked chronology compares with an editor's: for each editor date in the corpus span, the pick that matches
 * it (at the editor's precision, and within a day), and where the best candidate at that date ranked; for each pick,
 * whether the editor has it.
 *
 * @param editorTotal every entry the editor wrote, in span or not
 * @param corpusSpan  the days the corpus's articles are dated in
 * @param entries     one per distinct editor date in the span; their count is K
 * @param picks       the picked dates, oldest first
 */
public record ChronologyCheck(int editorTotal, DateSpan corpusSpan, List<EntryResult> entries, List<PickResult> picks) {

    public ChronologyCheck {
        Objects.requireNonNull(corpusSpan, "corpusSpan");
        entries = List.copyOf(entries);
        picks = List.copyOf(picks);
    }

    /** A date of a chronology, picked or candidate: its TIMEX3 key, its days, its score and its first event. */
    public record Dated(String date, DateSpan span, double score, String title) {

        public Dated {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(span, "span");
            title = title == null ? "" : title;
        }
    }

    /**
     * An editor date and what answered it.
     *
     * @param exact     the pick at the editor's date and precision, or null
     * @param near      the pick within a day of it (the exact one included), or null
     * @param rankExact the rank (1 = weightiest) of the best date of all the corpus's dates at the editor's date, 0
     *                  when no extracted event is dated there
     * @param rankNear  the same within a day
     */
    public record EntryResult(EditorChronology.Entry entry, Dated exact, Dated near, int rankExact, int rankNear) {
    }

    /** A picked date: whether the editor has it (exactly, within a day) and whether it lies outside the corpus span. */
    public record PickResult(Dated pick, boolean exact, boolean near, boolean outsideSpan) {
    }

    /** K: the number of distinct editor dates in the corpus span. */
    public int k() {
        return entries.size();
    }

    public long foundExact() {
        return entries.stream().filter(e -> e.exact() != null).count();
    }

    public long foundNear() {
        return entries.stream().filter(e -> e.near() != null).count();
    }

    public long picksExact() {
        return picks.stream().filter(PickResult::exact).count();
    }

    public long picksNear() {
        return picks.stream().filter(PickResult::near).count();
    }

    /** Editor dates some extracted event is dated at: the most any selection of this extraction could find. */
    public long reachableExact() {
        return entries.stream().filter(e -> e.rankExact() > 0).count();
    }

    public long reachableNear() {
        return entries.stream().filter(e -> e.rankNear() > 0).count();
    }

    public long picksOutsideSpan() {
        return picks.stream().filter(PickResult::outsideSpan).count();
    }

    public double recallExact() {
        return ratio(foundExact(), k());
    }

    public double recallNear() {
        return ratio(foundNear(), k());
    }

    public double precisionExact() {
        return ratio(picksExact(), picks.size());
    }

    public double precisionNear() {
        return ratio(picksNear(), picks.size());
    }

    static double ratio(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
