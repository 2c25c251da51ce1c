package org.diplomatictimeline.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.diplomatictimeline.extract.docdate.DateWords;
import org.diplomatictimeline.extract.lang.LanguageFolders;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.DateSpan;
import org.diplomatictimeline.model.DocumentDate;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.time.Timex;

/**
 * A bare weekday in the programme of a trip that starts in a later week than the article ("The visit begins on 31 January.
 * On Thursday he will meet the bishops ..."): the day of that trip's week, on or after its start, not of the
 * article's own week, which is where the tagger puts it. The words that tie a weekday to the article's week
 * ("next", "this") live in each language folder's {@code dating.tsv}.
 */
final class ItineraryDay {

    /** Weekday names of every language and the tagger's weekday words of each (time.tsv: "Freitagvormittag"). */
    private static final Pattern WEEKDAY = Pattern.compile("(?<!\\p{L})(" + DateWords.standard()
            .weekdayAlternation() + taggerWeekdays() + ")(?!\\p{L})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Set<String> DEICTIC = LanguageFolders.withWordsOfKind("dating.tsv", "DEICTIC");
    private static final TenseReader TENSE = new TenseReader();
    /** A trip that starts within a week of the article shares its weekdays: nothing to move. */
    private static final int SAME_WEEK_DAYS = 6;
    /** How far a weekday may be carried into the trip: a programme spans days, not months. */
    private static final int MAX_WEEKS = 8;
    /**
     * How many days before a single encounter of the programme (a meeting, not the trip's start) its weekday may
     * fall: "arrives on Monday, meets the president on Tuesday" puts Monday the day before, in the same week.
     */
    private static final int DAYS_BEFORE_ENCOUNTER = 3;

    private ItineraryDay() {
    }

    private static String taggerWeekdays() {
        StringBuilder out = new StringBuilder();
        for (String line : LanguageFolders.linesOfAll("time.tsv")) {
            String[] cells = line.split("\t");
            if (cells.length >= 2 && cells[0].equals("weekday")) {
                out.append('|').append(Pattern.quote(cells[1].trim()));
            }
        }
        return out.toString();
    }

    /**
     * The date of an event dated by a bare weekday, moved into the days of a planned trip told before it: a day
     * written earlier in the same sentence ("arriving late on Thursday next week, he will be welcomed on Friday"),
     * else the latest dated encounter told before the sentence. It moves when the trip starts more than a week after
     * the article, or in a later calendar week than the article's while the weekday was placed in the article's own
     * week: the programme of next week's trip is told in that week's days.
     *
     * @param trip the latest dated encounter told before the sentence, or null
     */
    static EventDate within(EventDate date, Timex timex, Clause c, EventMention trip, EventStatus status,
                            EventDateResolver dates) {
        DocumentDate doc = c.docDate();
        if (!date.isKnown() || date.precision() != DatePrecision.DAY || !doc.isKnown()
                || doc.precision() != DatePrecision.DAY || !bareWeekday(timex.text())) {
            return date;
        }
        // A day of a later week written before the weekday in the same sentence places it, whatever tense the
        // event word was read in ("soll ... begrüßt werden" reads as a participle).
        // A weekday told in the past ("announced they had signed a pact Friday evening") is of the week written.
        boolean past = TENSE.before(c.tokens(), c.tokenBefore(timex.start()) + 1) == Tense.PAST;
        for (int i = c.timexes().size() - 1; i >= 0 && !past; i--) {
            Timex x = c.timexes().get(i);
            if (x.end() <= timex.start() && EventDateResolver.canDate(x) && !bareWeekday(x.text())) {
                EventDate earlier = dates.fromTimex(x, null, doc);
                if (earlier.isKnown() && earlier.span() != null && earlier.precision() == DatePrecision.DAY) {
                    Optional<EventDate> m = moved(date, earlier.span().first(), "day told before it in the sentence",
                            doc, 0);
                    if (m.isPresent()) {
                        return m.get();
                    }
                }
            }
        }
        if (status == EventStatus.HAPPENED || trip == null || !trip.when().isKnown() || trip.when().span() == null
                || trip.when().precision() != DatePrecision.DAY) {
            return date;
        }
        // A trip's programme starts on the trip's first day; a meeting told before is one day of a programme whose
        // arrival may come just before it.
        int daysBefore = trip.type() == EventType.VISIT ? 0 : DAYS_BEFORE_ENCOUNTER;
        return moved(date, trip.when().span().first(), trip.type().label().toLowerCase(Locale.ROOT), doc, daysBefore)
                .orElse(date);
    }

    /** The weekday's first later week that is on or after {@code start}, or up to {@code daysBefore} days before it. */
    private static Optional<EventDate> moved(EventDate date, LocalDate start, String what, DocumentDate doc,
                                             int daysBefore) {
        LocalDate article = LocalDate.parse(doc.value());
        LocalDate weekEnd = article.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        LocalDate day = date.span().first();
        boolean laterWeek = start.isAfter(weekEnd) && !day.isAfter(weekEnd);
        if (!start.isAfter(article.plusDays(SAME_WEEK_DAYS)) && !laterWeek || !day.isBefore(start)) {
            return Optional.empty();
        }
        for (int w = 1; w <= MAX_WEEKS; w++) {
            LocalDate moved = day.plusWeeks(w);
            if (moved.isAfter(article) && !moved.isBefore(start.minusDays(daysBefore))) {
                // a stay of several days from the weekday ("une visite de deux jours ... le samedi") moves whole
                LocalDate last = date.span().last().plusWeeks(w);
                return Optional.of(new EventDate(moved.toString(), date.isRange() ? last.toString() : null,
                        DatePrecision.DAY, date.modifier(), date.basis(), new DateSpan(moved, last),
                        date.reason() + ", moved into the week of the " + what + " that begins " + start));
            }
        }
        return Optional.empty();
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
