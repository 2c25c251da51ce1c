package org.diplomatictimeline.extract.docdate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplomatictimeline.extract.docdate.DateCandidate.Signal;

/**
 * The day of writing a text gives as a weekday with its day and month in figures in brackets, without a year
 * ("pada Senin (14/3)", as Indonesian reports write the day they tell): taken only when every such day the text
 * writes is one and the same, and no day word beside it ("kemarin", "besok") moves it off the day of writing; its
 * year comes from the page's other signals. Where the lead names the next weekday bare before it ("di Bogor, Jumat, ...
 * setelah mendarat pada Kamis (9/6) sore"), the report tells that day's news and the bracket the day
 * before: the day of writing is the next day.
 */
public final class BracketDays {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** A day word this close after the bracket ("(13/3) kemarin") belongs to that day. */
    private static final int AFTER_REACH = 16;

    private final DateWords words;
    private final Pattern weekdayBracket;
    private final Pattern bareWeekday;
    private final Pattern offsetBefore;
    private final Pattern offsetAfter;

    /** A reader that knows the weekday and day words of {@code words}. */
    public BracketDays(DateWords words) {
        this.words = words;
        weekdayBracket = Pattern.compile("(?<!\\p{L})(" + words.weekdayAlternation()
                + ")(?!\\p{L})\\s*\\(\\s*(\\d{1,2})/(\\d{1,2})\\s*\\)", FLAGS);
        bareWeekday = Pattern.compile("(?<!\\p{L})(" + words.weekdayAlternation() + ")(?!\\p{L})(?!\\s*\\()", FLAGS);
        offsetBefore = Pattern.compile("(?<![\\p{L}'’])(" + words.offsetAlternation() + ")[\\s,]*$", FLAGS);
        offsetAfter = Pattern.compile("^[\\s,]*(" + words.offsetAlternation() + ")(?![\\p{L}'’])", FLAGS);
    }

    /** The one day {@code text} writes so from {@code bodyStart} on, or empty when it writes none or several. */
    public Optional<PartialDate> read(String text, int bodyStart) {
        List<PartialDate> days = new ArrayList<>();
        Matcher m = weekdayBracket.matcher(text).region(bodyStart, text.length());
        while (m.find()) {
            int day = Integer.parseInt(m.group(2));
            int month = Integer.parseInt(m.group(3));
            if (words.weekday(m.group(1)).isEmpty() || month < 1 || month > 12 || day < 1
                    || day > Month.of(month).maxLength() || movedOff(text, m.start(), m.end())) {
                return Optional.empty();
            }
            PartialDate p = new PartialDate(month, day, Signal.WEEKDAY_DATE, m.group());
            if (!days.isEmpty() && (days.get(0).month() != month || days.get(0).day() != day)) {
                return Optional.empty();
            }
            days.add(p);
        }
        return days.isEmpty() ? Optional.empty() : Optional.of(nextDayNamedBefore(text, bodyStart, days.get(0)));
    }

    /**
     * The bracketed day, or the day after it when the text names that next weekday bare before the bracket: the lead
     * tells the news of its own day first, and the bracket dates what came the day before.
     */
    private PartialDate nextDayNamedBefore(String text, int bodyStart, PartialDate bracketed) {
        Matcher first = weekdayBracket.matcher(text).region(bodyStart, text.length());
        Optional<DayOfWeek> weekday = first.find() ? words.weekday(first.group(1)) : Optional.empty();
        if (weekday.isEmpty()) {
            return bracketed;
        }
        Matcher bare = bareWeekday.matcher(text).region(bodyStart, first.start());
        while (bare.find()) {
            if (words.weekday(bare.group(1)).filter(d -> d == weekday.get().plus(1)).isPresent()) {
                // a year without 29 February, unless the bracket writes that day
                int year = bracketed.month() == 2 && bracketed.day() == 29 ? 2024 : 2023;
                LocalDate next = LocalDate.of(year, bracketed.month(), Math.min(bracketed.day(),
                        Month.of(bracketed.month()).length(year % 4 == 0))).plusDays(1);
                return new PartialDate(next.getMonthValue(), next.getDayOfMonth(), bracketed.signal(),
                        bracketed.text() + " + " + bare.group(1));
            }
        }
        return bracketed;
    }

    /**
     * Every day {@code text} writes so from {@code bodyStart} on, with its weekday ("Rabu (14/5)"), whatever day of
     * writing they leave: a day and its weekday together tell the year.
     */
    public List<WrittenDates.WeekdayDay> withWeekdays(String text, int bodyStart) {
        List<WrittenDates.WeekdayDay> days = new ArrayList<>();
        Matcher m = weekdayBracket.matcher(text).region(bodyStart, text.length());
        while (m.find()) {
            int day = Integer.parseInt(m.group(2));
            int month = Integer.parseInt(m.group(3));
            Optional<DayOfWeek> weekday = words.weekday(m.group(1));
            if (weekday.isPresent() && month >= 1 && month <= 12 && day >= 1 && day <= Month.of(month).maxLength()) {
                days.add(new WrittenDates.WeekdayDay(new PartialDate(month, day, Signal.WEEKDAY_DATE, m.group()),
                        weekday.get(), false));
            }
        }
        return days;
    }

    /** True when a day word other than "today" stands right before or after the weekday. */
    private boolean movedOff(String text, int start, int end) {
        Matcher before = offsetBefore.matcher(text.substring(Math.max(0, start - AFTER_REACH), start));
        Matcher after = offsetAfter.matcher(text.substring(end, Math.min(text.length(), end + AFTER_REACH)));
        return before.find() && words.offset(before.group(1)).orElse(0) != 0
                || after.find() && words.offset(after.group(1)).orElse(0) != 0;
    }
}
