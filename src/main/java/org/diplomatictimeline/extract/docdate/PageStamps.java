package org.diplomatictimeline.extract.docdate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplomatictimeline.extract.docdate.DateCandidate.Signal;
import org.diplomatictimeline.model.DatePrecision;

/**
 * Publication stamps anywhere on the page: byline and timestamp lines at the top or the foot ("Published: February
 * 29, 2020", "11:44 JST, April 9, 2024", "Diese Nachricht wurde am 28.01.2023 ... gesendet"), dates an embedded post
 * carries ("— Name (@handle) January 7, 2023") and dates written with their weekday in running text ("Kamis
 * (21/3/2024)", "ce jeudi 24 août 2023"). Page clutter never counts: copyright and cookie lines, the teasers of a
 * related-articles list, a site's date of the day printed above the article's own stamp, and dates in running prose
 * without a weekday.
 */
public final class PageStamps {

    /** A stamp line is short; a long line with a date in it is prose. */
    private static final int MAX_STAMP_LINE = 140;
    /** A stamp line without a cue word counts only near the top, where pages put the byline, */
    private static final int TOP_CHARS = 1200;
    /** ... or at the very foot, where some sign off ("Source: Agency. 11 March 2021"). */
    private static final int FOOT_CHARS = 200;
    /** "Nachrichten, 04.09.2018 | Embassy of Ruritania, Berlin": a stamp line's cells. */
    private static final Pattern CELL_BAR = Pattern.compile("\\s[|·]\\s");
    /** At most this many words besides the date, time and weekday: a name, an outlet, a place. */
    private static final int MAX_OTHER_WORDS = 4;
    private static final Pattern CLOCK = Pattern.compile(
            "(?i)\\d{1,2}[:.h]\\d{2}(?::\\d{2})?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)?|\\b(?:GMT|UTC|[A-Z]{2}T|WIB|MSK)"
                    + "(?:\\s*[+-]\\s*\\d{1,2})?\\b");
    private static final String DATE_LINE = "the date line";
    /** Below any stamp of the article, so a masthead date is chosen only when nothing else dates the page. */
    private static final double SITE_TODAY_CONFIDENCE = 0.3;
    private static final String SITE_TODAY = "the site's date of the day ";
    private static final Pattern BY = Pattern.compile("(?i)^\\W*by\\s");
    private static final Pattern EMBEDDED_POST = Pattern.compile("\\(@\\w{1,30}\\)\\s*$");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    /** Nothing but spaces and marks before a date that opens its line. */
    private static final Pattern NOTHING_BEFORE = Pattern.compile("[\\W&&[^\\p{L}\\d]]*");
    /**
     * "09:14 - 23/11/21 por Agency": a stamp with a two-digit year, read only beside its clock time on a short line of
     * its own (a name may follow), where nothing else writes a day so.
     */
    private static final Pattern CLOCKED_SHORT_YEAR = Pattern.compile("^\\W*\\d{1,2}[:h]\\d{2}\\s*[-–|·,]?\\s*"
            + "(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{2})(?!\\d)(?:\\s+\\p{L}{1,5}\\s+\\p{L}[\\p{L}.]{1,20})?\\W*$");

    private final WrittenDates written;
    private final Pattern cue;
    private final Pattern weekdayWord;
    /** "Updated: " and nothing else before a date at a line's start: a stamp the page ran into its first paragraph. */
    private final Pattern cueLead;
    /** "ce jeudi 24 août 2023", "today, Monday, 3 May 2021", "Kamis (21/3/2024)": the article's own day. */
    private final Pattern ownDay;
    private final PageFurniture furniture;
    private final DateWords words;
    /** "tomorrow, Friday" right before a date: group 1 is the day word. */
    private final Pattern dayWordBefore;

    /** A reader that knows the month, weekday and cue words of {@code words}. */
    public PageStamps(DateWords words) {
        this.written = new WrittenDates(words);
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        this.cue = Pattern.compile("(?<!\\p{L})(?:" + words.cueAlternation() + ")(?!\\p{L})", flags);
        this.cueLead = Pattern.compile("^[\\W&&[^\\p{L}]]*(?:" + words.cueAlternation() + ")[\\s:,–—-]*(?:"
                + words.weekdayAlternation() + ")?[\\s:,]*$", flags);
        this.weekdayWord = Pattern.compile("(?<!\\p{L})(?:" + words.weekdayAlternation() + ")(?!\\p{L})", flags);
        this.furniture = new PageFurniture(words);
        this.words = words;
        this.dayWordBefore = Pattern.compile("(?<![\\p{L}'’])(" + words.offsetAlternation() + ")(?![\\p{L}'’])"
                + "[\\s,:–—-]*(?:(?:" + words.weekdayAlternation() + ")(?!\\p{L})[\\s,(]*)?$", flags);
        this.ownDay = Pattern.compile("(?:(?<!\\p{L})(?:" + words.thisAlternation() + ")[\\s,]+(?:"
                + words.weekdayAlternation() + ")[\\s,]*|(?<!\\p{L})(?:" + words.weekdayAlternation()
                + ")\\s*\\(\\s*)$", flags);
    }

    /**
     * The publication dates the page shows from {@code bodyStart} on, in page order.
     *
     * @param weekdays the weekdays the text names from {@code bodyStart} on ({@link WeekdayCheck#of(String, int,
     *                 DateWords)}), which also tell how often the text names each
     */
    public List<DateCandidate> read(String text, int bodyStart, WeekdayCheck weekdays) {
        return read(text, bodyStart, weekdays, furniture.lines(text, bodyStart));
    }

    /**
     * As {@link #read(String, int, WeekdayCheck)}, with the page's furniture lines from {@code bodyStart} on already
     * read ({@link PageFurniture#lines(String, int)}), which the document-date inference also needs.
     */
    public List<DateCandidate> read(String text, int bodyStart, WeekdayCheck weekdays, PageFurniture.Lines clutter) {
        List<DateCandidate> found = new ArrayList<>();
        boolean markedFound = false;
        int lineStart = bodyStart;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            String line = text.substring(lineStart, lineEnd);
            boolean skipped = clutter.startsAt(lineStart);
            // Every stamp has a day number: most lines of prose are passed over here.
            if (!skipped && line.chars().anyMatch(Character::isDigit)) {
                List<WrittenDates.Found> dates = written.find(text, lineStart, lineEnd, weekdays).stream()
                        .filter(f -> !f.contradictsItsWeekday()).toList();
                boolean post = !dates.isEmpty() && EMBEDDED_POST.matcher(
                        text.substring(Math.max(lineStart, dates.get(0).start() - 60), dates.get(0).start())).find();
                if (dates.isEmpty() && lineStart - bodyStart <= TOP_CHARS) {
                    clockedShortYear(line).ifPresent(d -> found.add(new DateCandidate(d, DatePrecision.DAY,
                            Signal.BYLINE, 0.8, "the byline stamp '" + line.strip() + "'")));
                }
                if (!dates.isEmpty() && !post) {
                    // The post's own line names its author: it is not the article's byline.
                    stampLine(line, text.substring(lineStart, dates.get(0).start()), lineStart - bodyStart,
                            atFoot(text, lineEnd), dates, gluedToAWord(text, dates.get(0))).ifPresent(found::add);
                }
                if (!dates.isEmpty()) {
                    for (WrittenDates.Found f : dates) {
                        String before = text.substring(Math.max(lineStart, f.start() - 60), f.start());
                        if (EMBEDDED_POST.matcher(before).find()) {
                            found.add(candidate(f, Signal.EMBEDDED_POST, 0.5, "the date of an embedded post"));
                        } else if (!markedFound && f.stated().isPresent() && !otherDay(before)
                                && (ownDay.matcher(before).find()
                                || weekdays.count(f.stated().get()) >= 2)) {
                            // Marked as the article's own day, or its weekday is also the one the text's "on
                            // Wednesday" means: the text is written in that date's week.
                            markedFound = true;
                            found.add(candidate(f, Signal.WEEKDAY_DATE, 0.55,
                                    "the day the text calls its own, with its weekday"));
                        }
                    }
                }
            }
            lineStart = lineEnd + 1;
        }
        return withoutSiteToday(found);
    }

    /**
     * The stamps with a site's date of the day demoted: a bare date line above another stamp of an earlier day is
     * the page's masthead ("Tuesday, December 6, 2022" over the headline), printed on the day the page was saved.
     */
    private static List<DateCandidate> withoutSiteToday(List<DateCandidate> found) {
        if (found.isEmpty() || !found.get(0).reason().startsWith(DATE_LINE)) {
            return found;
        }
        DateCandidate first = found.get(0);
        boolean earlierBelow = found.stream().skip(1).anyMatch(c -> c.signal() == Signal.BYLINE
                && c.date().isBefore(first.date()));
        if (!earlierBelow) {
            return found;
        }
        List<DateCandidate> out = new ArrayList<>(found);
        out.set(0, new DateCandidate(first.date(), first.precision(), first.signal(), SITE_TODAY_CONFIDENCE,
                SITE_TODAY + first.reason().substring(DATE_LINE.length()).strip()
                        + ", above the article's own stamp"));
        return out;
    }

    /** True when the candidate is a site's date of the day that {@link #read} demoted below the article's stamp. */
    public static boolean isSiteToday(DateCandidate c) {
        return c.confidence() == SITE_TODAY_CONFIDENCE && c.reason().startsWith(SITE_TODAY);
    }

    /** True when a day word just before the date puts it on another day than the day of writing ("tomorrow,"). */
    private boolean otherDay(String before) {
        Matcher m = dayWordBefore.matcher(before);
        return m.find() && words.offset(m.group(1)).orElse(0) != 0;
    }

    /** The days the text names without a year, from {@code bodyStart} on. */
    public List<PartialDate> daysWithoutYear(String text, int bodyStart) {
        return written.findWithoutYear(text, bodyStart, text.length());
    }

    /**
     * A clocked stamp with a two-digit year ("09:14 - 23/11/21 por Agency"), day first unless only month first reads;
     * none when both orders read and differ, which nothing on the line settles. Datelines read it too.
     */
    public static Optional<LocalDate> clockedShortYear(String line) {
        Matcher m = CLOCKED_SHORT_YEAR.matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(3));
        int year = 2000 + Integer.parseInt(m.group(4));
        if (a <= 12 && b <= 12 && a != b || b > 12 && a > 12) {
            return Optional.empty();
        }
        try {
            return Optional.of(b <= 12 ? LocalDate.of(year, b, a) : LocalDate.of(year, a, b));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** True when a letter follows the date's last digit with no space between ("2012Die"). */
    private static boolean gluedToAWord(String text, WrittenDates.Found date) {
        int end = date.end();
        return end > 0 && end < text.length() && Character.isDigit(text.charAt(end - 1))
                && Character.isLetter(text.charAt(end));
    }

    /** True when nothing but the last {@link #FOOT_CHARS} characters of the text follows {@code lineEnd}. */
    private static boolean atFoot(String text, int lineEnd) {
        int end = text.length();
        while (end > lineEnd && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end - lineEnd <= FOOT_CHARS;
    }

    /**
     * The stamp a line is, if it is one.
     *
     * @param lead        the line's text before its first date
     * @param runIntoLead the first date's year is followed by a letter with no space between ("14. Mai 2016Die
     *                    Gesandten ..."): the page's date element, which the copy ran into the first paragraph, since
     *                    no writer glues a date to the next word
     */
    private Optional<DateCandidate> stampLine(String line, String lead, int offsetInBody, boolean atFoot,
                                              List<WrittenDates.Found> dates, boolean runIntoLead) {
        String stripped = line.strip();
        WrittenDates.Found first = dates.get(0);
        double lower = first.ambiguous() ? 0.1 : 0;
        if (cueLead.matcher(lead).matches()) {
            return Optional.of(candidate(first, Signal.BYLINE, 0.9 - lower, "the publication stamp"));
        }
        if (runIntoLead && offsetInBody <= TOP_CHARS && NOTHING_BEFORE.matcher(lead).matches()) {
            return Optional.of(candidate(first, Signal.BYLINE, 0.8 - lower, DATE_LINE));
        }
        if (stripped.length() > MAX_STAMP_LINE) {
            return Optional.empty();
        }
        if (cue.matcher(stripped).find()) {
            return Optional.of(candidate(first, Signal.BYLINE, 0.9 - lower, "the publication stamp"));
        }
        long words = otherWords(line, first, dates);
        boolean byline = BY.matcher(stripped).find();
        if ((offsetInBody <= TOP_CHARS || atFoot) && (words <= MAX_OTHER_WORDS || byline)) {
            return Optional.of(candidate(first, Signal.BYLINE, 0.8 - lower, DATE_LINE));
        }
        return Optional.empty();
    }

    /**
     * The words of the stamp besides its date, time and weekday; on a line of cells ("News, 4 May 2018 | Embassy of
     * Ruritania, Berlin") only those of the date's own cell, since the others are the outlet's name.
     */
    private long otherWords(String line, WrittenDates.Found first, List<WrittenDates.Found> dates) {
        String cell = line;
        Matcher bar = CELL_BAR.matcher(line);
        int at = line.indexOf(first.text());
        if (at >= 0 && bar.find()) {
            int from = 0;
            bar.reset();
            while (bar.find()) {
                if (bar.start() >= at + first.text().length()) {
                    cell = line.substring(from, bar.start());
                    break;
                }
                from = bar.end();
                cell = line.substring(from);
            }
        }
        String rest = cell;
        for (WrittenDates.Found f : dates) {
            rest = rest.replace(f.text(), " ");
        }
        rest = weekdayWord.matcher(CLOCK.matcher(rest).replaceAll(" ")).replaceAll(" ");
        return WORD.matcher(rest).results().count();
    }

    private static DateCandidate candidate(WrittenDates.Found f, Signal signal, double confidence, String what) {
        return new DateCandidate(f.date(), DatePrecision.DAY, signal, confidence, what + " '" + f.text().strip() + "'");
    }
}
