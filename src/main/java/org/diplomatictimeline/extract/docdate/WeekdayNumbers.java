package org.diplomatictimeline.extract.docdate;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a text writes as a weekday and a bare day of the month ("nesta sexta-feira (14)", "ce lundi 19", "el
 * martes 12"), with no month: the month a page gives elsewhere makes them days, when the weekday fits. Which weekdays
 * the text puts in the week of writing ("ce lundi", "nesta sexta-feira") is read too: those days are the article's.
 */
public final class WeekdayNumbers {

    /**
     * A weekday written with its day of the month.
     *
     * @param thisWeek true when a word puts it in the week of writing ("nesta sexta-feira (14)")
     * @param text     what was read, for the reason
     */
    public record WeekdayNumber(DayOfWeek weekday, int day, boolean thisWeek, String text) {
    }

    private final DateWords words;
    /**
     * A weekday, then a day number, bare or in brackets; not a month after it (that is a day and month, read
     * elsewhere), not a time ("Monday 10:30", "lundi 9h"), not a longer number.
     */
    private final Pattern weekdayNumber;
    private final Pattern thisWeekday;

    /** A reader that knows the weekday and month names of {@code words}. */
    public WeekdayNumbers(DateWords words) {
        this.words = words;
        weekdayNumber = Pattern.compile("(?<!\\p{L})(" + words.weekdayAlternation() + ")(?!\\p{L}),?\\s*\\(?\\s*"
                + "(\\d{1,2})(?:st|nd|rd|th|er|º)?(?!\\d|\\s*[:.]\\s*\\d|\\s*h(?:\\d|(?!\\p{L}))|\\s+(?:uhr|heures?|horas?)(?!\\p{L})|[/.-]\\d)\\)?(?!\\s*(?:de\\s+)?(?:"
                + words.monthAlternation() + ")(?!\\p{L}))", StartScan.FLAGS);
        // "ce lundi", and "hoy, lunes 14": a day word before a comma puts the weekday in the week of writing too
        thisWeekday = Pattern.compile("(?<!\\p{L})(?:" + words.thisAlternation() + ")[\\s,]+("
                + words.weekdayAlternation() + ")(?!\\p{L})", StartScan.FLAGS);
    }

    /** The weekdays written with a bare day of the month in {@code text[from, to)}, in text order. */
    public List<WeekdayNumber> find(String text, int from, int to) {
        Set<DayOfWeek> thisWeek = thisWeek(text, from, to);
        List<WeekdayNumber> found = new ArrayList<>();
        StartScan scan = new StartScan(weekdayNumber, text, from, to, StartScan.Start.LETTER_WORD,
                words.weekdayStarts());
        while (scan.find()) {
            Matcher m = scan.matcher();
            Optional<DayOfWeek> weekday = words.weekday(m.group(1));
            int day = Integer.parseInt(m.group(2));
            if (weekday.isPresent() && day >= 1 && day <= 31) {
                found.add(new WeekdayNumber(weekday.get(), day, thisWeek.contains(weekday.get()), m.group().strip()));
            }
        }
        return found;
    }

    /** The weekdays {@code text[from, to)} says are in the week of writing ("ce lundi", "this Friday"). */
    private Set<DayOfWeek> thisWeek(String text, int from, int to) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        StartScan scan = new StartScan(thisWeekday, text, from, to, StartScan.Start.LETTER_WORD,
                words.thisStarts());
        while (scan.find()) {
            words.weekday(scan.matcher().group(1)).ifPresent(days::add);
        }
        return days;
    }
}
