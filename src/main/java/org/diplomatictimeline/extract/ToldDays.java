package org.diplomatictimeline.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplomatictimeline.extract.docdate.DateWords;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.DateSpan;
import org.diplomatictimeline.model.DocumentDate;
import org.diplomatictimeline.time.Timex;
import org.diplomatictimeline.time.TimexType;
import org.diplomatictimeline.time.TimexValue;

/**
 * The days an article known only to its month or year writes out with their number ("June 19", "29 May 2012",
 * "03.11.2016"), so that what it tells without a day can be placed as a reader places it. A bare weekday takes the
 * one told day that falls on it ("the office said on Monday that the consulates open again on June 12": June 12 of
 * the article's year is a Monday); what is told as done without a date takes the article's one told day when that
 * day is told as the piece's own (a caption's or a dateline's "Tallinn, 14 October 2015"). A day told as history
 * ("since 2 March", in the past perfect, naming a thing) or only as an event of the past ("attended the ceremony on
 * 21 October") places nothing: the weekdays of the news may lie days or weeks after it. Such dates are inferred.
 */
public final class ToldDays {

    /** An article dated to the day, or undated, or telling no day: its events are left to the article's date. */
    public static final ToldDays NONE = new ToldDays(new TreeMap<>(), "", false);

    /** A clock time written with digits ("07:05", "12h30"): its digits name an hour, not a day. */
    private static final Pattern CLOCK = Pattern.compile("\\d{1,2}\\s?[:h.]\\s?\\d{2}(?!\\d)");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final TensedDates TENSES = new TensedDates(DateWords.standard());
    private static final Pattern WEEKDAY = Pattern.compile("(?<!\\p{L})(" + DateWords.standard().weekdayAlternation()
            + ")(?!\\p{L})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Every day the text tells within the article's period (history left out), with how it is told. */
    private final TreeMap<LocalDate, Told> days;
    private final String period;
    /** Whether a bare weekday of the text falls on none of the told days: the news may lie on another day. */
    private final boolean weekdayElsewhere;

    private ToldDays(TreeMap<LocalDate, Told> days, String period, boolean weekdayElsewhere) {
        this.days = days;
        this.period = period;
        this.weekdayElsewhere = weekdayElsewhere;
    }

    /**
     * The days {@code timexes} write with their number inside the period the article's date {@code docDate} is
     * known to; {@link #NONE} when that date is a day or unknown (an undated article's full dates may all be
     * history: which of them is near the day of writing is the document date's question, not this one's).
     */
    static ToldDays of(String text, List<Sentence> sentences, List<Timex> timexes, DocumentDate docDate) {
        if (!docDate.isKnown() || docDate.precision() == DatePrecision.DAY) {
            return NONE;
        }
        Optional<TimexValue> coarse = TimexValue.parse(docDate.value());
        if (coarse.isEmpty()) {
            return NONE;
        }
        DateSpan period = coarse.get().span();
        TreeMap<LocalDate, Told> days = new TreeMap<>();
        for (Timex t : timexes) {
            Optional<TimexValue> v = TimexValue.parse(t.value());
            if (t.type() != TimexType.DATE || t.endValue() != null || v.isEmpty()
                    || v.get().precision() != DatePrecision.DAY || !writesDayNumber(t)) {
                continue;
            }
            LocalDate day = v.get().span().first();
            if (t.relative() && docDate.precision() == DatePrecision.YEAR && day.getYear() != period.first().getYear()
                    && !(day.getMonthValue() == 2 && day.getDayOfMonth() == 29)) {
                // "14 December" in an article known only to 2023: the tagger read it from mid-year, the reader
                // reads it in the article's year, as the event's own date is read (EventDateResolver.directed)
                day = day.withYear(period.first().getYear());
            }
            if (day.isBefore(period.first()) || day.isAfter(period.last())) {
                continue;
            }
            Sentence s = TensedDates.sentenceAt(sentences, t.start());
            List<Token> tokens = s == null ? List.of() : TENSES.tokenize(text, s);
            if (TENSES.openedBySince(text, t.start()) || TensedDates.inPastPerfect(tokens, t.start(), t.end())
                    || AttributiveYear.namesThing(tokens, t.start(), t.end())) {
                continue; // history before the news: "since 2 March", "had signed on 7 April", "the April 7 flood"
            }
            Tense tense = TENSES.tenseAt(tokens, t.start(), t.end());
            days.merge(day, new Told(t.text(), tense == Tense.PAST, tense == Tense.FUTURE,
                    tense != Tense.PAST && tense != Tense.FUTURE), Told::and);
        }
        if (days.isEmpty()) {
            return NONE;
        }
        boolean elsewhere = timexes.stream().anyMatch(t -> weekdayOf(t).filter(w -> days.keySet().stream()
                .noneMatch(d -> d.getDayOfWeek() == w)).isPresent());
        return new ToldDays(days, docDate.value(), elsewhere);
    }

    /**
     * The told day a bare weekday ("on Monday", "ce samedi", "am Dienstag", written without a day number) stands
     * for: the one told day of the article's period that falls on that weekday, unless it is told only as an event
     * of the past; empty when none or several do.
     */
    public Optional<Placed> weekday(Timex timex) {
        Optional<DayOfWeek> named = weekdayOf(timex);
        if (days.isEmpty() || named.isEmpty()) {
            return Optional.empty();
        }
        DayOfWeek wanted = named.get();
        List<Map.Entry<LocalDate, Told>> matching = days.entrySet().stream()
                .filter(e -> e.getKey().getDayOfWeek() == wanted).toList();
        if (matching.size() != 1 || matching.get(0).getValue().onlyPast()) {
            return Optional.empty();
        }
        LocalDate day = matching.get(0).getKey();
        return Optional.of(new Placed(day, "'" + timex.text() + "' in an article known only to " + period
                + ": the one day it tells that falls on that weekday is '" + days.get(day).text() + "' (" + day
                + ")"));
    }

    /**
     * The day of the article's news: the text tells one day of its period, as the piece's own (neither done nor
     * still to come: a caption's, a dateline's), and writes no bare weekday falling elsewhere. A reader of an
     * article known only to its year takes what it tells as done, without a date, to have happened that day.
     */
    public Optional<Placed> newsDay() {
        if (weekdayElsewhere || days.size() != 1 || !days.firstEntry().getValue().untensed()) {
            return Optional.empty();
        }
        LocalDate day = days.firstKey();
        return Optional.of(new Placed(day, "no date in the sentence; told as done in an article known only to "
                + period + ", whose one told day is '" + days.get(day).text() + "' (" + day + ")"));
    }

    /** The one weekday a bare weekday names ("on Monday", "ce samedi"); empty when it writes a number or none. */
    private static Optional<DayOfWeek> weekdayOf(Timex timex) {
        if (DIGIT.matcher(timex.text()).find()) {
            return Optional.empty();
        }
        Matcher m = WEEKDAY.matcher(timex.text());
        DayOfWeek named = null;
        while (m.find()) {
            Optional<DayOfWeek> d = DateWords.standard().weekday(m.group(1));
            if (d.isEmpty() || named != null && named != d.get()) {
                return Optional.empty();
            }
            named = d.get();
        }
        return Optional.ofNullable(named);
    }

    /** Whether the expression writes a number that can be its day of the month (not only a clock time). */
    private static boolean writesDayNumber(Timex t) {
        return DIGIT.matcher(CLOCK.matcher(t.text()).replaceAll(" ")).find();
    }

    /** A weekday placed on a told day, with the reason a reader is shown. */
    public record Placed(LocalDate day, String reason) {
    }

    /** How a day is told: its first words, and whether some clause tells it in the past, ahead, or in neither. */
    private record Told(String text, boolean past, boolean ahead, boolean untensed) {

        Told and(Told other) {
            return new Told(text, past || other.past, ahead || other.ahead, untensed || other.untensed);
        }

        /** Told only as an event of the past, never as the piece's own day nor as one to come. */
        boolean onlyPast() {
            return past && !ahead && !untensed;
        }
    }
}
