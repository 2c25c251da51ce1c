package org.diplomatictimeline.curation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplomatictimeline.model.DateModifier;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.DateSpan;
import org.diplomatictimeline.model.EventDate;

/**
 * Reads the date an analyst types: ISO values at any precision ("2019-06-05", "2019-06", "2019", "2019-Q2",
 * "2019-W23"), the locale's own day and month forms ("05/06/2019" in Britain, "5. Juni 2019" in Germany), and ranges
 * of two of those ("2019-05-12/2019-05-13", "12–13 May 2019"). Never guesses a US month-first order outside the US.
 */
public final class DateEntry {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern PART = Pattern.compile("(\\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)");
    /** Separators of a range; "/" only between ISO values, since locale days use it inside a date. */
    private static final Pattern RANGE = Pattern.compile("\\s*(?:[–—]|\\s-\\s|\\s+to\\s+|\\.\\.)\\s*");
    private static final Pattern ISO_RANGE = Pattern.compile("(\\d{4}[-\\dWQHSUPFAIW]*)\\s*/\\s*(\\d{4}[-\\dWQHSUPFAIW]*)");
    private static final Pattern LEADING_DAY = Pattern.compile("(\\d{1,2})\\.?");

    private DateEntry() {
    }

    /** The date {@code text} describes, set by the analyst, or empty when it is not a date this reads. */
    public static Optional<EventDate> parse(String text, Locale locale) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        Matcher iso = ISO_RANGE.matcher(t);
        if (iso.matches()) {
            return range(isoValue(iso.group(1)), isoValue(iso.group(2)));
        }
        String[] sides = RANGE.split(t, -1);
        if (sides.length == 2) {
            Optional<EventDate> end = single(sides[1], locale);
            Matcher leadingDay = LEADING_DAY.matcher(sides[0].strip());
            if (leadingDay.matches() && end.isPresent() && end.get().precision() == DatePrecision.DAY) {
                // "12–13 May 2019": the first side borrows month and year from the second
                try {
                    LocalDate last = end.get().span().first();
                    return range(Optional.of(ManualDate.of(
                            last.withDayOfMonth(Integer.parseInt(leadingDay.group(1))), DatePrecision.DAY)), end);
                } catch (DateTimeException e) {
                    return Optional.empty();
                }
            }
            return range(single(sides[0], locale), end);
        }
        return sides.length == 1 ? single(t, locale) : Optional.empty();
    }

    /** The text {@link #parse} reads back as {@code date}: its ISO value, or "first/last" for a range. */
    public static String format(EventDate date) {
        if (!date.isKnown()) {
            return "";
        }
        return date.isRange() ? date.value() + "/" + date.endValue() : date.value();
    }

    private static Optional<EventDate> range(Optional<EventDate> from, Optional<EventDate> to) {
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        EventDate a = from.get();
        EventDate b = to.get();
        if (b.span().last().isBefore(a.span().first()) || a.value().equals(b.value())) {
            return a.value().equals(b.value()) ? from : Optional.empty();
        }
        DatePrecision coarser = a.precision().isFinerOrEqual(b.precision()) ? b.precision() : a.precision();
        return Optional.of(new EventDate(a.value(), b.value(), coarser, DateModifier.NONE, a.basis(),
                new DateSpan(a.span().first(), b.span().last()), ManualDate.REASON));
    }

    private static Optional<EventDate> single(String text, Locale locale) {
        String t = text.strip();
        Optional<EventDate> iso = isoValue(t);
        return iso.isPresent() ? iso : localeValue(t, locale);
    }

    private static Optional<EventDate> isoValue(String t) {
        try {
            Matcher m;
            if ((m = DAY.matcher(t)).matches()) {
                return Optional.of(ManualDate.of(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)), DatePrecision.DAY));
            }
            if ((m = MONTH.matcher(t)).matches()) {
                return Optional.of(ManualDate.of(LocalDate.of(num(m, 1), num(m, 2), 1), DatePrecision.MONTH));
            }
            if ((m = YEAR.matcher(t)).matches()) {
                return Optional.of(ManualDate.of(LocalDate.of(num(m, 1), 1, 1), DatePrecision.YEAR));
            }
            if ((m = WEEK.matcher(t)).matches()) {
                LocalDate day = LocalDate.of(num(m, 1), 6, 1)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, num(m, 2));
                EventDate week = ManualDate.of(day, DatePrecision.WEEK);
                return week.value().equals(t) ? Optional.of(week) : Optional.empty();
            }
            if ((m = PART.matcher(t)).matches()) {
                return part(num(m, 1), m.group(2));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<EventDate> part(int year, String code) {
        return Optional.of(switch (code) {
            case "Q1", "Q2", "Q3", "Q4" -> ManualDate.of(
                    LocalDate.of(year, (code.charAt(1) - '1') * 3 + 1, 1), DatePrecision.QUARTER);
            case "H1", "H2" -> ManualDate.of(LocalDate.of(year, (code.charAt(1) - '1') * 6 + 1, 1),
                    DatePrecision.HALF_YEAR);
            case "SP" -> ManualDate.of(LocalDate.of(year, 4, 1), DatePrecision.SEASON);
            case "SU" -> ManualDate.of(LocalDate.of(year, 7, 1), DatePrecision.SEASON);
            case "FA" -> ManualDate.of(LocalDate.of(year, 10, 1), DatePrecision.SEASON);
            default -> ManualDate.of(LocalDate.of(year, 12, 1), DatePrecision.SEASON);
        });
    }

    private static Optional<EventDate> localeValue(String t, Locale locale) {
        for (DateTimeFormatter f : dayFormats(locale)) {
            try {
                LocalDate day = LocalDate.parse(t, f);
                if (day.getYear() >= 100) {
                    return Optional.of(ManualDate.of(day, DatePrecision.DAY));
                }
            } catch (DateTimeException e) {
                // not this form; try the next
            }
        }
        for (String pattern : List.of("MMMM uuuu", "LLLL uuuu", "MMM uuuu")) {
            try {
                YearMonth month = YearMonth.parse(t, formatter(pattern, locale));
                return Optional.of(ManualDate.of(month.atDay(1), DatePrecision.MONTH));
            } catch (DateTimeException e) {
                // not this form; try the next
            }
        }
        return Optional.empty();
    }

    /** The locale's short, medium and long day forms, each with a full year as well as the two-digit one. */
    private static List<DateTimeFormatter> dayFormats(Locale locale) {
        List<DateTimeFormatter> result = new ArrayList<>();
        for (FormatStyle style : List.of(FormatStyle.SHORT, FormatStyle.MEDIUM, FormatStyle.LONG)) {
            String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(
                    style, null, IsoChronology.INSTANCE, locale);
            String fullYear = pattern.replaceAll("(?<![yu])[yu]{1,2}(?![yu])", "uuuu").replace('y', 'u');
            result.add(formatter(fullYear, locale));
            result.add(formatter(pattern.replace("yyyy", "uuuu").replace("yy", "uu").replace('y', 'u'), locale));
        }
        return result;
    }

    private static DateTimeFormatter formatter(String pattern, Locale locale) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().parseLenient().appendPattern(pattern)
                .toFormatter(locale).withResolverStyle(ResolverStyle.STRICT).withChronology(IsoChronology.INSTANCE);
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
