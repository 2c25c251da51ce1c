package org.diplomatictimeline.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplomatictimeline.extract.lang.LanguageFolders;
import org.diplomatictimeline.time.Timex;
import org.diplomatictimeline.time.TimexType;

/**
 * The length told with an event's word ("a two-day visit", "the 3-day summit", "une visite de trois jours"), as a
 * duration in days.
 */
final class TriggerDuration {

    /** "a two-day", "the 3-day": a count and the unit just before the trigger; the count is read by CountWords. */
    private static final Pattern N_DAY = Pattern.compile("(?i)(?<![\\p{L}\\d])(\\d{1,2}|\\p{L}+)[- ]day\\W*\\w*\\W*$");

    /** A length in days ("P3D"): one told after the trigger in weeks or hours is no occasion's length. */
    private static final Pattern DAYS = Pattern.compile("P\\d{1,2}D");

    /** Words that open an occasion's length right after its word ("une visite de trois jours"): LENGTH_OF rows. */
    private static final Set<String> LENGTH_OF = LanguageFolders.withWordsOfKind("dating.tsv", "LENGTH_OF");
    /** The words for days of every language (DAY rows of {@code dating.tsv}). */
    private static final Set<String> DAY_WORDS = LanguageFolders.withWordsOfKind("dating.tsv", "DAY");

    private TriggerDuration() {
    }

    /**
     * "une visite de trois jours", "una visita di tre giorni", "kunjungan selama tiga hari": a LENGTH_OF word, a count
     * of more than one and a word for days, right after the trigger.
     */
    private static Timex lengthAfter(Clause c, Trigger t) {
        List<Token> k = c.tokens();
        int i = 0;
        while (i < k.size() && k.get(i).start() < t.end()) {
            i++;
        }
        if (i + 2 >= k.size() || !LENGTH_OF.contains(k.get(i).lower()) || k.get(i).start() - t.end() > 1) {
            return null;
        }
        int days = CountWords.of(k.get(i + 1).lower());
        if (days < 2 || !DAY_WORDS.contains(k.get(i + 2).lower())) {
            return null;
        }
        int start = k.get(i + 1).start();
        int end = k.get(i + 2).end();
        return new Timex(start, end, c.doc().text().substring(start, end), TimexType.DURATION, "P" + days + "D",
                null, null, false);
    }

    /** How far after the trigger its length may begin ("visite de trois jours", "visita di tre giorni"). */
    private static final int AFTER = 5;

    /** The duration told just before the trigger, or right after it, or null. */
    static Timex of(Clause c, Trigger t) {
        for (Timex x : c.timexes()) {
            if (x.type() == TimexType.DURATION && x.end() <= t.start() && t.start() - x.end() < 12) {
                return x;
            }
        }
        for (Timex x : c.timexes()) {
            if (x.type() == TimexType.DURATION && x.start() >= t.end() && x.start() - t.end() <= AFTER
                    && DAYS.matcher(x.value()).matches()) {
                return x;
            }
        }
        Timex after = lengthAfter(c, t);
        if (after != null) {
            return after;
        }
        int from = Math.max(c.sentence().start(), t.start() - 20);
        Matcher m = N_DAY.matcher(c.doc().text().substring(from, t.start()));
        if (m.find()) {
            String count = m.group(1).toLowerCase(Locale.ROOT);
            int days = CountWords.of(count);
            // "a-day" or "one-day" in words is no length the text stresses; "1-day" in digits is
            if (days == 0 || days == 1 && !Character.isDigit(count.charAt(0))) {
                return null;
            }
            int start = from + m.start();
            int end = from + m.start() + m.group(1).length() + 4;
            return new Timex(start, end, c.doc().text().substring(start, end), TimexType.DURATION, "P" + days + "D",
                    null, null, false);
        }
        return null;
    }
}
