package org.diplomatictimeline.extract;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.diplomatictimeline.extract.docdate.OfficeSpan;
import org.diplomatictimeline.extract.mention.Mention;
import org.diplomatictimeline.extract.mention.MentionKind;
import org.diplomatictimeline.table.ResourceTable;

/**
 * The years an article lies in by the office holders it names: a text that calls two people president of their
 * countries was written while both were; read from the table of terms of office ({@code office-terms.tsv}).
 */
public final class OfficeTerms {

    private static final OfficeTerms STANDARD = new OfficeTerms(ResourceTable.read(OfficeTerms.class,
            "office-terms.tsv"));

    private record Term(String office, YearMonth from, YearMonth to) {
    }

    /** Terms by the person's name in lower case. */
    private final Map<String, List<Term>> terms = new HashMap<>();

    OfficeTerms(ResourceTable table) {
        for (ResourceTable.Row row : table.rows()) {
            String[] c = row.cells(3);
            String last = c.length > 3 ? c[3].strip() : "";
            try {
                YearMonth from = month(c[2].strip(), 1);
                YearMonth to = last.isEmpty() ? OfficeSpan.OPEN : month(last, 12);
                terms.computeIfAbsent(key(c[0]), k -> new ArrayList<>()).add(new Term(c[1].strip(), from, to));
            } catch (DateTimeParseException | NumberFormatException e) {
                throw row.malformed("not a month (YYYY-MM) or year: " + row.line());
            }
        }
    }

    /** The terms bundled with the application. */
    static OfficeTerms standard() {
        return STANDARD;
    }

    /**
     * The years every office holder the mentions name held office together: a person named in a role (the role the
     * text gives, else the one the gazetteer knows) counts with the terms of that office; empty when no one known is
     * named or their terms never overlap (a text that also names past holders says nothing by them).
     */
    public Optional<OfficeSpan> span(List<Mention> mentions) {
        Map<String, List<Term>> named = new LinkedHashMap<>();
        for (Mention m : mentions) {
            List<Term> all = m.kind() == MentionKind.PERSON ? terms.get(key(m.name())) : null;
            if (all == null || named.containsKey(m.name())) {
                continue;
            }
            List<Term> held = all.stream().filter(t -> holds(m.role().strip(), t.office())).toList();
            if (held.isEmpty()) {
                // "President of Uzbekistan", "Presidente de la República": the office with its country after it
                held = all.stream().filter(t -> qualifies(m.role().strip(), t.office())).toList();
            }
            named.put(m.name(), held.isEmpty() && m.role().isBlank() ? all : held);
        }
        YearMonth from = YearMonth.of(1, 1);
        YearMonth to = OfficeSpan.OPEN;
        List<String> who = new ArrayList<>();
        for (Map.Entry<String, List<Term>> e : named.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue; // named in an office the table does not list ("former president"): no bound
            }
            // of a person's terms, the one that overlaps what the others allow; two that do leave it open
            List<Term> fitting = new ArrayList<>();
            for (Term t : e.getValue()) {
                if (!t.from().isAfter(to) && !t.to().isBefore(from)) {
                    fitting.add(t);
                }
            }
            if (fitting.size() != 1) {
                if (fitting.isEmpty()) {
                    return Optional.empty();
                }
                continue;
            }
            Term t = fitting.get(0);
            from = t.from().isAfter(from) ? t.from() : from;
            to = t.to().isBefore(to) ? t.to() : to;
            who.add(e.getKey() + " (" + t.office() + " " + t.from() + "–" + (t.to().equals(OfficeSpan.OPEN) ? ""
                    : t.to().toString()) + ")");
        }
        if (who.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new OfficeSpan(from, to, "the office holders it names: " + String.join(", ", who)));
    }

    /**
     * Whether a role as the text gives it names the office: the office itself, or followed by the country's adjective
     * some languages write after it ("President français", "Presidente argentino").
     */
    private static boolean holds(String role, String office) {
        return role.equalsIgnoreCase(office) || role.regionMatches(true, 0, office + " ", 0, office.length() + 1)
                && role.indexOf(' ', office.length() + 1) < 0;
    }

    /**
     * Whether a role as the text gives it is the office followed by the country or body it serves ("President of
     * Uzbekistan", "Presidente de la República"), asked only when no role names the office itself.
     */
    private static boolean qualifies(String role, String office) {
        return role.length() > office.length() + 1 && role.regionMatches(true, 0, office + " ", 0, office.length() + 1);
    }

    /** "2019-05", or "2019" as its first or last month. */
    private static YearMonth month(String cell, int monthOfYear) {
        return cell.length() == 4 ? YearMonth.of(Integer.parseInt(cell), monthOfYear) : YearMonth.parse(cell);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
