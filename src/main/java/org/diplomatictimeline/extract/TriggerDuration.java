package org.diplomatictimeline.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplomatictimeline.time.Timex;
import org.diplomatictimeline.time.TimexType;

/** The length told with an event's word ("a two-day visit", "the 3-day summit"), as a duration in days. */
final class TriggerDuration {

    private static final Pattern N_DAY = Pattern.compile("(?i)(\\d{1,2}|two|three|four|five|six|seven)[- ]day\\W*\\w*\\W*$");

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
            String n = m.group(1).toLowerCase();
            int days = switch (n) {
                case "two" -> 2;
                case "three" -> 3;
                case "four" -> 4;
                case "five" -> 5;
                case "six" -> 6;
                case "seven" -> 7;
                default -> Integer.parseInt(n);
            };
            int start = from + m.start();
            int end = from + m.start() + m.group(1).length() + 4;
            return new Timex(start, end, c.doc().text().substring(start, end), TimexType.DURATION, "P" + days + "D",
                    null, null, false);
        }
        return null;
    }
}
