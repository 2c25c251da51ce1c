package org.diplomatictimeline.extract.docdate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahChronology;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplomatictimeline.table.ResourceTable;

/**
 * A page's date line written only in the Hijri calendar ("أخبار - 3 ذو القعدة 1445 هـ", "Jakarta, 19 Rajab
 * 1445 H"): a day, a Hijri month's name ({@code lang/<code>/hijri-months.tsv}) and a Hijri year, read as the same day
 * of the Gregorian calendar by the JDK's Umm al-Qura calendar. Only a short line of its own is read, where the date is
 * the page's; in running text such a date is an event's.
 */
public final class HijriDateline {

    private static final String ROOT = "/org/diplomatictimeline/lang/";
    /** A date line is short; a longer line is running text. */
    private static final int LONGEST_LINE = 80;
    private static final HijriDateline STANDARD = new HijriDateline(load());

    private final Map<String, Integer> months;
    private final Pattern date;

    /** A reader of the month names {@code months} (name in lower case to month number, 1 for Muharram). */
    HijriDateline(Map<String, Integer> months) {
        this.months = Map.copyOf(months);
        List<String> names = new ArrayList<>(months.keySet());
        names.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        String alternation = String.join("|", names.stream().map(Pattern::quote).toList());
        // day, month, Hijri year (1300-1599 AH: never a Gregorian year of the news), then perhaps the era's letters
        this.date = Pattern.compile("(?<![\\d\\p{L}])(\\d{1,2})\\s+(" + alternation + ")[\\s,]+(1[345]\\d{2})(?!\\d)",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The reader of every language listed in {@code lang/date-languages.txt}. */
    public static HijriDateline standard() {
        return STANDARD;
    }

    /**
     * The Gregorian day of the Hijri date on {@code line}, a short line of its own, with the text that wrote it; empty
     * when the line is longer, holds no Hijri date or one the calendar does not know.
     */
    public Optional<Found> read(String line) {
        String folded = AsciiDigits.fold(line);
        if (folded.strip().length() > LONGEST_LINE) {
            return Optional.empty();
        }
        Matcher m = date.matcher(folded);
        if (!m.find()) {
            return Optional.empty();
        }
        Integer month = months.get(m.group(2).toLowerCase(Locale.ROOT));
        if (month == null) {
            return Optional.empty();
        }
        try {
            LocalDate day = LocalDate.from(HijrahChronology.INSTANCE.date(Integer.parseInt(m.group(3)), month,
                    Integer.parseInt(m.group(1))));
            return Optional.of(new Found(day, m.start(), m.end(), line.substring(m.start(), m.end())));
        } catch (DateTimeException e) {
            return Optional.empty(); // a day past the month's end, or a year outside the calendar's table
        }
    }

    /**
     * A Hijri date read as a Gregorian day.
     *
     * @param date  the Gregorian day
     * @param start where the Hijri date starts in the line
     * @param end   where it ends
     * @param text  the Hijri date as written
     */
    public record Found(LocalDate date, int start, int end, String text) {
    }

    private static Map<String, Integer> load() {
        Map<String, Integer> months = new HashMap<>();
        for (String code : ResourceTable.read(HijriDateline.class, ROOT + "date-languages.txt").lines()) {
            String resource = ROOT + code.strip() + "/hijri-months.tsv";
            // a language whose news never dates itself so has no table
            ResourceTable.find(HijriDateline.class, resource).ifPresent(table -> {
                for (ResourceTable.Row row : table.rows()) {
                    String[] cells = row.cells();
                    if (cells.length != 2) {
                        throw new IllegalStateException(resource + ":" + row.number()
                                + ": expected the month's number and its name");
                    }
                    months.putIfAbsent(cells[1].strip().toLowerCase(Locale.ROOT), Integer.parseInt(cells[0].strip()));
                }
            });
        }
        return months;
    }
}
