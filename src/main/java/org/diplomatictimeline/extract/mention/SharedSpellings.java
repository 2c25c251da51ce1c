package org.diplomatictimeline.extract.mention;

import static org.diplomatictimeline.extract.mention.GazetteerRows.field;
import static org.diplomatictimeline.extract.mention.GazetteerRows.read;
import static org.diplomatictimeline.extract.mention.GazetteerRows.split;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Spellings that name places of two countries (Arabic "عمان" is Oman and Amman, the capital of Jordan), from
 * {@code shared-spellings.tsv}: in one document such a spelling is the reading whose country the document names
 * elsewhere; with both countries named it stays unresolved (dropped); with neither the default reading stands.
 * Immutable after construction.
 */
final class SharedSpellings {

    /** The readings of each spelling, as token keys, the default first. */
    private final Map<String, List<GazetteerEntry>> readings = new LinkedHashMap<>();

    /** The spellings of the table whose readings {@code byName} knows (by English name). */
    SharedSpellings(Function<String, GazetteerEntry> byName) {
        for (String[] f : read("shared-spellings.tsv")) {
            List<GazetteerEntry> entries = new ArrayList<>();
            for (String name : split(field(f, 1))) {
                GazetteerEntry e = byName.apply(name);
                if (e != null) {
                    entries.add(e);
                }
            }
            String spelling = field(f, 0);
            if (entries.size() >= 2) {
                readings.put(Tokenizer.key(spelling, 0, spelling.length()), List.copyOf(entries));
            }
        }
    }

    /** The hits with each shared spelling read by the document's other countries; unresolved ones left out. */
    List<ScanHit> resolve(List<ScanHit> hits, List<Token> tokens) {
        if (readings.isEmpty()) {
            return hits;
        }
        List<List<GazetteerEntry>> choices = new ArrayList<>(hits.size());
        Set<String> named = new HashSet<>();
        boolean any = false;
        for (ScanHit h : hits) {
            List<GazetteerEntry> r = readingsOf(h, tokens);
            choices.add(r);
            any |= r != null;
            String cc = h.person() != null ? h.person().countryCode : h.entry().countryCode();
            if (r == null && cc != null && !cc.isEmpty()) {
                named.add(cc); // "الأردن", "الأردني", a Jordanian minister
            }
        }
        if (!any) {
            return hits;
        }
        List<ScanHit> out = new ArrayList<>(hits.size());
        for (int k = 0; k < hits.size(); k++) {
            ScanHit h = hits.get(k);
            List<GazetteerEntry> r = choices.get(k);
            if (r == null) {
                out.add(h);
                continue;
            }
            List<GazetteerEntry> fit = r.stream().filter(e -> named.contains(e.countryCode())).toList();
            if (fit.size() == 1) {
                out.add(new ScanHit(h.from(), h.to(), fit.get(0), null));
            } else if (fit.isEmpty()) {
                out.add(h);
            }
        }
        return out;
    }

    /** The readings of the shared spelling a one-token hit is (proclitics before it allowed), or null. */
    private List<GazetteerEntry> readingsOf(ScanHit h, List<Token> tokens) {
        if (h.entry() == null || h.to() != h.from() + 1) {
            return null;
        }
        String key = tokens.get(h.from()).key();
        for (Map.Entry<String, List<GazetteerEntry>> e : readings.entrySet()) {
            if (key.endsWith(e.getKey()) && e.getValue().stream().anyMatch(r -> r.id().equals(h.entry().id()))) {
                return e.getValue();
            }
        }
        return null;
    }
}
