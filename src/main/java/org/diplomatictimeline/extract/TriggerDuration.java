package org.diplomatictimeline.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplomatictimeline.time.Timex;
import org.diplomatictimeline.time.TimexType;

/** The length told with an event's word ("a two-day visit", "the 3-day summit"), as a duration in days. */
final class TriggerDuration {

    /** "a two-day", "the 3-day": a count and the unit just before the trigger; the count is read by CountWords. */
    private static final Pattern N_DAY = Pattern.compile("(?i)(?<![\\p{L}\\d])(\\d{1,2}|\\p{L}+)[- ]day\\W*\\w*\\W*$");

    private TriggerDuration() {
    }

    /** The duration told just before the trigger, or null. */
    static Timex of(Clause c, Trigger t) {
        for (Timex x : c.timexes()) {
            if (x.type() == TimexType.DURATION && x.end() <= t.start() && t.start() - x.end() < 12) {
                return x;
            }
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
