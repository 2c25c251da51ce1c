package org.diplomatictimeline.eval;

import java.util.ArrayList;
import java.util.List;
import org.diplomatictimeline.model.DateSpan;

/**
 * Compares the dates a chronology picked with the dates a news editor chose for the same story. A pick matches an
 * editor date at the editor's precision when its days lie inside the editor's (a day inside a month entry counts, a
 * month never matches a day); it matches within a day when its days lie inside the editor's widened by one day each
 * side and it is no coarser. Only editor dates inside the corpus span count, since no selection could pick a date
 * its articles never reach.
 */
public final class ChronologyScorer {

    /**
     * @param editor     the editor's chronology
     * @param corpusSpan the days the articles are dated in
     * @param picked     the selection to judge
     * @param ranked     every date of the corpus, weightiest first, to tell a miss of the selection from a date no
     *                   extracted event carries
     */
    public ChronologyCheck score(EditorChronology editor, DateSpan corpusSpan, List<ChronologyCheck.Dated> picked,
                                 List<ChronologyCheck.Dated> ranked) {
        List<EditorChronology.Entry> inSpan = editor.within(corpusSpan);
        List<ChronologyCheck.EntryResult> entries = new ArrayList<>();
        for (EditorChronology.Entry e : inSpan) {
            entries.add(new ChronologyCheck.EntryResult(e, first(picked, e, false), first(picked, e, true),
                    rank(ranked, e, false), rank(ranked, e, true)));
        }
        List<ChronologyCheck.PickResult> picks = new ArrayList<>();
        for (ChronologyCheck.Dated p : picked) {
            boolean exact = inSpan.stream().anyMatch(e -> matches(p.span(), e, false));
            boolean near = inSpan.stream().anyMatch(e -> matches(p.span(), e, true));
            boolean outside = p.span().last().isBefore(corpusSpan.first()) || p.span().first().isAfter(corpusSpan.last());
            picks.add(new ChronologyCheck.PickResult(p, exact, near, outside));
        }
        return new ChronologyCheck(editor.dates().size(), corpusSpan, entries, picks);
    }

    /** True when a picked span answers an editor entry, exactly or within a day. */
    static boolean matches(DateSpan pick, EditorChronology.Entry entry, boolean withinADay) {
        DateSpan e = entry.span();
        if (!withinADay) {
            return !pick.first().isBefore(e.first()) && !pick.last().isAfter(e.last());
        }
        DateSpan widened = new DateSpan(e.first().minusDays(1), e.last().plusDays(1));
        return !pick.first().isBefore(widened.first()) && !pick.last().isAfter(widened.last())
                && pick.lengthInDays() <= widened.lengthInDays();
    }

    private static ChronologyCheck.Dated first(List<ChronologyCheck.Dated> dates, EditorChronology.Entry e,
                                               boolean withinADay) {
        return dates.stream().filter(d -> matches(d.span(), e, withinADay)).findFirst().orElse(null);
    }

    private static int rank(List<ChronologyCheck.Dated> ranked, EditorChronology.Entry e, boolean withinADay) {
        for (int i = 0; i < ranked.size(); i++) {
            if (matches(ranked.get(i).span(), e, withinADay)) {
                return i + 1;
            }
        }
        return 0;
    }
}
