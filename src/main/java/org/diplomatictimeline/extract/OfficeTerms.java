package org.diplomatictimeline.extract;

import java.text.Normalizer;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.diplomatictimeline.extract.docdate.OfficeSpan;
import org.diplomatictimeline.extract.lang.LanguageFolders;
import org.diplomatictimeline.extract.mention.Mention;
import org.diplomatictimeline.extract.mention.MentionKind;
import org.diplomatictimeline.table.ResourceTable;

/**
 * The years an article lies in by the office holders it names: a text that calls two people president of their
 * countries was written while both were; read from the table of terms of office ({@code office-terms.tsv}).
 */
public final class OfficeTerms {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final OfficeTerms STANDARD = new OfficeTerms(ResourceTable.read(OfficeTerms.class,
            "office-terms.tsv"), LanguageFolders.linesOfAll("offices.tsv"));

    private record Term(String office, YearMonth from, YearMonth to) {
    }

    /** Terms by the person's name in lower case. */
    private final Map<String, List<Term>> terms = new HashMap<>();
    /** The English office each spelling of the language folders' offices.tsv names, longest spelling first. */
    private final Map<String, String> officeWords = new LinkedHashMap<>();
    /** Words that say a role's holder has left office ("ancien", "السابق"), of every language folder. */
    private final Set<String> formerWords = new HashSet<>();

    OfficeTerms(ResourceTable table) {
        this(table, List.of());
    }

    /** The terms of {@code table}; {@code officeRows} are the offices.tsv rows (office, tab, spellings). */
    OfficeTerms(ResourceTable table, List<String> officeRows) {
        List<String[]> words = new ArrayList<>();
        for (String row : officeRows) {
            String[] f = row.split("\t");
            if (f[0].strip().equals("FORMER") && f.length > 1) {
                for (String w : f[1].split("\\|")) {
                    formerWords.add(plain(w));
                }
                continue;
            }
            for (String form : f.length < 2 ? new String[0] : f[1].split("\\|")) {
                if (!form.isBlank()) {
                    words.add(new String[] {plain(form), f[0].strip()});
                }
            }
        }
        words.sort((a, b) -> b[0].length() - a[0].length());
        for (String[] w : words) {
            officeWords.putIfAbsent(w[0], w[1]);
        }
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

    /** The terms bundled with the application, with the office words of every language folder. */
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
            if (held.isEmpty()) {
                // "президент Узбекистана", "ministre des Affaires étrangères": the office in the text's language
                Optional<String> office = officeNamed(m.role());
                held = office.isEmpty() ? held
                        : all.stream().filter(t -> t.office().equalsIgnoreCase(office.get())).toList();
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

    /** The English office a role in another language starts with ("президент Узбекистана"), the longest first. */
    private Optional<String> officeNamed(String role) {
        String plain = plain(role);
        if (plain.isEmpty() || Arrays.stream(plain.split(" ")).anyMatch(formerWords::contains)) {
            return Optional.empty();
        }
        for (Map.Entry<String, String> e : officeWords.entrySet()) {
            if (plain.equals(e.getKey()) || plain.startsWith(e.getKey() + " ")) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    /** Lower case without accents, runs of spaces as one. */
    private static String plain(String s) {
        String lower = s.strip().toLowerCase(Locale.ROOT);
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("").replaceAll("\\s+", " ");
    }

    /** "2019-05", or "2019" as its first or last month. */
    private static YearMonth month(String cell, int monthOfYear) {
        return cell.length() == 4 ? YearMonth.of(Integer.parseInt(cell), monthOfYear) : YearMonth.parse(cell);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
