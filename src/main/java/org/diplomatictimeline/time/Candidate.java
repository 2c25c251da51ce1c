package org.diplomatictimeline.time;

/**
 * A recognised expression over tokens [first, end) before it becomes a {@link Timex}.
 *
 * @param relative true when the value needed the anchor date (or would have, had there been one)
 */
record Candidate(int first, int end, TimexType type, String value, String mod, String endValue, boolean relative) {

    static Candidate of(int first, int end, TimexType type, String value, boolean relative) {
        return new Candidate(first, end, type, value, null, null, relative);
    }

    Candidate withSpan(int newFirst, int newEnd) {
        return new Candidate(newFirst, newEnd, type, value, mod, endValue, relative);
    }

    Candidate withMod(String newMod) {
        return new Candidate(first, end, type, value, newMod, endValue, relative);
    }

    Candidate withEnd(int newEnd, String newEndValue, boolean alsoRelative) {
        return new Candidate(first, newEnd, type, value, mod, newEndValue, relative || alsoRelative);
    }

    Candidate withValue(TimexType newType, String newValue) {
        return new Candidate(first, end, newType, newValue, mod, endValue, relative);
    }

    int length() {
        return end - first;
    }

    /** Keeps the longer of two candidates; on a tie the first one. */
    static Candidate longer(Candidate a, Candidate b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return b.end > a.end ? b : a;
    }
}
