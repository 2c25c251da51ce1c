package org.diplomatictimeline.extract.docdate;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Full dates as pages write them, in every language {@link DateWords} knows: "April 9, 2024", "March - 26- 2019",
 * "23rd May, 2024", "7th, March 2022", "27 de septiembre 2016", "Sunday, 19 January, 2020", "2018.10.12", "28.01.2023",
 * "Fri, 07/05/2019", "31agosto2018". A weekday written beside a date checks it and settles a numeric date's day/month order.
 */
public final class WrittenDates {

    /**
     * A full date found in text.
     *
     * @param stated    the weekday written beside it, when one is
     * @param ambiguous true when a numeric date could be read day-first or month-first and nothing settled it
     */
    public record Found(LocalDate date, int start, int end, String text, Optional<DayOfWeek> stated,
                        boolean ambiguous) {

        /** True when the weekday written beside the date is not the date's weekday ("Rabu (20/3/2034)"). */
        public boolean contradictsItsWeekday() {
            return stated.isPresent() && stated.get() != date.getDayOfWeek();
        }
    }

    /** The flags the scans by word start ({@link StartScan}) assume. */
    private static final int FLAGS = StartScan.FLAGS;
    private static final String YEAR = "((?:19|20)\\d{2})(?!\\d)";
    private static final Pattern ISO = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})([-/.])(\\d{1,2})\\2(\\d{1,2})(?!\\d)");
    private static final Pattern NUMERIC = Pattern.compile("(?<!\\d)(\\d{1,2})([-/.])(\\d{1,2})\\2" + YEAR);
    /** English stamp abbreviations ("Fri, 07/05/2019"); only right before a date, where they cannot be words. */
    private static final Pattern SHORT_WEEKDAY = Pattern.compile("(?i)(mon|tue|wed|thu|fri|sat|sun)\\.?[\\s,(]*$");
    private static final List<DayOfWeek> SHORT_ORDER = List.of(DayOfWeek.values());

    private final DateWords words;
    private final Pattern monthFirst;
    private final Pattern dayFirst;
    private final Pattern weekdayBefore;
    private final Pattern dayMonth;
    /** "31agosto2018": a day, month and year run together, as some agencies sign off a dispatch. */
    private final Pattern runTogether;
    private final Pattern monthDay;
    private final Pattern weekdayAfter;
    private final Pattern thisWeekday;

    /** A finder that knows the month and weekday names of {@code words}. */
    public WrittenDates(DateWords words) {
        this.words = words;
        String month = "(" + words.monthAlternation() + ")(?!\\p{L})\\.?";
        // The look-ahead rejects most positions before the long alternation of month names is tried. Possessive: a
        // shorter run of letters is followed by a letter, which cannot start the rest, so only the longest can match.
        String digitAhead = "(?=\\p{L}{3,12}+\\.?\\s*[-–—,]?\\s*\\d)";
        monthFirst = Pattern.compile("(?<!\\p{L})" + digitAhead + month + "\\s*[-–—,]?\\s*(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)"
                + "\\s*[-–—,]?\\s*" + YEAR, FLAGS);
        // "19 فبراير/شباط 2015": Arabic pages write a month by both its names, the second after a slash
        String otherName = "(?:\\s*/\\s*(?:" + words.monthAlternation() + ")(?!\\p{L}))?";
        dayFirst = Pattern.compile("(?<!\\d)(\\d{1,2})(?:(?:st|nd|rd|th),?|er|º)?\\.?\\s+(?:de\\s+)?" + month
                + otherName + ",?\\s+(?:de\\s+)?" + YEAR, FLAGS);
        runTogether = Pattern.compile("(?<![\\p{L}\\d])(\\d{1,2})(" + words.monthAlternation() + ")" + YEAR, FLAGS);
        String noYear = "(?!" + otherName + "\\.?,?\\s+(?:de\\s+)?(?:19|20)\\d{2})";
        dayMonth = Pattern.compile("(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|er)?\\.?\\s+(?:de\\s+)?(" + words.monthAlternation()
                + ")(?!\\p{L})" + noYear, FLAGS);
        monthDay = Pattern.compile("(?<!\\p{L})" + digitAhead + "(" + words.monthAlternation() + ")(?!\\p{L})\\.?\\s+(\\d{1,2})(?!\\d)"
                + "(?:st|nd|rd|th)?" + noYear, FLAGS);
        weekdayBefore = Pattern.compile("(?<!\\p{L})(" + words.weekdayAlternation() + ")[\\s,(]*$", FLAGS);
        weekdayAfter = Pattern.compile("^[\\s,)]*(" + words.weekdayAlternation() + ")(?!\\p{L})", FLAGS);
        thisWeekday = Pattern.compile("(?<!\\p{L})(?:" + words.thisAlternation() + ")\\s+(?:"
                + words.weekdayAlternation() + ")[\\s,(]*$", FLAGS);
    }

    /**
     * A day written without a year beside its weekday ("ce lundi 16 décembre", "Monday, December 16").
     *
     * @param thisWeek true when a word puts it in the current week ("ce lundi", "this Monday", "hoy jueves")
     */
    public record WeekdayDay(PartialDate day, DayOfWeek weekday, boolean thisWeek) {
    }

    /** The year-less days of {@code text[from, to)} that are written with their weekday, in text order. */
    public List<WeekdayDay> findWithWeekday(String text, int from, int to) {
        List<int[]> at = new ArrayList<>();
        List<WeekdayDay> found = new ArrayList<>();
        for (Matcher m : List.of(dayMonth.matcher(text).region(from, to), monthDay.matcher(text).region(from, to))) {
            boolean dayFirst = m.pattern() == dayMonth;
            while (m.find()) {
                Optional<Integer> month = words.month(m.group(dayFirst ? 2 : 1));
                int d = Integer.parseInt(m.group(dayFirst ? 1 : 2));
                Optional<DayOfWeek> stated = statedWeekday(text, m.start(), m.end());
                if (month.isEmpty() || stated.isEmpty() || d < 1 || d > 31) {
                    continue;
                }
                String before = text.substring(Math.max(0, m.start() - 40), m.start());
                found.add(new WeekdayDay(new PartialDate(month.get(), d, DateCandidate.Signal.WEEKDAY_DATE,
                        m.group().strip()), stated.get(), thisWeekday.matcher(before).find()));
                at.add(new int[] {m.start(), found.size() - 1});
            }
        }
        at.sort(Comparator.comparingInt(a -> a[0]));
        return at.stream().map(a -> found.get(a[1])).toList();
    }

    /** The full dates in {@code text[from, to)}, in text order; {@code weekdays} may settle a numeric order. */
    public List<Found> find(String text, int from, int to, WeekdayCheck weekdays) {
        List<Found> found = new ArrayList<>();
        StartScan scan = new StartScan(monthFirst, text, from, to, StartScan.Start.LETTER_WORD,
                words.monthStarts());
        while (scan.find()) {
            Matcher m = scan.matcher();
            Optional<Integer> mo = words.month(m.group(1));
            if (mo.isPresent()) {
                add(found, text, m, date(m.group(3), mo.get(), m.group(2)), false);
            }
        }
        scan = new StartScan(dayFirst, text, from, to, StartScan.Start.NUMBER);
        while (scan.find()) {
            Matcher m = scan.matcher();
            Optional<Integer> mo = words.month(m.group(2));
            if (mo.isPresent()) {
                add(found, text, m, date(m.group(3), mo.get(), m.group(1)), false);
            }
        }
        scan = new StartScan(runTogether, text, from, to, StartScan.Start.NUMBER);
        while (scan.find()) {
            Matcher m = scan.matcher();
            Optional<Integer> mo = words.month(m.group(2));
            if (mo.isPresent()) {
                add(found, text, m, date(m.group(3), mo.get(), m.group(1)), false);
            }
        }
        scan = new StartScan(ISO, text, from, to, StartScan.Start.NUMBER);
        while (scan.find()) {
            Matcher m = scan.matcher();
            add(found, text, m, date(m.group(1), Integer.parseInt(m.group(3)), m.group(4)), false);
        }
        scan = new StartScan(NUMERIC, text, from, to, StartScan.Start.NUMBER);
        while (scan.find()) {
            numeric(found, text, scan.matcher(), weekdays);
        }
        found.sort(Comparator.comparingInt(Found::start));
        List<Found> kept = new ArrayList<>();
        for (Found f : found) {
            if (kept.isEmpty() || f.start() >= kept.get(kept.size() - 1).end()) {
                kept.add(f);
            }
        }
        return kept;
    }

    /** The days the text names without a year ("6 de diciembre", "July 4"), in text order. */
    public List<PartialDate> findWithoutYear(String text, int from, int to) {
        return findWithoutYearAt(text, from, to).stream().map(Placed::day).toList();
    }

    /**
     * A day written without a year and where it starts, so that the tense of its clause can be asked.
     *
     * @param start the offset of its first character in the text
     */
    public record Placed(PartialDate day, int start) {
    }

    /** The days the text names without a year, with their offsets: day-month forms first, then month-day ones. */
    public List<Placed> findWithoutYearAt(String text, int from, int to) {
        List<Placed> found = new ArrayList<>();
        StartScan scan = new StartScan(dayMonth, text, from, to, StartScan.Start.NUMBER);
        while (scan.find()) {
            Matcher m = scan.matcher();
            partial(found, m.group(1), words.month(m.group(2)), m.group(), m.start());
        }
        scan = new StartScan(monthDay, text, from, to, StartScan.Start.LETTER_WORD,
                words.monthStarts());
        while (scan.find()) {
            Matcher m = scan.matcher();
            partial(found, m.group(2), words.month(m.group(1)), m.group(), m.start());
        }
        return found;
    }

    private static void partial(List<Placed> found, String day, Optional<Integer> month, String written, int start) {
        int d = Integer.parseInt(day);
        if (month.isPresent() && d >= 1 && d <= 31) {
            found.add(new Placed(new PartialDate(month.get(), d, DateCandidate.Signal.WEEKDAY_DATE, written.strip()),
                    start));
        }
    }

    private void numeric(List<Found> found, String text, Matcher m, WeekdayCheck weekdays) {
        Optional<LocalDate> dayFirstReading = date(m.group(4), Integer.parseInt(m.group(3)), m.group(1));
        Optional<LocalDate> monthFirstReading = date(m.group(4), Integer.parseInt(m.group(1)), m.group(3));
        if (dayFirstReading.isEmpty() || monthFirstReading.isEmpty()
                || dayFirstReading.get().equals(monthFirstReading.get())) {
            add(found, text, m, dayFirstReading.isPresent() ? dayFirstReading : monthFirstReading, false);
            return;
        }
        Optional<DayOfWeek> stated = statedWeekday(text, m.start(), m.end());
        LocalDate d = dayFirstReading.get();
        LocalDate mf = monthFirstReading.get();
        int order = stated.isPresent() || m.group(2).equals(".") ? 0 : pageOrder(text);
        if (stated.isPresent() && (d.getDayOfWeek() == stated.get()) != (mf.getDayOfWeek() == stated.get())) {
            add(found, text, m, Optional.of(mf.getDayOfWeek() == stated.get() ? mf : d), false);
        } else if (m.group(2).equals(".")) {
            add(found, text, m, dayFirstReading, false); // "28.01.2023": dots are written day first
        } else if (order != 0) {
            // a page writes its dates one way: "12 December 2025" elsewhere on it reads "11/08/2019" day first
            add(found, text, m, Optional.of(order > 0 ? d : mf), false);
        } else if (weekdays.support(d) != weekdays.support(mf)) {
            add(found, text, m, Optional.of(weekdays.support(mf) > weekdays.support(d) ? mf : d), false);
        } else {
            add(found, text, m, dayFirstReading, true); // most of the world writes the day first
        }
    }

    /**
     * The order in which the page writes its dates with a month name and a year: positive when it writes only the
     * day first ("12 December 2025"), negative when only the month first ("December 12, 2025"), 0 when it writes
     * neither or both.
     */
    int pageOrder(String text) {
        boolean dayBefore = dayFirst.matcher(text).find();
        boolean monthBefore = monthFirst.matcher(text).find();
        return dayBefore == monthBefore ? 0 : dayBefore ? 1 : -1;
    }

    private void add(List<Found> found, String text, Matcher m, Optional<LocalDate> date, boolean ambiguous) {
        date.ifPresent(d -> found.add(new Found(d, m.start(), m.end(), m.group(), statedWeekday(text, m.start(),
                m.end()), ambiguous)));
    }

    private Optional<DayOfWeek> statedWeekday(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 24), start);
        Matcher b = weekdayBefore.matcher(before);
        if (b.find()) {
            return words.weekday(b.group(1));
        }
        Matcher s = SHORT_WEEKDAY.matcher(before);
        if (s.find() && (s.start() == 0 || !Character.isLetter(before.charAt(s.start() - 1)))) {
            int index = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun").indexOf(
                    s.group(1).toLowerCase(Locale.ROOT));
            return Optional.of(SHORT_ORDER.get(index));
        }
        Matcher a = weekdayAfter.matcher(text.substring(end, Math.min(text.length(), end + 16)));
        return a.find() ? words.weekday(a.group(1)) : Optional.empty();
    }

    private static Optional<LocalDate> date(String year, int month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
