package org.diplomatictimeline.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplomatictimeline.extract.docdate.DateWords;
import org.diplomatictimeline.extract.lang.LanguageFolders;
import org.diplomatictimeline.model.DateBasis;
import org.diplomatictimeline.model.DateModifier;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.DateSpan;
import org.diplomatictimeline.model.DocumentDate;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.time.DisplayableDate;
import org.diplomatictimeline.time.Timex;
import org.diplomatictimeline.time.TimexType;
import org.diplomatictimeline.time.TimexValue;

/**
 * Turns the temporal expression attached to a trigger into an event date with precision and basis: stated in full,
 * relative to the document's date, or inferred (from an inferred document date, an anniversary or context).
 */
public final class EventDateResolver {

    /** The words a reason carries when a time expression of the sentence was read against an inferred article date. */
    static final String AGAINST_INFERRED_ARTICLE_DATE = ", resolved against the inferred article date ";

    private static final Pattern EXPLICIT_YEAR = Pattern.compile("\\b\\d{4}\\b");
    private static final Pattern DAYS = Pattern.compile("^P(\\d{1,2})D$");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    /** A month whose year the words give relative to the article's ("December last year"). */
    /** "last year", "this year": a relative expression naming its own year (YEAR_RELATIVE rows of dating.tsv). */
    private static final Pattern RELATIVE_YEAR = Pattern.compile("(?i)\\b(?:"
            + LanguageFolders.alternation("dating.tsv", "YEAR_RELATIVE") + ")\\b");
    /** A clock time written with digits ("07:05", "12h30", "14.00"): its digits name an hour, not a day. */
    private static final Pattern CLOCK = Pattern.compile("\\d{1,2}\\s?[:h.]\\s?\\d{2}(?!\\d)");
    /** Weekday names of every language ("Monday", "samedi", "segunda-feira"), which move by a week, not a year. */
    private static final Pattern WEEKDAY_NAMES = Pattern.compile("(?<!\\p{L})(" + DateWords.standard()
            .weekdayAlternation() + ")(?!\\p{L})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Month names of every language: "in December" names its month, "a month ago" only counts from the article. */
    private static final Pattern MONTH_NAMES = Pattern.compile("(?<!\\p{L})(" + DateWords.standard()
            .monthAlternation() + ")(?!\\p{L})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern WEEKDAY_WORDS = Pattern.compile(
            "(?i)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|tomorrow|week)\\b");

    /**
     * The date of an event from its temporal expression.
     *
     * @param duration a duration attached to the trigger ("2-day visit"), or null
     */
    public EventDate fromTimex(Timex timex, Timex duration, DocumentDate docDate) {
        return fromTimex(timex, duration, false, docDate);
    }

    /**
     * The date of an event from its temporal expression.
     *
     * @param duration a duration attached to the trigger ("2-day visit"), or null
     * @param endsThen whether the expression tells the day the occasion ended ("the two-day summit concluded on
     *                 Sunday"), so its days run up to that day rather than from it
     */
    public EventDate fromTimex(Timex timex, Timex duration, boolean endsThen, DocumentDate docDate) {
        return fromTimex(timex, duration, endsThen, docDate, ToldDays.NONE);
    }

    /**
     * The date of an event from its temporal expression, where {@code told} holds the days the article writes out:
     * a bare weekday of an article known only to its month or year takes the one told day falling on it.
     */
    public EventDate fromTimex(Timex timex, Timex duration, boolean endsThen, DocumentDate docDate, ToldDays told) {
        // Seasons, weeks, parts of day and decades become days, months and years people read (see DisplayableDate).
        Optional<DisplayableDate> parsed = DisplayableDate.of(timex);
        if (parsed.isEmpty()) {
            return EventDate.unknown("'" + timex.text() + "' (" + timex.value() + ") cannot be placed on the calendar"
                    + (docDate.isKnown() ? "" : ": the article's date is unknown"));
        }
        DisplayableDate tv = parsed.get();
        DateSpan span = tv.span();
        String value = tv.value();
        String endValue = tv.endValue();
        String reason = "'" + timex.text() + "'";
        if (duration != null && endValue == null && tv.precision() == DatePrecision.DAY) {
            Matcher m = DAYS.matcher(duration.value());
            if (m.matches() && Integer.parseInt(m.group(1)) > 1) {
                long more = Integer.parseInt(m.group(1)) - 1L;
                LocalDate first = endsThen ? span.first().minusDays(more) : span.first();
                LocalDate last = endsThen ? span.first() : span.first().plusDays(more);
                span = new DateSpan(first, last);
                value = first.toString();
                endValue = last.toString();
                reason += (endsThen ? " as the last day of '" : " for '") + duration.text() + "'";
            }
        }
        DatePrecision precision = tv.precision();
        DateBasis basis;
        if (!timex.relative()) {
            basis = DateBasis.STATED;
        } else if (docDate.isKnown() && docDate.isInferred()) {
            basis = DateBasis.INFERRED;
            reason += AGAINST_INFERRED_ARTICLE_DATE + docDate.value() + " (" + docDate.reason() + ")";
        } else {
            basis = DateBasis.RELATIVE;
            reason += ", resolved against the article date " + docDate.value();
        }
        if (timex.relative() && docDate.isKnown() && docDate.precision() != DatePrecision.DAY
                && (WEEKDAY_WORDS.matcher(timex.text()).find() && !namesItsDay(timex, precision, tv.value())
                || precision == DatePrecision.DAY && !namesDayNumber(timex)
                || precision == DatePrecision.MONTH && docDate.precision() == DatePrecision.YEAR
                && !namesItsMonth(timex, tv.value()))) {
            // A weekday or a day word ("hier", "gestern", "lunedì"), or a month counted from the article ("a month
            // ago"), cannot be placed when the article is only known to the month or year: keep what is known. A day
            // with its number ("13 giugno") keeps its own day; a clock time ("pelas 07:05") names none, so it would
            // take the made-up middle of the article's month.
            Optional<ToldDays.Placed> placed = told.weekday(timex);
            if (placed.isPresent()) {
                LocalDate day = placed.get().day();
                return new EventDate(day.toString(), null, DatePrecision.DAY, modifier(timex.mod()),
                        DateBasis.INFERRED, DateSpan.ofDay(day), placed.get().reason());
            }
            Optional<TimexValue> coarse = TimexValue.parse(docDate.value());
            if (coarse.isPresent()) {
                return new EventDate(docDate.value(), null, coarse.get().precision(), DateModifier.APPROX,
                        DateBasis.INFERRED, coarse.get().span(), "'" + timex.text() + "' in an article known only to "
                        + docDate.value());
            }
        }
        return new EventDate(value, endValue, precision, modifier(timex.mod()), basis, span, reason);
    }

    /**
     * True when the expression writes the name of the month it stands for ("in December" for a December), not a word
     * that only looks like one ("a month ago": "ago" abbreviates a month in Portuguese and Italian).
     */
    private static boolean namesItsMonth(Timex timex, String value) {
        if (value.length() < 7 || !Character.isDigit(value.charAt(5))) {
            return false;
        }
        int month = Integer.parseInt(value.substring(5, 7));
        Matcher m = MONTH_NAMES.matcher(timex.text());
        while (m.find()) {
            if (DateWords.standard().month(m.group(1)).filter(n -> n == month).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a day is written with its number and its month's name ("Tuesday 22nd November", "el jueves 14 de
     * noviembre"): the weekday beside them only checks the day, which the article's month or year places.
     */
    private static boolean namesItsDay(Timex timex, DatePrecision precision, String value) {
        return precision == DatePrecision.DAY && namesDayNumber(timex) && namesItsMonth(timex, value);
    }

    /** True when the expression writes a number that can be its day of the month (not only a clock time). */
    private static boolean namesDayNumber(Timex timex) {
        String text = timex.type() == TimexType.TIME ? CLOCK.matcher(timex.text()).replaceAll(" ") : timex.text();
        return DIGIT.matcher(text).find();
    }

    /**
     * Corrects the direction of a relative date by the event's own clause: a planned event lies after the article,
     * a past one before it; an article known only to its year keeps month-day dates in that year.
     */
    public EventDate directed(EventDate date, Timex timex, EventStatus status, DocumentDate docDate) {
        // The precision as written ("2023-SP" is a season even when shown as months) decides, not as displayed.
        DatePrecision written = TimexValue.parse(timex.value()).map(TimexValue::precision).orElse(date.precision());
        if (!timex.relative() || !date.isKnown() || !docDate.isKnown() || EXPLICIT_YEAR.matcher(timex.text()).find()
                || written != DatePrecision.DAY && written != DatePrecision.MONTH) {
            return date;
        }
        String value = date.value();
        if (docDate.precision() == DatePrecision.YEAR) {
            if (RELATIVE_YEAR.matcher(timex.text()).find()) {
                return date; // "December last year" names its own year
            }
            String year = docDate.value().substring(0, 4);
            return value.startsWith(year) ? date
                    : shifted(date, year + value.substring(4), ", kept in the article's year " + year);
        }
        // A month alone ("in January") was already placed by the tagger from the tense around it, which may be
        // another clause's than the trigger's ("after the cabinet met, he said the prince will visit in January").
        if (docDate.precision() != DatePrecision.DAY || written != DatePrecision.DAY) {
            return date;
        }
        boolean weekday = WEEKDAY_NAMES.matcher(timex.text()).find();
        if (weekday == DIGIT.matcher(timex.text()).find()) {
            // "yesterday", "tomorrow", "hier", "gestern": a word that fixes its own direction; "sábado (26)",
            // "lunedì 29": a weekday and its day fix each other, and a week away the day would no longer fit.
            return date;
        }
        LocalDate doc = LocalDate.parse(docDate.value());
        if (date.isRange()) {
            // "a two-day visit on Wednesday" in a clause that plans it: the days run from the coming Wednesday.
            return status == EventStatus.PLANNED && weekday && date.span().last().isBefore(doc)
                    ? shiftedRange(date, ", forward because the clause speaks of the future") : date;
        }
        if (status == EventStatus.PLANNED && date.span().last().isBefore(doc)) {
            return shifted(date, move(value, weekday, 1), ", forward because the clause speaks of the future");
        }
        if (status == EventStatus.HAPPENED && date.span().first().isAfter(doc)) {
            return shifted(date, move(value, weekday, -1), ", back because the clause speaks of the past");
        }
        return date;
    }

    /**
     * A month or day without its year, told in a clause of the past perfect ("originally planned for July, the trip
     * had been postponed"): the tense sets it before the article, so a reading after the article's date moves back a
     * year (a weekday a week).
     */
    public EventDate beforeArticle(EventDate date, Timex timex, DocumentDate docDate) {
        if (!timex.relative() || !date.isKnown() || date.span() == null || !docDate.isKnown()
                || docDate.precision() != DatePrecision.DAY || EXPLICIT_YEAR.matcher(timex.text()).find()
                || date.precision() != DatePrecision.DAY && date.precision() != DatePrecision.MONTH) {
            return date;
        }
        if (!date.span().first().isAfter(LocalDate.parse(docDate.value()))) {
            return date;
        }
        boolean weekday = WEEKDAY_NAMES.matcher(timex.text()).find();
        return shifted(date, move(date.value(), weekday, -1), ", back because the clause is told in the past perfect");
    }

    private static String move(String value, boolean weekday, int direction) {
        if (value.length() == 10) {
            LocalDate d = LocalDate.parse(value);
            return (weekday ? d.plusWeeks(direction) : d.plusYears(direction)).toString();
        }
        int year = Integer.parseInt(value.substring(0, 4)) + direction;
        return year + value.substring(4);
    }

    /** A range of days told from a weekday, one week later. */
    private static EventDate shiftedRange(EventDate date, String why) {
        if (date.value().length() != 10 || date.endValue() == null || date.endValue().length() != 10) {
            return date;
        }
        DateSpan span = new DateSpan(date.span().first().plusWeeks(1), date.span().last().plusWeeks(1));
        return new EventDate(LocalDate.parse(date.value()).plusWeeks(1).toString(),
                LocalDate.parse(date.endValue()).plusWeeks(1).toString(), date.precision(), date.modifier(),
                date.basis(), span, date.reason() + why);
    }

    private static EventDate shifted(EventDate date, String value, String why) {
        Optional<TimexValue> tv = TimexValue.parse(value);
        if (tv.isEmpty()) {
            return date;
        }
        return new EventDate(value, null, date.precision(), date.modifier(), date.basis(), tv.get().span(),
                date.reason() + why);
    }

    /**
     * A date "after" an earlier event of the same article ("He will then travel to ..."), within its month; an
     * event told as {@code done} in an article written within that month is on or after that event's last day and
     * no later than the article's day ("the parade yesterday; the two ministers then spoke to reporters":
     * yesterday or today).
     */
    public EventDate after(EventDate previous, String previousTitle, DocumentDate docDate, boolean done) {
        LocalDate from = previous.span().last();
        LocalDate to = from.withDayOfMonth(from.lengthOfMonth());
        LocalDate last = done && docDate.isKnown() && docDate.precision() == DatePrecision.DAY
                ? IsoDays.parse(docDate.value()) : null;
        if (last != null && !last.isBefore(from) && !last.isAfter(to)) {
            return new EventDate(from.toString(), last.equals(from) ? null : last.toString(), DatePrecision.DAY,
                    DateModifier.NONE, DateBasis.INFERRED, new DateSpan(from, last), "'then' after "
                    + previousTitle + " on " + previous.value() + ", by the article's date " + last);
        }
        String month = from.toString().substring(0, 7);
        return new EventDate(month, null, DatePrecision.MONTH, DateModifier.AFTER, DateBasis.INFERRED,
                new DateSpan(from, to), "'then' after " + previousTitle + " on " + previous.value()
                + "; assumed in the same month (" + from + " to " + to + ")");
    }

    /**
     * An event set inside another ("while in Moscow", "during the visit", "on the sidelines of the summit"): it
     * happens within the enclosing event's dates, inferred, with the reason.
     */
    public EventDate within(EventDate enclosing, String cue, String enclosingTitle, boolean planned) {
        return DayWithinOccasion.of(enclosing, "'" + cue + "': within the " + enclosingTitle
                + " reported earlier (" + enclosing.value() + (enclosing.endValue() == null ? ""
                : " to " + enclosing.endValue()) + ")", planned);
    }

    /** The last part of an encounter's date, for what closes it ("a press conference at the close of the summit"). */
    public EventDate lastDayOf(EventDate enclosing, String cue, String enclosingTitle) {
        String last = enclosing.endValue() != null ? enclosing.endValue() : enclosing.value();
        Optional<TimexValue> tv = TimexValue.parse(last);
        if (tv.isEmpty()) {
            return within(enclosing, cue, enclosingTitle, true);
        }
        return new EventDate(last, null, tv.get().precision(), enclosing.modifier(), DateBasis.INFERRED,
                tv.get().span(), "'" + cue + "': the last day of the " + enclosingTitle + " reported earlier");
    }

    /** A reported statement with no time of its own: made on or before the article's date. */
    public EventDate reportedBy(DocumentDate docDate) {
        if (!docDate.isKnown()) {
            return EventDate.unknown("no date in the text and the article's date is unknown");
        }
        Optional<TimexValue> tv = TimexValue.parse(docDate.value());
        if (tv.isEmpty()) {
            return EventDate.unknown("no date in the text");
        }
        return new EventDate(docDate.value(), null, tv.get().precision(), DateModifier.ON_OR_BEFORE,
                DateBasis.INFERRED, tv.get().span(), "no date in the text; reported in the article of "
                + docDate.value());
    }

    /**
     * An event the sentence tells in the past or present tense with no time of its own: news reports what happened
     * on the article's day or just before it, so it takes the article's date, inferred and "on or before".
     */
    public EventDate byTense(DocumentDate docDate, ToldDays told) {
        Optional<ToldDays.Placed> day = told.newsDay();
        if (day.isPresent()) {
            LocalDate d = day.get().day();
            return new EventDate(d.toString(), null, DatePrecision.DAY, DateModifier.ON_OR_BEFORE, DateBasis.INFERRED,
                    DateSpan.ofDay(d), day.get().reason());
        }
        return byTense(docDate);
    }

    /**
     * An event the sentence tells in the past or present tense with no time of its own: news reports what happened
     * on the article's day or just before it, so it takes the article's date, inferred and "on or before".
     */
    public EventDate byTense(DocumentDate docDate) {
        EventDate d = reportedBy(docDate);
        return d.isKnown() ? new EventDate(d.value(), null, d.precision(), d.modifier(), DateBasis.INFERRED, d.span(),
                "no date in the sentence; told as done, so on or before the article's date " + docDate.value()) : d;
    }

    /**
     * An occasion told as background with no date of its own (in the past perfect, or as recent): before the
     * article's news, so on or before the article's date and, as far as the text says, in its year, or in its month
     * when it is {@code recent}; {@code marker} ends the reason.
     */
    public EventDate beforeTheNews(DocumentDate docDate, boolean recent, String marker) {
        int length = recent ? 7 : 4;
        if (!docDate.isKnown() || docDate.value().length() < length) {
            return EventDate.unknown("told as background, and the article's date is unknown to the "
                    + (recent ? "month" : "year"));
        }
        String value = docDate.value().substring(0, length);
        Optional<TimexValue> tv = TimexValue.parse(value);
        if (tv.isEmpty()) {
            return EventDate.unknown("told as background with no date");
        }
        return new EventDate(value, null, tv.get().precision(), DateModifier.ON_OR_BEFORE, DateBasis.INFERRED,
                tv.get().span(), "no date in the sentence; told " + (recent ? "as recent" : "in the past perfect")
                + ", so before the news of the article of " + docDate.value() + ", in its "
                + (recent ? "month" : "year") + marker);
    }

    /** The date of an anniversary: the year it falls in (see decision record 0031). */
    public EventDate anniversary(int year, String reason) {
        Optional<TimexValue> tv = TimexValue.parse(String.valueOf(year));
        DateSpan span = tv.map(TimexValue::span)
                .orElse(new DateSpan(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
        return new EventDate(String.valueOf(year), null, DatePrecision.YEAR, DateModifier.NONE, DateBasis.INFERRED,
                span, reason);
    }

    /** True for temporal expressions that can date an event (calendar dates and times, not durations or sets). */
    public static boolean canDate(Timex t) {
        return (t.type() == TimexType.DATE || t.type() == TimexType.TIME) && TimexValue.parse(t.value()).isPresent();
    }

    /** The nearest usable expression to a position among candidates, preferring ones in the same clause. */
    public static Optional<Timex> nearest(List<Timex> candidates, int position) {
        Timex best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Timex t : candidates) {
            int d = t.start() >= position ? t.start() - position : position - t.end();
            if (d < bestDistance) {
                best = t;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    private static DateModifier modifier(String mod) {
        if (mod == null || mod.isBlank()) {
            return DateModifier.NONE;
        }
        try {
            return DateModifier.valueOf(mod.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return DateModifier.NONE;
        }
    }
}
