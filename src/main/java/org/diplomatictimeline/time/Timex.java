package org.diplomatictimeline.time;

import java.util.Objects;

/**
 * A temporal expression found in text, normalised to a TIMEX3 value.
 *
 * @param start    offset of the first character in the tagged text
 * @param end      exclusive end offset
 * @param text     exactly text.substring(start, end)
 * @param value    TIMEX3 value: "2019-06-05", "2019-06", "2019-W23", "2019-SU", "PAST_REF", "P2D", or with
 *                 "XXXX" where the year could not be anchored ("XXXX-05-13")
 * @param mod      TIMEX3 modifier (APPROX, EARLY, MID, LATE, BEFORE, AFTER, ...) or null
 * @param endValue for a range written as one expression ("June 5-7", "from 12 to 13 May"), the value of its end; else null
 * @param relative true when the value needed the anchor date to resolve ("on Thursday", "next month", "May 13")
 */
public record Timex(int start, int end, String text, TimexType type, String value, String mod, String endValue,
                    boolean relative) {

    public Timex {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        if (start < 0 || end < start || text.length() != end - start) {
            throw new IllegalArgumentException("bad timex offsets " + start + ".." + end + " for '" + text + "'");
        }
    }
}
