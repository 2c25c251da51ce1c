package org.diplomatictimeline.time;

/** Calendar and clock units as they appear in durations, sets and shifts ("two days", "every year", "a week ago"). */
enum Unit {
    SECOND("S", true, 0), MINUTE("M", true, 0), HOUR("H", true, 0),
    DAY("D", false, 1), WEEK("W", false, 7), MONTH("M", false, 0), QUARTER("Q", false, 0),
    YEAR("Y", false, 0), DECADE("Y", false, 0), CENTURY("Y", false, 0);

    private final String letter;
    private final boolean clock;
    private final int days;

    Unit(String letter, boolean clock, int days) {
        this.letter = letter;
        this.clock = clock;
        this.days = days;
    }

    /** The ISO 8601 duration of {@code amount} units: P2D, PT30M, P10Y for a decade. */
    String duration(String amount) {
        String n = amount;
        if (this == DECADE || this == CENTURY) {
            n = scale(amount, this == DECADE ? 10 : 100);
        }
        return (clock ? "PT" : "P") + n + letter;
    }

    boolean isClock() {
        return clock;
    }

    /** Days in the unit when fixed (day, week), else 0. */
    int fixedDays() {
        return days;
    }

    private static String scale(String amount, int factor) {
        if (amount.equals("X")) {
            return "X";
        }
        double v = Double.parseDouble(amount) * factor;
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
