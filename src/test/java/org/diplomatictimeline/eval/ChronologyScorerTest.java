package org.diplomatictimeline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.DateSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Scoring picked dates against an editor's chronology: the match rules, the span, the reachable bound. */
class ChronologyScorerTest {

    private final ChronologyScorer scorer = new ChronologyScorer();

    @ParameterizedTest(name = "pick {0}..{1} vs editor {2} ({3}): exact {4}, within a day {5}")
    @CsvSource({
            // pick first, pick last, editor date, precision, exact, within a day
            "2031-03-08, 2031-03-08, 2031-03-08, DAY,   true,  true",
            "2031-03-09, 2031-03-09, 2031-03-08, DAY,   false, true",
            "2031-03-07, 2031-03-07, 2031-03-08, DAY,   false, true",
            "2031-03-10, 2031-03-10, 2031-03-08, DAY,   false, false",
            "2031-03-20, 2031-03-20, 2031-03,    MONTH, true,  true",
            "2031-03-01, 2031-03-31, 2031-03,    MONTH, true,  true",
            "2031-03-01, 2031-03-31, 2031-03-08, DAY,   false, false",
            "2031-04-01, 2031-04-01, 2031-03,    MONTH, false, true",
            "2031-01-01, 2031-12-31, 2031-03,    MONTH, false, false",
            "2031-06-30, 2031-06-30, 2031,       YEAR,  true,  true",
    })
    void aPickMatchesAtTheEditorsPrecisionOrWithinADay(LocalDate first, LocalDate last, String date,
                                                        DatePrecision precision, boolean exact, boolean near) {
        EditorChronology.Entry entry = new EditorChronology.Entry(date, precision, null, "");

        assertThat(ChronologyScorer.matches(new DateSpan(first, last), entry, false)).isEqualTo(exact);
        assertThat(ChronologyScorer.matches(new DateSpan(first, last), entry, true)).isEqualTo(near);
    }

    @Test
    void aRangeEntryTakesAnyOfItsDays() {
        EditorChronology.Entry talks = new EditorChronology.Entry("2031-03-05", DatePrecision.DAY,
                LocalDate.of(2031, 3, 6), "envoys in the capital");

        assertThat(ChronologyScorer.matches(day("2031-03-06"), talks, false)).isTrue();
        assertThat(ChronologyScorer.matches(day("2031-03-07"), talks, false)).isFalse();
        assertThat(ChronologyScorer.matches(day("2031-03-07"), talks, true)).isTrue();
    }

    @Test
    void onlyEditorDatesInsideTheCorpusSpanCountTowardsK() {
        EditorChronology editor = editor("2029", "2031-02-01", "2031-03-08", "2031-03-08", "2031-09-01");

        ChronologyCheck check = scorer.score(editor, span("2031-01-15", "2031-06-30"), List.of(), List.of());

        assertThat(check.editorTotal()).isEqualTo(5);
        assertThat(check.k()).as("the year 2029 and September fall outside; a repeated date counts once").isEqualTo(2);
    }

    @Test
    void precisionAndRecallCountPicksAndEditorDatesSeparately() {
        EditorChronology editor = editor("2031-02-01", "2031-03-08", "2031-04-20", "2031-05-02");
        List<ChronologyCheck.Dated> picked = List.of(dated("2031-02-01"), dated("2031-03-09"), dated("2031-04-11"),
                dated("2030-12-25"));

        ChronologyCheck check = scorer.score(editor, span("2031-01-01", "2031-06-30"), picked, picked);

        assertThat(check.foundExact()).isEqualTo(1);
        assertThat(check.foundNear()).isEqualTo(2);
        assertThat(check.recallExact()).isEqualTo(0.25);
        assertThat(check.recallNear()).isEqualTo(0.5);
        assertThat(check.precisionExact()).isEqualTo(0.25);
        assertThat(check.precisionNear()).isEqualTo(0.5);
        assertThat(check.picksOutsideSpan()).as("the Christmas pick lies before the articles").isEqualTo(1);
    }

    @Test
    void theRankSaysWhereAMissedDateStoodAndZeroWhenNoEventIsDatedThere() {
        EditorChronology editor = editor("2031-02-01", "2031-03-08", "2031-04-20");
        List<ChronologyCheck.Dated> ranked = List.of(dated("2031-05-30"), dated("2031-03-07"), dated("2031-02-01"));

        ChronologyCheck check = scorer.score(editor, span("2031-01-01", "2031-06-30"), List.of(ranked.get(0)),
                ranked);

        assertThat(check.entries()).extracting(ChronologyCheck.EntryResult::rankExact).containsExactly(3, 0, 0);
        assertThat(check.entries()).extracting(ChronologyCheck.EntryResult::rankNear).containsExactly(3, 2, 0);
        assertThat(check.reachableExact()).isEqualTo(1);
        assertThat(check.reachableNear()).as("the upper bound of any selection from these dates").isEqualTo(2);
        assertThat(check.foundNear()).isZero();
    }

    @Test
    void noPicksAndNoEditorDatesGiveZeroNotAnError() {
        ChronologyCheck check = scorer.score(editor(), span("2031-01-01", "2031-01-31"), List.of(), List.of());

        assertThat(check.k()).isZero();
        assertThat(check.recallExact()).isZero();
        assertThat(check.precisionNear()).isZero();
    }

    private static EditorChronology editor(String... dates) {
        return new EditorChronology("", Arrays.stream(dates).map(d -> new EditorChronology.Entry(d,
                d.length() == 4 ? DatePrecision.YEAR : d.length() == 7 ? DatePrecision.MONTH : DatePrecision.DAY,
                null, "entry " + d)).toList());
    }

    private static ChronologyCheck.Dated dated(String day) {
        return new ChronologyCheck.Dated(day, day(day), 1.0, "event on " + day);
    }

    private static DateSpan day(String day) {
        return DateSpan.ofDay(LocalDate.parse(day));
    }

    private static DateSpan span(String first, String last) {
        return new DateSpan(LocalDate.parse(first), LocalDate.parse(last));
    }
}
