package org.diplomatictimeline.extract;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.diplomatictimeline.extract.docdate.DateWords;
import org.diplomatictimeline.extract.lang.LanguageFolders;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.DateSpan;
import org.diplomatictimeline.model.DocumentDate;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.time.Timex;

/**
 * A bare weekday in the programme of a trip that starts weeks after the article ("The visit begins on 31 January.
 * On Thursday he will meet the bishops ..."): the day of that trip's week, on or after its start, not of the
 * article's own week, which is where the tagger puts it. The words that tie a weekday to the article's week
 * ("next", "this") live in each language folder's {@code dating.tsv}.
 */
final class ItineraryDay {

    private static final Pattern WEEKDAY = Pattern.compile("(?<!\\p{L})(" + DateWords.standard()
            .weekdayAlternation() + ")(?!\\p{L})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Set<String> DEICTIC = LanguageFolders.withWordsOfKind("dating.tsv", "DEICTIC");
    /** A trip that starts within a week of the article shares its weekdays: nothing to move. */
    private static final int SAME_WEEK_DAYS = 6;
    /** How far a weekday may be carried into the trip: a programme spans days, not months. */
    private static final int MAX_WEEKS = 8;

    private ItineraryDay() {
    }

    /**
     * The date of an event dated by a bare weekday, moved into the week of a planned trip told earlier when the
     * trip starts more than a week after the article and the weekday was placed before the trip.
     *
     * @param trip the latest dated encounter told before the sentence, or null
     */
    static EventDate within(EventDate date, Timex timex, EventMention trip, EventStatus status, DocumentDate doc) {
        if (trip == null || status == EventStatus.HAPPENED || !date.isKnown() || date.isRange()
                || date.precision() != DatePrecision.DAY || !doc.isKnown() || doc.precision() != DatePrecision.DAY
                || !bareWeekday(timex.text())) {
            return date;
        }
        EventDate tripDate = trip.when();
        if (!tripDate.isKnown() || tripDate.span() == null || tripDate.precision() != DatePrecision.DAY) {
            return date;
        }
        LocalDate start = tripDate.span().first();
        LocalDate day = date.span().first();
        if (!start.isAfter(LocalDate.parse(doc.value()).plusDays(SAME_WEEK_DAYS)) || !day.isBefore(start)) {
            return date;
        }
        for (int w = 1; w <= MAX_WEEKS; w++) {
            LocalDate moved = day.plusWeeks(w);
            if (!moved.isBefore(start)) {
                return new EventDate(moved.toString(), null, DatePrecision.DAY, date.modifier(), date.basis(),
                        new DateSpan(moved, moved), date.reason() + ", moved into the week of the "
                        + trip.type().label().toLowerCase(Locale.ROOT) + " that begins " + start);
            }
        }
        return date;
    }

    /** "Thursday", "le samedi soir": a weekday with no day number and no word tying it to the article's week. */
    static boolean bareWeekday(String text) {
        if (!WEEKDAY.matcher(text).find() || text.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (DEICTIC.contains(w)) {
                return false;
            }
        }
        return true;
    }
}
