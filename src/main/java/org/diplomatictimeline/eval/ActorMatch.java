package org.diplomatictimeline.eval;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.Participant;

/**
 * Whether an extracted event's participants overlap a reader's actors: a shared country code, a person sharing a
 * name word (surname-only and spelling-with-accents mentions count), or an organisation whose name contains the
 * other's.
 */
final class ActorMatch {

    private ActorMatch() {
    }

    static boolean overlaps(ExpectedSet.Event expected, Event event) {
        for (Participant p : event.participants()) {
            if (matches(expected, p)) {
                return true;
            }
        }
        return false;
    }

    static boolean matches(ExpectedSet.Event expected, Participant p) {
        if (!p.countryCode().isEmpty() && expected.countries().contains(p.countryCode())) {
            return true;
        }
        for (String c : expected.countries()) {
            if (p.id().equalsIgnoreCase("country:" + c)) {
                return true;
            }
        }
        List<String> words = words(p.name());
        for (String person : expected.people()) {
            for (String w : words(person)) {
                if (w.length() >= 4 && words.contains(w)) {
                    return true;
                }
            }
        }
        String name = fold(p.name());
        for (String org : expected.orgs()) {
            String o = fold(org);
            if (!name.isEmpty() && (name.contains(o) || o.contains(name))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> words(String s) {
        return Arrays.stream(fold(s).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }

    /** Lower case without accents, so "França" and "Franca" meet. */
    static String fold(String s) {
        String decomposed = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).trim();
    }
}
