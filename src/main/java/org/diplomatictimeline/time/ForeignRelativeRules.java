package org.diplomatictimeline.time;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * "la semaine dernière", "nächstes Jahr", "el año pasado", "il mese scorso", "в прошлом году": this/last/next week,
 * month and year in French, German, Spanish, Italian and Russian, with the modifier before or after the unit.
 */
final class ForeignRelativeRules {

    private static final Map<String, Unit> UNITS = Map.ofEntries(
            Map.entry("semaine", Unit.WEEK), Map.entry("mois", Unit.MONTH), Map.entry("année", Unit.YEAR),
            Map.entry("an", Unit.YEAR), Map.entry("woche", Unit.WEEK), Map.entry("monat", Unit.MONTH),
            Map.entry("monats", Unit.MONTH), Map.entry("jahr", Unit.YEAR), Map.entry("jahres", Unit.YEAR),
            Map.entry("semana", Unit.WEEK), Map.entry("mes", Unit.MONTH), Map.entry("año", Unit.YEAR),
            Map.entry("settimana", Unit.WEEK), Map.entry("mese", Unit.MONTH), Map.entry("anno", Unit.YEAR),
            Map.entry("неделе", Unit.WEEK), Map.entry("неделю", Unit.WEEK), Map.entry("месяце", Unit.MONTH),
            Map.entry("году", Unit.YEAR));
    private static final Map<String, Integer> SHIFTS = Map.ofEntries(
            Map.entry("dernier", -1), Map.entry("dernière", -1), Map.entry("passé", -1), Map.entry("passée", -1),
            Map.entry("prochain", 1), Map.entry("prochaine", 1), Map.entry("cette", 0), Map.entry("ce", 0),
            Map.entry("cet", 0), Map.entry("letzte", -1), Map.entry("letzten", -1), Map.entry("letztes", -1),
            Map.entry("vergangene", -1), Map.entry("vergangenen", -1), Map.entry("vergangenes", -1),
            Map.entry("nächste", 1), Map.entry("nächsten", 1), Map.entry("nächstes", 1), Map.entry("kommende", 1),
            Map.entry("kommenden", 1), Map.entry("diese", 0), Map.entry("diesen", 0), Map.entry("dieses", 0),
            Map.entry("pasado", -1), Map.entry("pasada", -1), Map.entry("próximo", 1), Map.entry("próxima", 1),
            Map.entry("este", 0), Map.entry("esta", 0), Map.entry("scorso", -1), Map.entry("scorsa", -1),
            Map.entry("prossimo", 1), Map.entry("prossima", 1), Map.entry("questo", 0), Map.entry("questa", 0),
            Map.entry("quest", 0), Map.entry("прошлой", -1), Map.entry("прошлом", -1), Map.entry("прошлую", -1),
            Map.entry("следующей", 1), Map.entry("следующем", 1), Map.entry("следующую", 1),
            Map.entry("будущем", 1), Map.entry("этой", 0), Map.entry("этом", 0), Map.entry("эту", 0));
    /** Modifiers that follow the unit in Romance languages ("l'année dernière", "el año pasado"). */
    private static final Set<String> AFTER_UNIT = Set.of("dernier", "dernière", "passé", "passée", "prochain",
            "prochaine", "pasado", "pasada", "próximo", "próxima", "scorso", "scorsa", "prossimo", "prossima");

    /** "début juin", "Anfang Juni", "a principios de junio", "all'inizio di giugno", "в начале июня". */
    private static final Map<String, String> MONTH_MODS = Map.ofEntries(
            Map.entry("début", "EARLY"), Map.entry("mi", "MID"), Map.entry("fin", "LATE"),
            Map.entry("anfang", "EARLY"), Map.entry("mitte", "MID"), Map.entry("ende", "LATE"),
            Map.entry("principios", "EARLY"), Map.entry("mediados", "MID"), Map.entry("finales", "LATE"),
            Map.entry("inizio", "EARLY"), Map.entry("metà", "MID"), Map.entry("fine", "LATE"),
            Map.entry("начале", "EARLY"), Map.entry("середине", "MID"), Map.entry("конце", "LATE"));

    private final Scan s;
    private final LocalDate anchor;

    ForeignRelativeRules(Scan scan) {
        this.s = scan;
        this.anchor = scan.anchor;
    }

    /** Words that can begin one of these expressions, for {@link Vocabulary#canStart}. */
    static Set<String> startWords() {
        Set<String> words = new HashSet<>(UNITS.keySet());
        words.addAll(SHIFTS.keySet());
        words.addAll(MONTH_MODS.keySet());
        return words;
    }

    Candidate match(int i) {
        Token t = s.tok(i);
        if (t == null || !t.isWord()) {
            return null;
        }
        String mod = MONTH_MODS.get(t.lower());
        if (mod != null) {
            Candidate c = modifiedMonth(i, mod);
            if (c != null) {
                return c;
            }
        }
        Integer shift = SHIFTS.get(t.lower());
        if (shift != null) {
            int k = s.punct(i + 1, "'") || s.punct(i + 1, "’") ? i + 2 : i + 1;
            Unit unit = s.tok(k) == null ? null : UNITS.get(s.tok(k).lower());
            if (unit != null && !AFTER_UNIT.contains(t.lower()) || unit != null && t.lower().startsWith("pr")) {
                return candidate(i, k + 1, shift, unit);
            }
            return null;
        }
        Unit unit = UNITS.get(t.lower());
        Token next = s.tok(i + 1);
        if (unit != null && next != null && next.isWord() && AFTER_UNIT.contains(next.lower())) {
            return candidate(i, i + 2, SHIFTS.get(next.lower()), unit);
        }
        return null;
    }

    /** A month name after a part-of-month word; the month may stand alone here, the modifier makes it a date. */
    private Candidate modifiedMonth(int first, String mod) {
        int k = first + 1;
        if (s.dash(k) || s.word(k, "de") || s.word(k, "di") || s.word(k, "del")) {
            k++;
        }
        Token m = s.tok(k);
        int month = m == null || !m.isWord() ? 0 : s.vocab.foreignMonth(m.lower());
        if (month == 0) {
            return null;
        }
        int end = k + 1;
        if (s.number(end) && s.tok(end).length() == 4) {
            String value = AnchorCalendar.month(s.tok(end).number(), month);
            end += s.word(end + 1, "года") ? 2 : 1;
            return new Candidate(first, end, TimexType.DATE, value, mod, null, false);
        }
        String value = AnchorCalendar.month(month, s.direction(first, end), anchor);
        return new Candidate(first, end, TimexType.DATE, value, mod, null, true);
    }

    private Candidate candidate(int first, int end, int shift, Unit unit) {
        return Candidate.of(first, end, TimexType.DATE, AnchorCalendar.shift(anchor, shift, unit), true);
    }
}
