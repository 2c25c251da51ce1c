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
import org.diplomatictimeline.model.DatePrecision;

/**
 * The day of writing read from a word that names a day from it, written right before that day's date near the top
 * of a page: "oggi 28 gennaio", "hoy, 5 de marzo de 2024", "tomorrow, Friday 19-5-2023" (the day before).
 */
public final class TodayDates {

    /** Only the opening of the body: lower down, "today" sits beside quoted posts and related-article teasers. */
    public static final int TOP = 500;
    private static final double CONFIDENCE = 0.85;
    /** A leap year, so that shifting a year-less day keeps 29 February a day. */
    private static final int ANY_LEAP_YEAR = 2024;
    private static final int DATE_REACH = 40;
    private static final Pattern DAY_SLASH_MONTH = Pattern.compile("(\\d{1,2})/(\\d{1,2})(?![\\d/])");
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern BARE_DAY = Pattern.compile("(\\d{1,2})(?![\\d./-])");

    /**
     * What the opening says of the day of writing: full dates and year-less days, and the year-less days it writes
     * with their weekday ("domani lunedì 29"), which settle the year a text that names none is written in.
     */
    public record Readings(List<DateCandidate> days, List<PartialDate> partials,
                           List<WrittenDates.WeekdayDay> weekdayDays) {

        /** Readings without weekdays. */
        public Readings(List<DateCandidate> days, List<PartialDate> partials) {
            this(days, partials, List.of());
        }
    }

    private final DateWords words;
    private final WrittenDates written;
    private final Pattern offsetThenDate;

    /** A reader that knows the day words and date forms of {@code words}. */
    public TodayDates(DateWords words) {
        this.words = words;
        this.written = new WrittenDates(words);
        // the day word, then at most a comma or dash and a weekday before the date itself
        offsetThenDate = Pattern.compile("(?<![\\p{L}'’])(" + words.offsetAlternation() + ")(?![\\p{L}'’])"
                + "[\\s,:–—-]*(?:(" + words.weekdayAlternation() + ")(?!\\p{L})[\\s,]*)?\\(?(?=\\d)", FLAGS);
    }

    /** The readings of {@code text} from {@code bodyStart} to {@link #TOP} characters below it. */
    public Readings read(String text, int bodyStart) {
        int to = Math.min(text.length(), bodyStart + TOP);
        List<DateCandidate> days = new ArrayList<>();
        List<PartialDate> partials = new ArrayList<>();
        List<WrittenDates.WeekdayDay> weekdayDays = new ArrayList<>();
        // tried only where a day word may start and the look-behind lets it: the matches find would give
        StartScan scan = new StartScan(offsetThenDate, text, bodyStart, to, StartScan.Start.WORD_NOT_ELIDED,
                words.offsetStarts());
        while (scan.find()) {
            Matcher m = scan.matcher();
            int offset = words.offset(m.group(1)).orElse(0);
            int at = m.end();
            int reach = Math.min(text.length(), at + DATE_REACH);
            Optional<WrittenDates.Found> full = written.find(text, at, reach, WeekdayCheck.of()).stream()
                    .filter(f -> f.start() == at && !f.contradictsItsWeekday()).findFirst();
            String said = text.substring(m.start(), full.map(WrittenDates.Found::end).orElse(at)).strip();
            if (full.isPresent()) {
                LocalDate d = full.get().date().minusDays(offset);
                days.add(new DateCandidate(d, DatePrecision.DAY, Signal.TODAY_PHRASE, CONFIDENCE,
                        reason(said, offset)));
                continue;
            }
            Optional<PartialDate> partial = written.findWithoutYear(text, at, reach).stream()
                    .filter(p -> text.startsWith(p.text(), at)).findFirst()
                    .or(() -> numericDay(text, at, reach));
            Optional<DayOfWeek> weekday = m.group(2) == null ? Optional.empty() : words.weekday(m.group(2));
            if (partial.isPresent()) {
                PartialDate p = partial.get();
                LocalDate d = LocalDate.of(ANY_LEAP_YEAR, p.month(), 1).plusDays(p.day() - 1L).minusDays(offset);
                String opening = text.substring(m.start(), at).strip();
                boolean bracket = opening.endsWith("(");
                String what = opening + (bracket ? "" : " ") + p.text() + (bracket ? ")" : "");
                partials.add(new PartialDate(d.getMonthValue(), d.getDayOfMonth(), Signal.TODAY_PHRASE, what));
                weekday.ifPresent(w -> weekdayDays.add(new WrittenDates.WeekdayDay(p, w, offset == 0)));
            } else if (weekday.isPresent() && !partials.isEmpty()) {
                // "oggi 28 gennaio ... domani lunedì 29": a bare day number beside its weekday, in the month of the
                // day of writing just read, the day the offset word says
                dayInMonthOf(partials.get(partials.size() - 1), text, at, offset).ifPresent(p -> weekdayDays.add(
                        new WrittenDates.WeekdayDay(p, weekday.get(), offset == 0)));
            }
        }
        return new Readings(days, partials, weekdayDays);
    }

    /** The bare day number at {@code at} as a day of {@code today}'s month, when it is the day the offset names. */
    private static Optional<PartialDate> dayInMonthOf(PartialDate today, String text, int at, int offset) {
        Matcher n = BARE_DAY.matcher(text).region(at, Math.min(text.length(), at + 3));
        if (!n.lookingAt()) {
            return Optional.empty();
        }
        int day = Integer.parseInt(n.group(1));
        if (day != today.day() + offset || day < 1 || day > 31) {
            return Optional.empty();
        }
        return Optional.of(new PartialDate(today.month(), day, Signal.TODAY_PHRASE, n.group(1)));
    }

    /**
     * "siang ini (30/7)": a day and month in figures right after a day word, read day first as most of the world
     * writes them, month first only when that is the one valid reading. Only here, beside a day word, are two
     * numbers with a slash a date rather than a fraction or a score.
     */
    private static Optional<PartialDate> numericDay(String text, int at, int reach) {
        Matcher m = DAY_SLASH_MONTH.matcher(text).region(at, reach);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        boolean dayFirst = valid(b, a);
        if (!dayFirst && !valid(a, b)) {
            return Optional.empty();
        }
        return Optional.of(new PartialDate(dayFirst ? b : a, dayFirst ? a : b, Signal.WEEKDAY_DATE, m.group()));
    }

    private static boolean valid(int month, int day) {
        return month >= 1 && month <= 12 && day >= 1 && day <= Month.of(month).maxLength();
    }

    private static String reason(String said, int offset) {
        return "'" + said + "'" + (offset == 0 ? " names the day of writing"
                : " names the day " + Math.abs(offset) + (offset > 0 ? " after" : " before") + " the day of writing");
    }
}
