package org.diplomatictimeline.extract;

import java.time.LocalDate;
import java.time.Year;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.diplomatictimeline.extract.docdate.DateWords;
import org.diplomatictimeline.extract.docdate.DualCalendarDateline;
import org.diplomatictimeline.extract.docdate.HijriDateline;
import org.diplomatictimeline.extract.docdate.PageFurniture;
import org.diplomatictimeline.extract.docdate.PageStamps;
import org.diplomatictimeline.extract.docdate.WeekdayCheck;
import org.diplomatictimeline.extract.docdate.WrittenDates;
import org.diplomatictimeline.model.DateSource;

/**
 * Reads the date a news article carries at its top: a dateline in any language {@link DateWords} knows ("MOSCOW, May
 * 7 (IANS)", "Москва. 17 июня.", "Nuova Delhi, 20 giu.") or a byline / publication stamp ("Published: 2019/6/7", "13 May 2019 17:52", "May 29, 19:54 UTC+3"), ignoring copyright lines.
 */
public final class DatelineReader {

    /**
     * A date found at the top of an article.
     *
     * @param year   the year, or 0 when the line gives only month and day
     * @param offset where it was found, for the reason text
     */
    public record Stamp(int year, int month, int day, DateSource source, String text, int offset) {

        public boolean hasYear() {
            return year > 0;
        }

        public Optional<LocalDate> date() {
            return hasYear() ? Optional.of(LocalDate.of(year, month, day)) : Optional.empty();
        }
    }

    private static final int SCAN_CHARS = 600;
    private static final Map<String, Integer> MONTHS = new HashMap<>();
    /** English month names (for running text). */
    private static final String MONTH;
    /** English, French, German, Spanish, Italian and Russian month names from the JDK's locale data (stamps). */
    private static final String ANY_MONTH;
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    static {
        MONTH = "(" + names(List.of(Locale.ENGLISH)) + "|sept)\\.?";
        MONTHS.put("sept", 9);
        ANY_MONTH = "(" + names(List.of(Locale.ENGLISH, Locale.FRENCH, Locale.GERMAN, Locale.forLanguageTag("es"),
                Locale.ITALIAN, Locale.forLanguageTag("ru"))) + "|sept)\\.?";
    }

    /** The alternation of the locales' month names (full and short, format and stand-alone), longest first. */
    private static String names(List<Locale> locales) {
        List<String> all = new ArrayList<>();
        for (Locale locale : locales) {
            for (Month m : Month.values()) {
                for (TextStyle style : new TextStyle[] {TextStyle.FULL, TextStyle.FULL_STANDALONE, TextStyle.SHORT,
                        TextStyle.SHORT_STANDALONE}) {
                    String name = m.getDisplayName(style, locale).toLowerCase(locale).replace(".", "");
                    if (name.length() < 3 || !name.chars().allMatch(Character::isLetter)) {
                        continue;
                    }
                    MONTHS.putIfAbsent(name, m.getValue());
                    if (!all.contains(name)) {
                        all.add(name);
                    }
                }
            }
        }
        all.sort(Comparator.comparingInt(String::length).reversed());
        return all.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }

    /** A place name in capitals or title case, optionally with its region ("Nuku'alofa, Tonga"). */
    private static final String CITY = "(?:\\p{Lu}[\\p{L}.'\\- ]{1,40}(?:,\\s*[\\p{L} .]{2,30})?"
            + "|\\p{IsArabic}[\\p{IsArabic}\\p{M} ]{1,30})";
    /** The comma after the place: Arabic writes its own ("القاهرة، 12 مارس"). */
    private static final String CITY_END = "[,.،]";
    /** "13:30 | ": a time some sites print before the dateline. */
    private static final String CLOCK_PREFIX = "^\\s*(?:\\d{1,2}[:.]\\d{2}\\s*[|·–-]\\s*)?";
    /** "Outlet, Washington, 17 March 2014 (": one word naming the outlet before the place of its dateline. */
    private static final String OUTLET_PREFIX = "(?:[\\p{L}\\d]{2,20},\\s*(?=\\p{Lu}))?";
    /** "(ANSA) - ": an agency's name in brackets some agencies print before the place of their dateline. */
    private static final String AGENCY_PREFIX = "(?:\\(\\p{Lu}[\\p{L}.&' ]{1,24}\\)\\s*[-–—]?\\s*)?";
    /** "2022 года.", "2022 г.", "2022م": the word some languages write after a year. */
    private static final String YEAR_WORD = "(?:\\s*(?iu:" + DateWords.standard().yearWordAlternation()
            + ")(?!\\p{L}))?";
    private static final String WORDS_MONTH = "(?iu:(" + DateWords.standard().monthAlternation() + "))(?!\\p{L})\\.?";
    /**
     * "Tokyo, July 4 (Jiji Press)", "13:30 | Lima, Sep. 29.", "March 25 (BusinessDesk) -": month first, in any
     * language; without a place only when an agency in brackets follows.
     */
    private static final Pattern DATELINE = Pattern.compile(CLOCK_PREFIX + AGENCY_PREFIX + "(" + CITY + CITY_END + "\\s+)?" + WORDS_MONTH
            + "\\s+(\\d{1,2})(?!\\d)(?:st|nd|rd|th)?(?:,?\\s+((?:19|20)\\d{2}))?\\s*(\\(|[-–—]|/|:|\\.(?=\\s|$))");
    /**
     * "BERLIN, 2 avril 2021 (AFP)", "Москва. 17 июня. INTERFAX", "Nuova Delhi, 20 giu. (Adnkronos)", "Cartagena, 27
     * de septiembre 2016. –": day before month, any of the languages.
     */
    private static final Pattern DATELINE_DAY_FIRST = Pattern.compile(CLOCK_PREFIX + AGENCY_PREFIX + OUTLET_PREFIX
            + "(" + CITY + ")"
            + CITY_END + "\\s+(\\d{1,2})(?:st|nd|rd|th|er)?\\.?\\s+(?:de\\s+)?" + WORDS_MONTH
            + "(?:,?\\s+(?:de\\s+)?((?:19|20)\\d{2})" + YEAR_WORD + ")?(?:[.,]\\s+(?=\\p{Lu})|\\s*[.,]?\\s*(?:\\(|[-–—]|/|:)|[.,]\\s*$)");
    /**
     * "Ville (Pays), 03.11.2016 – ": a numeric date in a dateline, day first with dots as every language that writes
     * dots writes it, the place perhaps with its country in brackets.
     */
    private static final Pattern DATELINE_NUMERIC = Pattern.compile(CLOCK_PREFIX + AGENCY_PREFIX + "(" + CITY
            + ")(?:\\s*\\([\\p{L} .]{2,30}\\))?" + CITY_END + "\\s+(\\d{1,2})\\.(\\d{1,2})\\.((?:19|20)\\d{2})(?!\\d)"
            + "\\s*(?:\\(|[-–—]|:)");
    /** "Washington, (APP - UrduPoint - 23rd May, 2024)": the agency's bracket carries the full date. */
    private static final Pattern DATELINE_BRACKET = Pattern.compile("^\\s*(" + CITY
            + ")(?:\\s*\\([\\p{L} .]{2,30}\\))?[,،]?\\s*\\(([^()\\n]{1,100})\\)");
    /** "Quito (Ecuador), (oct. 4/17).": a bracket holding the month, the day and a two-digit year. */
    private static final Pattern MONTH_DAY_SHORT_YEAR = Pattern.compile("^\\s*" + WORDS_MONTH
            + "\\s*(\\d{1,2})\\s*/\\s*(\\d{2})\\s*$");
    private static final WrittenDates WRITTEN = new WrittenDates(DateWords.standard());
    private static final Pattern ISO_STAMP = Pattern.compile(
            "(?i)(?:published|posted|updated|date|first published)?\\s*:?\\s*(\\d{4})[/.-](\\d{1,2})[/.-](\\d{1,2})\\b");
    /** "03.06.2021 17:05": the European day-first numeric stamp, alone on its line. */
    private static final Pattern NUMERIC_DAY_FIRST = Pattern.compile(
            "^\\W*(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?:,?\\s+\\d{1,2}[:.]\\d{2})?\\W*$");
    private static final Pattern DAY_MONTH_YEAR_TIME = Pattern.compile(
            "(?<![\\p{L}\\d])(\\d{1,2})\\.?\\s+" + ANY_MONTH + ",?\\s+(\\d{4})(?:,?\\s+(?:at\\s+|à\\s+)?\\d{1,2}[:.h]\\d{2})?",
            FLAGS);
    private static final Pattern MONTH_DAY_TIME = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2}),?\\s+(?:(\\d{4})\\s*[,|]?\\s+)?(?:at\\s+)?\\d{1,2}[:.]\\d{2}",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "^\\W*(?:published|posted|updated)?\\W*(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                    + "\\s*,?\\s*)?" + MONTH + "\\s+(\\d{1,2})\\s*,\\s*(\\d{4})\\W*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR_LINE = Pattern.compile(
            "^\\W*(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\s*,?\\s*)?(\\d{1,2})\\s+" + MONTH
                    + "\\s+(\\d{4})\\W*$", Pattern.CASE_INSENSITIVE);
    /**
     * "August 21", "Lundi 21 août", "21 de agosto": a day and month alone on their line, perhaps with the weekday;
     * the page's stamp without its year, which the year of a full date near it or the text's latest year completes.
     */
    private static final Pattern YEARLESS_LINE = Pattern.compile("^[\\s#*_|]*(?:(?iu:"
            + DateWords.standard().weekdayAlternation() + ")(?!\\p{L})\\.?,?\\s*)?(?:" + WORDS_MONTH
            + "\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th|er|º)?\\.?\\s+(?:de\\s+)?"
            + WORDS_MONTH.replace("(?iu:(", "(?iu:(?<second>") + ")[\\s.*_|]*$");
    private static final PageFurniture FURNITURE = new PageFurniture(DateWords.standard());
    private static final DualCalendarDateline DUAL_CALENDAR = new DualCalendarDateline(DateWords.standard());

    /** The first dateline or byline date in the top of the body starting at {@code bodyStart}. */
    public Optional<Stamp> read(String text, int bodyStart) {
        List<Stamp> all = readAll(text, bodyStart, true);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /**
     * Every dateline and byline date in the top of the body (a byline "2021-03-03 21:04" and then a dateline
     * "JAKARTA, March 3 (Xinhua)"): none of them dates an event of the article.
     */
    public List<Stamp> readAll(String text, int bodyStart) {
        return readAll(text, bodyStart, false);
    }

    private List<Stamp> readAll(String text, int bodyStart, boolean firstOnly) {
        List<Stamp> found = new ArrayList<>();
        int end = Math.min(text.length(), bodyStart + SCAN_CHARS);
        int lineStart = bodyStart;
        boolean firstLine = true;
        PageFurniture.Walk walk = FURNITURE.walk();
        while (lineStart < end) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0 || lineEnd > text.length()) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, Math.min(lineEnd, lineStart + 400));
            if (!line.isBlank() && !walk.skips(line)) {
                Optional<Stamp> stamp = readLine(line, lineStart, firstLine);
                if (stamp.isPresent()) {
                    found.add(stamp.get());
                    if (firstOnly) {
                        return found;
                    }
                }
                firstLine = false;
            }
            lineStart = lineEnd + 1;
        }
        return found;
    }

    private Optional<Stamp> readLine(String line, int offset, boolean firstLine) {
        if (!hasDigit(line)) {
            return Optional.empty(); // every stamp has a day number; most lines of running text are skipped here
        }
        Matcher m = DATELINE.matcher(line);
        if (m.find() && (m.group(1) != null || m.group(5).equals("("))) {
            return stamp(year(m.group(4)), DateWords.standard().month(m.group(2)).orElse(null), m.group(3),
                    DateSource.DATELINE, m, offset);
        }
        m = DATELINE_DAY_FIRST.matcher(line);
        if (m.find()) {
            return stamp(year(m.group(4)), DateWords.standard().month(m.group(3)).orElse(null), m.group(2),
                    DateSource.DATELINE, m, offset);
        }
        m = DATELINE_NUMERIC.matcher(line);
        if (m.find()) {
            return stamp(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)), m.group(2), DateSource.DATELINE,
                    m, offset);
        }
        m = DATELINE_BRACKET.matcher(line);
        if (m.find()) {
            List<WrittenDates.Found> inside = WRITTEN.find(line, m.start(2), m.end(2), WeekdayCheck.of());
            if (!inside.isEmpty()) {
                LocalDate d = inside.get(0).date();
                return stamp(d.getYear(), d.getMonthValue(), String.valueOf(d.getDayOfMonth()), DateSource.DATELINE,
                        m, offset);
            }
            Matcher shortYear = MONTH_DAY_SHORT_YEAR.matcher(m.group(2));
            if (shortYear.find()) {
                int year = 2000 + Integer.parseInt(shortYear.group(3));
                return stamp(year > Year.now().getValue() + 1 ? year - 100 : year,
                        DateWords.standard().month(shortYear.group(1)).orElse(null), shortYear.group(2),
                        DateSource.DATELINE, m, offset);
            }
        }
        Optional<WrittenDates.Found> dual = DUAL_CALENDAR.read(line);
        if (dual.isPresent()) {
            LocalDate d = dual.get().date();
            return Optional.of(new Stamp(d.getYear(), d.getMonthValue(), d.getDayOfMonth(), DateSource.DATELINE,
                    line.substring(0, dual.get().end()).strip(), offset));
        }
        // a page of the Gulf or of Yemen may date itself in the Hijri calendar alone
        Optional<HijriDateline.Found> hijri = HijriDateline.standard().read(line);
        if (hijri.isPresent()) {
            LocalDate d = hijri.get().date();
            return Optional.of(new Stamp(d.getYear(), d.getMonthValue(), d.getDayOfMonth(), DateSource.BYLINE,
                    hijri.get().text(), offset + hijri.get().start()));
        }
        // Bylines are short lines of their own; inside running text such dates are events, not publication dates.
        boolean shortLine = line.strip().length() <= 80;
        m = ISO_STAMP.matcher(line);
        if (shortLine && m.find()) {
            return stamp(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3), DateSource.BYLINE, m,
                    offset);
        }
        m = NUMERIC_DAY_FIRST.matcher(line);
        if (shortLine && m.find()) {
            return stamp(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), m.group(1), DateSource.BYLINE, m,
                    offset);
        }
        m = DAY_MONTH_YEAR_TIME.matcher(line);
        if (shortLine && m.find()) {
            return stamp(Integer.parseInt(m.group(3)), MONTHS.get(norm(m.group(2))), m.group(1), DateSource.BYLINE, m,
                    offset);
        }
        m = MONTH_DAY_TIME.matcher(line);
        if (shortLine && m.find()) {
            return stamp(year(m.group(3)), MONTHS.get(norm(m.group(1))), m.group(2), DateSource.BYLINE, m, offset);
        }
        Optional<LocalDate> shortYear = PageStamps.clockedShortYear(line);
        if (shortYear.isPresent()) {
            LocalDate d = shortYear.get();
            return Optional.of(new Stamp(d.getYear(), d.getMonthValue(), d.getDayOfMonth(), DateSource.BYLINE,
                    line.strip(), offset));
        }
        m = DAY_MONTH_YEAR_LINE.matcher(line);
        if (m.find()) {
            return stamp(Integer.parseInt(m.group(3)), MONTHS.get(norm(m.group(2))), m.group(1), DateSource.BYLINE, m,
                    offset);
        }
        m = MONTH_DAY_YEAR.matcher(line);
        if (m.find()) {
            return stamp(Integer.parseInt(m.group(3)), MONTHS.get(norm(m.group(1))), m.group(2), DateSource.BYLINE, m,
                    offset);
        }
        m = YEARLESS_LINE.matcher(line);
        if (m.find()) {
            boolean monthAhead = m.group(2) != null;
            return stamp(0, DateWords.standard().month(monthAhead ? m.group(1) : m.group("second")).orElse(null),
                    monthAhead ? m.group(2) : m.group(3), DateSource.BYLINE, m, offset);
        }
        return Optional.empty();
    }

    private static Optional<Stamp> stamp(int year, Integer month, String day, DateSource source, Matcher m,
                                         int offset) {
        if (month == null) {
            return Optional.empty();
        }
        int d = Integer.parseInt(day);
        if (month < 1 || month > 12 || d < 1 || d > 31 || year != 0 && (year < 1900 || year > 2100)) {
            return Optional.empty();
        }
        try {
            LocalDate.of(year == 0 ? 2000 : year, month, d);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return Optional.of(new Stamp(year, month, d, source, m.group().strip(), offset + m.start()));
    }

    private static boolean hasDigit(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (Character.isDigit(line.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static int year(String group) {
        return group == null ? 0 : Integer.parseInt(group);
    }

    private static String norm(String month) {
        return month.toLowerCase().replace(".", "");
    }

    /** The month number of an English month name or abbreviation, if it is one. */
    static Optional<Integer> month(String word) {
        return Optional.ofNullable(MONTHS.get(norm(word)));
    }

    /** The regular-expression alternative matching English month names. */
    static String monthPattern() {
        return MONTH;
    }
}
