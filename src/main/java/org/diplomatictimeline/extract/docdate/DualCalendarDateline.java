package org.diplomatictimeline.extract.docdate;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dateline that writes its day twice, first in the Hijri calendar and then, joined by a word such as "الموافق"
 * ("corresponding to") or a comma, in the Gregorian one: "فيلمورا 5 رجب 1443 هـ الموافق 6 فبراير 2022 م",
 * "Velmora, 5 Rajab 1443 H bertepatan dengan 6 Februari 2022". Agencies of the Gulf and of Muslim countries date their
 * dispatches so; only the Gregorian day is read, and only at a line's start after the place, where it is the dispatch's
 * own date and not an event's.
 */
public final class DualCalendarDateline {

    /** A Hijri year: this side of 1300 AH (1882) and before 1600 AH, never a Gregorian year of the news. */
    private static final String LUNAR_YEAR = "1[345]\\d{2}(?!\\d)";
    /** The Hijri month's name, one to four words ("جمادى الآخرة", "Rabi al-Thani"). */
    private static final String LUNAR_MONTH = "\\p{L}[\\p{L}\\p{M}'’-]*(?:\\s+\\p{L}[\\p{L}\\p{M}'’-]*){0,3}";
    /** The era's letters after a Hijri year ("هـ", "H", "AH"). */
    private static final String ERA = "(?:\\s*\\p{L}{1,2}\\.?(?!\\p{L}))?";
    /** The place: capitals or title case in Latin script, or Arabic words, then perhaps a comma. */
    private static final String PLACE = "(?:\\p{Lu}[\\p{L}.'\\- ]{1,40}|\\p{IsArabic}[\\p{IsArabic}\\p{M} ]{1,30}?)"
            + "\\s*[,،.]?\\s+";
    /** At most this far into the line after the Hijri date does the Gregorian one start. */
    private static final int REACH = 40;

    private final Pattern opening;
    private final WrittenDates written;

    /** A reader that knows the month names and joining words of {@code words}. */
    public DualCalendarDateline(DateWords words) {
        this.written = new WrittenDates(words);
        String joined = words.correspondingAlternation().isEmpty() ? ""
                : "(?:(?:" + words.correspondingAlternation() + ")(?!\\p{L})\\s*)?";
        // day then month ("5 رجب 1443") or month then day ("Rajab 5, 1443")
        this.opening = Pattern.compile("^\\s*" + PLACE + "(?:\\p{L}{1,3}\\s+)?(?:\\d{1,2}\\s+" + LUNAR_MONTH + ",?|"
                + LUNAR_MONTH + "\\s+\\d{1,2},?)\\s+" + LUNAR_YEAR + ERA + "\\s*[,،]?\\s*" + joined,
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The Gregorian date of a dual dateline opening {@code line}, if the line opens with one. */
    public Optional<WrittenDates.Found> read(String line) {
        Matcher m = opening.matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        int at = m.end();
        return written.find(line, at, Math.min(line.length(), at + REACH), WeekdayCheck.of()).stream()
                .filter(f -> f.start() == at && !f.contradictsItsWeekday()).findFirst();
    }
}
