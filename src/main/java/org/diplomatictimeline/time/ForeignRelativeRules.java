package org.diplomatictimeline.time;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.diplomatictimeline.time.TimeLexicon.Entry;
import org.diplomatictimeline.time.TimeLexicon.Kind;

/**
 * Relative expressions of the languages with time data ({@link TimeLexicon}): "aujourd'hui", "hari ini", "ontem";
 * "la semaine dernière", "nächstes Jahr", "el año pasado", "tahun depan"; "ce lundi", "lunedì prossimo", "nesta
 * quinta-feira", "Kamis lalu"; "début juin", "a principios de junio". The shift word stands before or after the unit
 * or weekday as the data says; the rules themselves know no word of any language.
 */
final class ForeignRelativeRules {

    /** The kinds of phrase an expression of these rules may start with. */
    static final Set<Kind> START_KINDS = EnumSet.of(Kind.DAY, Kind.SHIFT, Kind.UNIT, Kind.WEEKDAY,
            Kind.PART_OF_MONTH, Kind.RANGE_FROM);

    private final Scan s;
    private final LocalDate anchor;
    private final TimeLexicon lexicon = TimeLexicon.get();
    private final MonthNames months;

    ForeignRelativeRules(Scan scan) {
        this.s = scan;
        this.months = new MonthNames(scan);
        this.anchor = scan.anchor;
    }

    /** Words that can begin one of these expressions, for {@link Vocabulary#canStart}. */
    static Set<String> startWords() {
        return TimeLexicon.get().startWords(START_KINDS);
    }

    Candidate match(int i) {
        Token t = s.tok(i);
        if (t == null || !t.isWord()) {
            return null;
        }
        Candidate c = null;
        Entry mod = lexicon.match(s, i, Kind.PART_OF_MONTH, null);
        if (mod != null) {
            c = modifiedMonth(i, i + mod.length(), mod.value());
        }
        Entry day = lexicon.match(s, i, Kind.DAY, null);
        if (day != null) {
            c = Candidate.longer(c, Candidate.of(i, i + day.length(), TimexType.DATE, dayValue(day.number()), true));
        }
        Entry shift = lexicon.match(s, i, Kind.SHIFT, "before");
        if (shift != null) {
            int k = i + shift.length();
            if (s.punct(k, "'") || s.punct(k, "’")) {
                k++;
            }
            c = Candidate.longer(c, shifted(i, k, shift.number()));
        }
        Entry unit = lexicon.match(s, i, Kind.UNIT, null);
        if (unit != null) {
            Entry after = lexicon.match(s, i + unit.length(), Kind.SHIFT, "after");
            if (after != null) {
                c = Candidate.longer(c, Candidate.of(i, i + unit.length() + after.length(), TimexType.DATE,
                        shiftedUnit(unit, after.number()), true));
            }
        }
        c = Candidate.longer(c, weekday(i));
        c = Candidate.longer(c, monthOfShiftedYear(i));
        return c;
    }

    /** "julho deste ano", "Juli letzten Jahres", "juillet de l'année dernière", "мае этого года", "Juli tahun ini". */
    private Candidate monthOfShiftedYear(int i) {
        int month = s.vocab.foreignMonth(s.tok(i).lower());
        if (month == 0 || anchor == null) {
            return null;
        }
        int k = i + 1;
        // Up to a connector and an article: "de l'année", "del año", "dell'anno".
        for (int n = 0; n < 2; n++) {
            Entry of = lexicon.match(s, k, Kind.OF, null);
            if (of == null) {
                break;
            }
            k += of.length();
            if (s.punct(k, "'") || s.punct(k, "’")) {
                k++;
            }
        }
        int shift;
        int end;
        Entry before = lexicon.match(s, k, Kind.SHIFT, "before");
        Entry unit;
        int u = before == null ? k : k + before.length() + (s.punct(k + before.length(), "'")
                || s.punct(k + before.length(), "’") ? 1 : 0);
        if (before != null && (unit = lexicon.match(s, u, Kind.UNIT, null)) != null) {
            shift = before.number();
            end = u + unit.length();
        } else if ((unit = lexicon.match(s, k, Kind.UNIT, null)) != null) {
            Entry after = lexicon.match(s, k + unit.length(), Kind.SHIFT, "after");
            if (after == null) {
                return null;
            }
            shift = after.number();
            end = k + unit.length() + after.length();
        } else {
            return null;
        }
        if (!unit.value().equals("YEAR")) {
            return null;
        }
        return Candidate.of(i, end, TimexType.DATE, AnchorCalendar.month(anchor.getYear() + shift, month), true);
    }

    /** A shift word's unit or weekday at k: "semaine" in "cette semaine", "quinta-feira" in "nesta quinta-feira". */
    private Candidate shifted(int first, int k, int shift) {
        Entry unit = lexicon.match(s, k, Kind.UNIT, null);
        if (unit != null) {
            return Candidate.of(first, k + unit.length(), TimexType.DATE,
                    shiftedUnit(unit, shift), true);
        }
        int[] day = weekdayAt(s, k);
        if (day == null) {
            return null;
        }
        return Candidate.of(first, day[1], TimexType.DATE, AnchorCalendar.weekdayOffset(day[0], shift, anchor), true);
    }

    /** The value of a unit row shifted from the anchor; a WEEKEND row is that week's weekend ("le week-end dernier"). */
    private String shiftedUnit(Entry unit, int shift) {
        if (!unit.value().equals("WEEKEND")) {
            return AnchorCalendar.shift(anchor, shift, Unit.valueOf(unit.value()));
        }
        String week = AnchorCalendar.shift(anchor, shift, Unit.WEEK);
        return week.endsWith("REF") ? week : week + "-WE";
    }

    /** A weekday with a shift after it ("lundi dernier", "Kamis lalu"), or a many-word weekday name alone. */
    private Candidate weekday(int i) {
        int[] day = weekdayAt(s, i);
        if (day == null) {
            return null;
        }
        Entry after = lexicon.match(s, day[1], Kind.SHIFT, "after");
        if (after != null) {
            return Candidate.of(i, day[1] + after.length(), TimexType.DATE,
                    AnchorCalendar.weekdayOffset(day[0], after.number(), anchor), true);
        }
        if (day[1] - i < 2 && lexicon.match(s, i, Kind.WEEKDAY, null) == null) {
            // One-word names the locale data knows are read by RelativeRules, with the clause's tense.
            return null;
        }
        return Candidate.of(i, day[1], TimexType.DATE,
                AnchorCalendar.weekday(day[0], s.direction(i, day[1]), anchor), true);
    }

    /**
     * The weekday named at token i as {ISO day, end token}, or null: a phrase of the time data ("quinta-feira",
     * "Minggu") or a one-word name of the locale data ("lundi", "четверг").
     */
    static int[] weekdayAt(Scan s, int i) {
        Token t = s.tok(i);
        if (t == null || !t.isWord()) {
            return null;
        }
        Entry e = TimeLexicon.get().match(s, i, Kind.WEEKDAY, null);
        if (e != null) {
            return new int[] {e.number(), i + e.length()};
        }
        int dow = s.vocab.weekday(t.lower());
        if (dow == 0 || s.vocab.isWeekdayAbbreviation(t.lower()) || s.vocab.weekdayNeedsCapital(t.lower())
                || !t.isCapitalized() && t.lower().endsWith("day")) {
            return null;
        }
        return new int[] {dow, i + 1};
    }

    /** A month name after a part-of-month word; the month may stand alone here, the modifier makes it a date. */
    private Candidate modifiedMonth(int first, int k, String mod) {
        Entry of = lexicon.match(s, k, Kind.OF, null);
        if (s.dash(k)) {
            k++;
        } else if (of != null) {
            k += of.length();
        }
        int month = months.number(k, true);
        if (month == 0) {
            return null;
        }
        int end = months.end(k);
        if (s.number(end) && s.tok(end).length() == 4) {
            String value = AnchorCalendar.month(s.tok(end).number(), month);
            end += s.word(end + 1, "года") ? 2 : 1;
            return new Candidate(first, end, TimexType.DATE, value, mod, null, false);
        }
        String value = AnchorCalendar.month(month, s.direction(first, end), anchor);
        return new Candidate(first, end, TimexType.DATE, value, mod, null, true);
    }

    private String dayValue(int days) {
        if (anchor == null) {
            return days == 0 ? "PRESENT_REF" : days < 0 ? "PAST_REF" : "FUTURE_REF";
        }
        return AnchorCalendar.day(anchor.plusDays(days));
    }
}
