package org.diplomatictimeline.eval;

import java.util.List;
import java.util.Objects;
import org.diplomatictimeline.model.Event;

/** What the scorer found: per article, per expected event, per merge rule and per forbidden date, plus totals. */
public record AcceptanceReport(List<ArticleResult> articles, List<MergeResult> merges,
                               List<Violation> violations, int forbiddenRules, List<Event> unbackedMerges) {

    /**
     * Builds a report.
     *
     * @param unbackedMerges extracted events with evidence in several articles where no same-event pair of the
     *                       reader joins those articles through this event: merges nobody asked for
     */
    public AcceptanceReport {
        articles = List.copyOf(articles);
        merges = List.copyOf(merges);
        violations = List.copyOf(violations);
        unbackedMerges = List.copyOf(unbackedMerges);
    }

    /** How an expected event fared. */
    public enum Outcome {
        /** An extracted event of a compatible type, with a shared actor and the reader's date at its precision. */
        FOUND,
        /** Type and actors found, but the date is coarser than the reader's (a month for a day, a day for a range). */
        WRONG_PRECISION,
        /** Type and actors found, but another date or no date at all. */
        WRONG_DATE,
        /** No extracted event of a compatible type shares an actor. */
        NO_EVENT
    }

    /** How an extracted event of an article relates to the reader's events. */
    public enum ExtraKind {
        /** A second extracted event for an expected event already found: an unmerged mention. */
        DUPLICATE,
        /** Matches nothing the reader expects (precision proxy). */
        UNEXPECTED
    }

    /** The result for one article. */
    public record ArticleResult(String file, DocumentDateResult documentDate, List<EventResult> events,
                                int extracted, int extractedRelated, List<Extra> extras) {
        public ArticleResult {
            Objects.requireNonNull(file, "file");
            events = List.copyOf(events);
            extras = List.copyOf(extras);
        }

        public long found() {
            return events.stream().filter(e -> e.outcome() == Outcome.FOUND).count();
        }

        public long identified() {
            return events.stream().filter(e -> e.outcome() != Outcome.NO_EVENT).count();
        }
    }

    /**
     * The document date given by the pipeline against the reader's.
     *
     * @param actual        the pipeline's TIMEX3 value, null when it gave none
     * @param source        the pipeline's date source ("BYLINE", "CORPUS", "NONE", or "not loaded")
     * @param basisAgrees   stated-vs-inferred agrees with the reader's
     * @param conflictRight a header the reader calls wrong is flagged as a conflict (true when none is expected)
     */
    public record DocumentDateResult(ExpectedSet.DocumentDateAnswer expected, String actual, String source,
                                     boolean correct, boolean basisAgrees, boolean conflictRight) {
    }

    /**
     * One expected event and the extracted event taken for it.
     *
     * @param match  the best extracted candidate (type and actors agree), null when none
     * @param detail why it missed, or how it matched
     */
    public record EventResult(ExpectedSet.Event expected, Outcome outcome, Event match, String detail,
                              boolean statusRight, boolean placeRight) {
    }

    /** An extracted event that is a duplicate or matches nothing expected in its article. */
    public record Extra(String file, ExtraKind kind, Event event) {
    }

    /**
     * A pair of expected events that should be one extracted event (same event) or two (must not merge).
     *
     * @param checkable false when one of the two has no extracted candidate, so merging cannot be judged
     */
    public record MergeResult(ExpectedSet.MergeRule rule, boolean sameEvent, boolean checkable, boolean merged) {
        public boolean correct() {
            return checkable && merged == sameEvent;
        }
    }

    /** An extracted event that carries a date the reader forbids for it. */
    public record Violation(ExpectedSet.ForbiddenDate rule, Event event) {
    }

    // ---- totals ----

    public int expectedEvents() {
        return articles.stream().mapToInt(a -> a.events().size()).sum();
    }

    public long foundEvents() {
        return articles.stream().mapToLong(ArticleResult::found).sum();
    }

    public long identifiedEvents() {
        return articles.stream().mapToLong(ArticleResult::identified).sum();
    }

    public long correctDocumentDates() {
        return articles.stream().filter(a -> a.documentDate().correct()).count();
    }

    public long statusRightOfFound() {
        return eventResults().stream().filter(e -> e.outcome() == Outcome.FOUND && e.statusRight()).count();
    }

    /** Found events whose reader names a place, and how many of those have it right. */
    public long[] placeRightOfFound() {
        List<EventResult> withPlace = eventResults().stream()
                .filter(e -> e.outcome() == Outcome.FOUND && e.expected().place() != null).toList();
        return new long[] {withPlace.stream().filter(EventResult::placeRight).count(), withPlace.size()};
    }

    public int extractedEvents() {
        return articles.stream().mapToInt(ArticleResult::extracted).sum();
    }

    public int extractedRelated() {
        return articles.stream().mapToInt(ArticleResult::extractedRelated).sum();
    }

    public List<EventResult> eventResults() {
        return articles.stream().flatMap(a -> a.events().stream()).toList();
    }

    public List<EventResult> misses() {
        return eventResults().stream().filter(e -> e.outcome() != Outcome.FOUND).toList();
    }

    public List<Extra> extras() {
        return articles.stream().flatMap(a -> a.extras().stream()).toList();
    }

    public List<MergeResult> sameEventMerges() {
        return merges.stream().filter(MergeResult::sameEvent).toList();
    }

    public List<MergeResult> keepApartMerges() {
        return merges.stream().filter(m -> !m.sameEvent()).toList();
    }

    /** Ratio helper for printing and test floors: 0 when the denominator is 0. */
    public static double ratio(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
