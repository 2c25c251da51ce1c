package org.diplomatictimeline.model;

import java.time.LocalDate;
import java.util.Objects;

/** An inclusive interval of calendar days: the days a date of any precision may fall on. */
public record DateSpan(LocalDate first, LocalDate last) {

    public DateSpan {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("span ends before it starts: " + first + " > " + last);
        }
    }

    /** A span of exactly one day. */
    public static DateSpan ofDay(LocalDate day) {
        return new DateSpan(day, day);
    }

    /** Number of days covered, at least one. */
    public long lengthInDays() {
        // Epoch days, not ChronoUnit.DAYS.between: the same count, asked for every pair compared while merging.
        return last.toEpochDay() - first.toEpochDay() + 1;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }

    public boolean overlaps(DateSpan other) {
        return !other.last.isBefore(first) && !other.first.isAfter(last);
    }

    /** The smallest span covering both. */
    public DateSpan union(DateSpan other) {
        LocalDate f = first.isBefore(other.first) ? first : other.first;
        LocalDate l = last.isAfter(other.last) ? last : other.last;
        return new DateSpan(f, l);
    }
}
