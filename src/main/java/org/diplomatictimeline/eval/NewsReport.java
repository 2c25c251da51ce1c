package org.diplomatictimeline.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.diplomatictimeline.model.Event;

/**
 * The figures of one news evaluation: the four figures of score_news.py, their breakdowns, every missed gold event
 * with its cause, and the cross-article events that merge different occasions.
 *
 * @param extractedInGold extracted events with evidence in a gold article (the precision denominator)
 * @param byBasis         per gold date basis ("explicit", "relative", "inferred"; "None" when absent, as Python prints)
 * @param byType          per gold type
 * @param byLanguage      per article language ("und" while documents carry none)
 * @param crossArticle    extracted events with evidence in two or more gold articles (all judged for merging)
 * @param inexact         found gold events whose answer starts on another (finer or other) date than gold's
 * @param unanswered      extracted events with evidence in a gold article that answer no gold event (what the
 *                        precision proxy counts against), in the order of the articles
 * @param wrongDates      the articles whose document date is not gold's, in the order of the articles
 */
public record NewsReport(int goldEvents, int found, int exact, int docDatesRight, int docDatesKnown,
                         int extractedInGold, int matchedExtracted, Map<String, Tally> byBasis,
                         Map<String, Tally> byType, Map<String, Tally> byLanguage, List<Miss> misses,
                         int crossArticle, List<MergeError> mergeErrors, List<Inexact> inexact,
                         List<Unanswered> unanswered, List<WrongDate> wrongDates) {

    public NewsReport {
        wrongDates = List.copyOf(wrongDates);
        inexact = List.copyOf(inexact);
        unanswered = List.copyOf(unanswered);
        byBasis = ordered(byBasis);
        byType = ordered(byType);
        byLanguage = ordered(byLanguage);
        misses = List.copyOf(misses);
        mergeErrors = List.copyOf(mergeErrors);
    }

    /** An unmodifiable copy that keeps the caller's order (Map.copyOf does not). */
    static <K, V> Map<K, V> ordered(Map<K, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    public double recall() {
        return ratio(found, goldEvents);
    }

    public double documentDates() {
        return ratio(docDatesRight, docDatesKnown);
    }

    public double precision() {
        return ratio(matchedExtracted, extractedInGold);
    }

    /** part / whole, 0 for an empty whole (as score_news.py does). */
    public static double ratio(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    /** Two decimals exactly as Python's {@code f"{x:.2f}"} writes them (the binary value, halves to even). */
    public static String twoDecimals(double x) {
        return new BigDecimal(x).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** An article whose document date is not gold's ({@code ours} empty when it stayed undated). */
    public record WrongDate(String file, String gold, String ours) {

        public WrongDate {
            Objects.requireNonNull(file);
            Objects.requireNonNull(gold);
            Objects.requireNonNull(ours);
        }
    }

    /** A found gold event whose answer's start is not gold's (a finer day inside gold's month, or another day). */
    public record Inexact(String file, NewsGold.GoldEvent gold, Event answer) {

        public Inexact {
            Objects.requireNonNull(file);
            Objects.requireNonNull(gold);
            Objects.requireNonNull(answer);
        }
    }

    /**
     * An extracted event that answers no gold event of its article.
     *
     * @param alsoAnswers the gold event it would answer had another extracted event not answered it first (a second
     *                    event for one occasion), or null when it answers none (an event gold does not list)
     */
    public record Unanswered(String file, Event event, NewsGold.GoldEvent alsoAnswers) {

        public Unanswered {
            Objects.requireNonNull(file);
            Objects.requireNonNull(event);
        }

        public boolean isSecondAnswer() {
            return alsoAnswers != null;
        }
    }

    /**
     * Counts for one group of gold events (and, for languages, of articles).
     *
     * @param docDatesRight articles of the group whose document date is right (of those gold dates)
     */
    public record Tally(int found, int total, int exact, int docDatesRight, int docDatesKnown) {

        public static final Tally ZERO = new Tally(0, 0, 0, 0, 0);

        public Tally plusEvent(boolean isFound, boolean isExact) {
            return new Tally(found + (isFound ? 1 : 0), total + 1, exact + (isExact ? 1 : 0), docDatesRight,
                    docDatesKnown);
        }

        public Tally plusDocument(boolean right) {
            return new Tally(found, total, exact, docDatesRight + (right ? 1 : 0), docDatesKnown + 1);
        }
    }

    /** Why a gold event found no answer, from the most to the least basic failure. */
    public enum Cause {
        /** No document of the corpus has the article's file stem. */
        ARTICLE_NOT_READ,
        /** The article was read but no extracted event has evidence in it. */
        NO_EVENT_IN_ARTICLE,
        /** An event shares who or where but its date is off, and the article's own date is wrong. */
        DOCUMENT_DATE_WRONG,
        /** Events share who or where but none has a date. */
        UNDATED,
        /** Events share who or where but their dates are not the gold date or finer inside it. */
        DATE_INCOMPATIBLE,
        /** An event would answer it, but answers an earlier gold event (one-to-one). */
        ANSWER_TAKEN,
        /** Events carry a compatible date but none shares a participant, the place (or the type). */
        NO_SHARED_PARTICIPANT_OR_PLACE,
        /** No extracted event of the article shares its date, its participants or its place. */
        NOTHING_RELATED
    }

    /** A gold event with no answer, why, and what the extraction had instead. */
    public record Miss(String file, NewsGold.GoldEvent gold, Cause cause, String detail) {

        public Miss {
            Objects.requireNonNull(cause, "cause");
        }
    }

    /**
     * An extracted event whose evidence spans gold articles that do not report one occasion.
     *
     * @param answered per article stem, the gold events the event answers there (empty: none)
     * @param why      a plain sentence: which article answers nothing, or which occasions differ
     */
    public record MergeError(Event event, Map<String, List<NewsGold.GoldEvent>> answered, String why) {

        public MergeError {
            answered = ordered(answered);
        }
    }
}
