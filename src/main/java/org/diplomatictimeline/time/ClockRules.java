package org.diplomatictimeline.time;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/** Times of day: "17:52", "3 p.m.", "0800 UTC", "noon"; joined with a following day word ("12:00 UTC Monday"). */
final class ClockRules {

    private static final Set<String> UTC = Set.of("utc", "gmt", "z");
    private static final Set<String> OTHER_ZONES = Set.of("cet", "cest", "est", "edt", "pst", "pdt", "cst", "cdt",
            "msk", "bst", "ist", "jst", "hkt", "mst", "mdt", "eet", "eest", "wet", "aest", "sgt", "et", "pt", "ct");

    private final Scan s;
    private final LocalDate anchor;

    ClockRules(Scan scan) {
        this.s = scan;
        this.anchor = scan.anchor;
    }

    Candidate match(int i) {
        Token t = s.tok(i);
        if (t.isWord()) {
            if (t.is("noon") || t.is("midday") || t.is("midnight")) {
                return finish(i, i + 1, t.is("midnight") ? 0 : 12, 0);
            }
            return null;
        }
        if (!t.isNumber()) {
            return null;
        }
        int h = t.number();
        int min = 0;
        int k = i + 1;
        if (t.length() <= 2 && (s.punct(k, ":") || s.punct(k, ".") && meridiemEnd(k + 2) > 0)
                && s.adjacent(k) && s.number(k + 1) && s.adjacent(k + 1) && s.tok(k + 1).length() == 2) {
            min = s.tok(k + 1).number();
            k += 2;
            if (s.punct(k, ":") && s.adjacent(k) && s.number(k + 1) && s.tok(k + 1).length() == 2) {
                k += 2;
            }
        } else if (t.length() == 4 && zoneEnd(k) > k) {
            min = h % 100;
            h = h / 100;
        } else if (t.length() > 2 || meridiemEnd(k) < 0) {
            return null;
        }
        int m = meridiemEnd(k);
        if (m > 0) {
            if (h < 1 || h > 12) {
                return null;
            }
            boolean pm = s.tok(k).lower().startsWith("p");
            h = h % 12 + (pm ? 12 : 0);
            k = m;
        } else if (s.word(k, "o") && s.punct(k + 1, "'") && s.word(k + 2, "clock")) {
            k += 3;
        }
        if (h > 23 || min > 59) {
            return null;
        }
        return finish(i, k, h, min);
    }

    private Candidate finish(int first, int k, int h, int min) {
        int end = zoneEnd(k);
        String zone = end > k ? zoneSuffix(s.punct(k, "(") ? k + 1 : k) : "";
        String day = anchor == null ? "XXXX-XX-XX" : AnchorCalendar.day(anchor);
        Candidate following = dayAfter(end);
        if (following != null) {
            day = following.value();
            end = following.end();
        }
        String value = day + String.format("T%02d:%02d", h, min) + zone;
        return Candidate.of(first, end, TimexType.TIME, value, following == null || following.relative());
    }

    /** "UTC", "GMT+3", "(GMT +8)", "CET": the token after the zone, or k when there is none. */
    private int zoneEnd(int k) {
        int j = k;
        boolean paren = s.punct(j, "(");
        if (paren) {
            j++;
        }
        Token z = s.tok(j);
        if (z == null || !z.isWord() || !(UTC.contains(z.lower()) || OTHER_ZONES.contains(z.lower()))
                || !z.text().equals(z.text().toUpperCase(Locale.ROOT))) {
            return k;
        }
        j++;
        if ((s.punct(j, "+") || s.dash(j)) && s.number(j + 1)) {
            j += 2;
            if (s.punct(j, ":") && s.number(j + 1)) {
                j += 2;
            }
        }
        if (paren) {
            if (!s.punct(j, ")")) {
                return k;
            }
            j++;
        }
        return j;
    }

    /** "UTC" -> "Z", "GMT+3" -> "+03:00", "UTC-05:30" -> "-05:30"; other zones are kept in the text only. */
    private String zoneSuffix(int z) {
        if (!UTC.contains(s.tok(z).lower())) {
            return "";
        }
        int j = z + 1;
        boolean plus = s.punct(j, "+");
        if ((plus || s.dash(j)) && s.number(j + 1) && s.tok(j + 1).number() <= 14) {
            int minutes = s.punct(j + 2, ":") && s.number(j + 3) ? s.tok(j + 3).number() : 0;
            return String.format("%s%02d:%02d", plus ? "+" : "-", s.tok(j + 1).number(), minutes);
        }
        return "Z";
    }

    /** The token after "am", "pm", "a.m.", "p.m." at k, or -1. */
    private int meridiemEnd(int k) {
        Token t = s.tok(k);
        if (t == null || !t.isWord()) {
            return -1;
        }
        if (t.is("am") || t.is("pm")) {
            return t.text().equals("Am") || t.text().equals("Pm") ? -1 : k + 1;
        }
        if ((t.is("a") || t.is("p")) && s.punct(k + 1, ".") && s.adjacent(k + 1) && s.word(k + 2, "m")
                && s.adjacent(k + 2)) {
            return s.punct(k + 3, ".") && s.adjacent(k + 3) ? k + 4 : k + 3;
        }
        return -1;
    }

    /** A day named right after the time: "today", "Monday", "yesterday". */
    private Candidate dayAfter(int k) {
        Token t = s.tok(k);
        if (t == null || !t.isWord()) {
            return null;
        }
        if (t.is("today")) {
            return Candidate.of(k, k + 1, TimexType.DATE, anchor == null ? "XXXX-XX-XX" : AnchorCalendar.day(anchor),
                    true);
        }
        if (t.is("yesterday") || t.is("tomorrow")) {
            int d = t.is("yesterday") ? -1 : 1;
            return Candidate.of(k, k + 1, TimexType.DATE,
                    anchor == null ? "XXXX-XX-XX" : AnchorCalendar.day(anchor.plusDays(d)), true);
        }
        int dow = s.vocab.weekday(t.lower());
        if (dow > 0 && t.isCapitalized() && t.length() > 4) {
            return Candidate.of(k, k + 1, TimexType.DATE,
                    AnchorCalendar.weekday(dow, s.direction(k, k + 1), anchor), true);
        }
        return null;
    }
}
