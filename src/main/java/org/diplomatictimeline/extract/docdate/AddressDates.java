package org.diplomatictimeline.extract.docdate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplomatictimeline.extract.docdate.DateCandidate.Signal;
import org.diplomatictimeline.model.DatePrecision;

/**
 * Dates in an article's source address, as content systems write them: path dates ("/2019/12/09/", "-2020-07-08"),
 * compact stamps that open a number ("201912098392638", "-20181119061512"), query fields ("yyyy=2022&mm=08&dd=18"),
 * month names ("-29-august-2018"), six-digit segments whose order (DDMMYY, YYMMDD, MMDDYY) the text's weekdays
 * settle, and year-month segments ("/2018/07/", "BU1903") that only say the month.
 */
public final class AddressDates {

    private static final int FIRST_YEAR = 1990;
    /*
     * A number run on past the date ("/2022/11/3-4-11-2022-visit", "-26-29-09-2024/") is a slug naming the span of
     * an occasion, not the day the page was posted: such a day is not read (its year and month still are).
     */
    private static final Pattern PATH_DATE = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d{2})[/_.-](\\d{1,2})[/_.-](\\d{1,2})(?!\\d|[-_.]\\d)");
    private static final Pattern COMPACT = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(\\d{2})(\\d{2})(\\d*)");
    private static final Pattern QUERY_FIELD = Pattern.compile("(?i)[?&;](yyyy|year|y|mm|month|m|dd|day|d)=(\\d{1,4})(?!\\d)");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?<!\\d|\\d[-_.])(\\d{1,2})[-_.](\\d{1,2})[-_.]((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern SIX_DIGITS = Pattern.compile("(?<=[/_-])(\\d{2})(\\d{2})(\\d{2})(?=[/_.-]|$)");
    private static final Pattern YEAR_MONTH = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})[/_-](\\d{1,2})(?=/|$)");
    /** "/202410/10/": a year and month run together, then the day as a folder of its own. */
    private static final Pattern RUN_MONTH_DAY = Pattern.compile("(?<=/)((?:19|20)\\d{2})(\\d{2})/(\\d{2})(?=/)");
    private static final Pattern SHORT_YEAR_MONTH = Pattern.compile("(?<=[A-Za-z])(\\d{2})(\\d{2})(?=/)");

    private final DateWords words;
    private final Pattern wordDate;

    /** A reader that knows the month names of {@code words}. */
    public AddressDates(DateWords words) {
        this.words = words;
        wordDate = Pattern.compile("(?<!\\d)(\\d{1,2})[-_](" + words.monthAlternation() + ")[-_]((?:19|20)\\d{2})(?!\\d)",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Every date the address states, days first and best first; month-only readings come last. */
    public List<DateCandidate> read(String address, WeekdayCheck weekdays) {
        List<DateCandidate> found = new ArrayList<>();
        if (address == null || address.isBlank()) {
            return found;
        }
        String path = pathOf(address);
        Matcher m = PATH_DATE.matcher(path);
        while (m.find()) {
            String written = m.group();
            day(m.group(1), m.group(2), m.group(3)).ifPresent(d -> found.add(
                    day(d, 0.9, "the date in the source address ('" + written + "')")));
        }
        m = COMPACT.matcher(path);
        while (m.find()) {
            String rest = m.group(4);
            // 8 digits, or a date with its time (10, 12, 14): a stamp; longer runs are a stamp glued to an id.
            double confidence = rest.isEmpty() || rest.length() == 2 || rest.length() == 4 || rest.length() == 6
                    ? 0.85 : 0.75;
            String written = m.group();
            day(m.group(1), m.group(2), m.group(3)).ifPresent(d -> found.add(
                    day(d, confidence, "the date stamp in the source address ('" + written + "')")));
        }
        m = RUN_MONTH_DAY.matcher(path);
        while (m.find()) {
            String written = m.group();
            day(m.group(1), m.group(2), m.group(3)).ifPresent(d -> found.add(
                    day(d, 0.85, "the date in the source address ('" + written + "')")));
        }
        queryDate(path).ifPresent(found::add);
        m = wordDate.matcher(path);
        while (m.find()) {
            Optional<Integer> month = words.month(m.group(2));
            String written = m.group();
            String y = m.group(3);
            String dd = m.group(1);
            month.flatMap(mo -> day(y, String.valueOf(mo), dd)).ifPresent(d -> found.add(
                    day(d, 0.85, "the date in the source address ('" + written + "')")));
        }
        m = DAY_MONTH_YEAR.matcher(path);
        while (m.find()) {
            ordered(m.group(), weekdays, List.of(
                    day(m.group(3), m.group(2), m.group(1)), day(m.group(3), m.group(1), m.group(2))))
                    .ifPresent(found::add);
        }
        m = SIX_DIGITS.matcher(path);
        while (m.find()) {
            String a = m.group(1);
            String b = m.group(2);
            String c = m.group(3);
            ordered(m.group(), weekdays, List.of(day("20" + c, b, a), day("20" + a, b, c), day("20" + c, a, b)))
                    .ifPresent(found::add);
        }
        found.sort(Comparator.comparingDouble(DateCandidate::confidence).reversed());
        m = YEAR_MONTH.matcher(path);
        while (m.find()) {
            month(m.group(1), m.group(2), 0.6, "the year and month in the source address ('" + m.group() + "')")
                    .ifPresent(found::add);
        }
        m = SHORT_YEAR_MONTH.matcher(path);
        while (m.find()) {
            // "BU1903": too weak to date an article alone; it can only confirm a dateline's month and lend its year.
            month("20" + m.group(1), m.group(2), 0.3, "the year and month the source address suggests ('"
                    + m.group() + "', YYMM)").ifPresent(found::add);
        }
        return found;
    }

    /** A date written in an order the address leaves open, kept only when the text's weekdays pick one reading. */
    private static Optional<DateCandidate> ordered(String written, WeekdayCheck weekdays,
                                                   List<Optional<LocalDate>> readings) {
        List<LocalDate> valid = readings.stream().flatMap(Optional::stream).distinct().toList();
        if (valid.size() == 1) {
            return Optional.of(day(valid.get(0), 0.8, "the date in the source address ('" + written + "')"));
        }
        LocalDate best = null;
        int bestSupport = 0;
        boolean tie = false;
        for (LocalDate d : valid) {
            int s = weekdays.support(d);
            if (s > bestSupport) {
                best = d;
                bestSupport = s;
                tie = false;
            } else if (s == bestSupport && s > 0) {
                tie = true;
            }
        }
        if (best == null || tie) {
            return Optional.empty();
        }
        return Optional.of(day(best, 0.75, "the date in the source address ('" + written + "'), read in the order"
                + " whose weekday (" + best.getDayOfWeek().toString().toLowerCase(Locale.ROOT)
                + ") the text names"));
    }

    private static Optional<DateCandidate> queryDate(String path) {
        Matcher m = QUERY_FIELD.matcher(path);
        String y = null;
        String mo = null;
        String d = null;
        while (m.find()) {
            String key = m.group(1).toLowerCase(Locale.ROOT);
            switch (key.charAt(0)) {
                case 'y' -> y = m.group(2);
                case 'm' -> mo = m.group(2);
                default -> d = m.group(2);
            }
        }
        if (y == null || mo == null || d == null) {
            return Optional.empty();
        }
        String written = "year " + y + ", month " + mo + ", day " + d;
        return day(y, mo, d).map(date -> day(date, 0.9, "the date fields of the source address (" + written + ")"));
    }

    private static String pathOf(String address) {
        int scheme = address.indexOf("://");
        int slash = address.indexOf('/', scheme < 0 ? 0 : scheme + 3);
        return slash < 0 ? "" : address.substring(slash);
    }

    private static Optional<LocalDate> day(String year, String month, String day) {
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            return plausible(d.getYear()) ? Optional.of(d) : Optional.empty();
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<DateCandidate> month(String year, String month, double confidence, String reason) {
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), 1);
            return plausible(d.getYear()) ? Optional.of(new DateCandidate(d, DatePrecision.MONTH, Signal.ADDRESS,
                    confidence, reason)) : Optional.empty();
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean plausible(int year) {
        return year >= FIRST_YEAR && year <= Year.now().getValue() + 1;
    }

    private static DateCandidate day(LocalDate date, double confidence, String reason) {
        return new DateCandidate(date, DatePrecision.DAY, Signal.ADDRESS, confidence, reason);
    }
}
