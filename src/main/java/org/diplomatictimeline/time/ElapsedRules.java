package org.diplomatictimeline.time;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.diplomatictimeline.time.TimeLexicon.Entry;
import org.diplomatictimeline.time.TimeLexicon.Kind;

/**
 * A time counted back from the anchor in the languages with time data: "il y a deux semaines", "vor drei Tagen",
 * "hace un mes", "há dois anos", "قبل أسبوعين" (the word for "ago" before the count) and "due settimane fa", "три дня
 * назад", "dua minggu lalu" (after it). The count is a number or a count word; a unit row may carry its own count
 * (the Arabic dual "أسبوعين", two weeks, or a singular that means one). The rules know no word of any language.
 */
final class ElapsedRules {

    /** The kinds of phrase such an expression may start with. */
    static final Set<Kind> START_KINDS = EnumSet.of(Kind.AGO_BEFORE, Kind.COUNT);

    private final Scan s;
    private final LocalDate anchor;
    private final TimeLexicon lexicon = TimeLexicon.get();

    ElapsedRules(Scan scan) {
        this.s = scan;
        this.anchor = scan.anchor;
    }

    Candidate match(int i) {
        Token t = s.tok(i);
        if (t == null) {
            return null;
        }
        Entry before = t.isWord() ? lexicon.match(s, i, Kind.AGO_BEFORE, null) : null;
        if (before != null) {
            Counted counted = counted(i + before.length(), true);
            return counted == null ? null : shifted(i, counted.end(), counted);
        }
        Counted counted = counted(i, false);
        if (counted == null) {
            return null;
        }
        Entry after = lexicon.match(s, counted.end(), Kind.AGO_AFTER, null);
        return after == null ? null : shifted(i, counted.end() + after.length(), counted);
    }

    /** A count of units ending before {@code end}. */
    private record Counted(long amount, Unit unit, int end) {
    }

    /** "deux semaines", "3 Tagen", or (when {@code unitAlone}) a unit row that carries its count ("أسبوعين"). */
    private Counted counted(int k, boolean unitAlone) {
        long amount;
        int u;
        Token t = s.tok(k);
        if (t == null) {
            return null;
        }
        if (t.isNumber() && t.length() <= 3) {
            amount = t.number();
            u = k + 1;
        } else {
            Entry count = t.isWord() ? lexicon.match(s, k, Kind.COUNT, null) : null;
            if (count == null) {
                if (!unitAlone) {
                    return null;
                }
                return ownCount(k);
            }
            amount = count.number();
            u = k + count.length();
        }
        Entry unit = lexicon.match(s, u, Kind.COUNT_UNIT, null);
        if (unit == null || amount <= 0) {
            return null;
        }
        return new Counted(amount, Unit.valueOf(unitName(unit)), u + unit.length());
    }

    /** A unit row whose value names its count ("WEEK*2"): the dual or a singular meaning one. */
    private Counted ownCount(int k) {
        Entry unit = lexicon.match(s, k, Kind.COUNT_UNIT, null);
        if (unit == null || !unit.value().contains("*")) {
            return null;
        }
        long amount = Long.parseLong(unit.value().substring(unit.value().indexOf('*') + 1));
        return new Counted(amount, Unit.valueOf(unitName(unit)), k + unit.length());
    }

    private static String unitName(Entry unit) {
        int star = unit.value().indexOf('*');
        return star < 0 ? unit.value() : unit.value().substring(0, star);
    }

    private Candidate shifted(int first, int end, Counted counted) {
        return Candidate.of(first, end, TimexType.DATE, AnchorCalendar.shift(anchor, -counted.amount(), counted.unit()),
                true);
    }
}
