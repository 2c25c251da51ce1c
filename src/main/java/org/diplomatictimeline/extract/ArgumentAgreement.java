package org.diplomatictimeline.extract;

import java.util.List;
import java.util.Set;
import org.diplomatictimeline.model.Place;
import org.diplomatictimeline.model.PlaceKind;

/** How far two event clusters' arguments agree: their places and the people both name. */
final class ArgumentAgreement {

    private ArgumentAgreement() {
    }

    /** 2 for a shared place, 1 for a place inside the other's country, 0 when a side has none, -1 on conflict. */
    static int placeAgreement(List<Place> a, List<Place> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int best = -1;
        for (Place x : a) {
            for (Place y : b) {
                if (x.id().equals(y.id())) {
                    best = Math.max(best, 2);
                } else if (!x.countryCode().isBlank() && x.countryCode().equals(y.countryCode())
                        && (x.kind() == PlaceKind.COUNTRY || y.kind() == PlaceKind.COUNTRY
                        || x.kind() == PlaceKind.VENUE ^ y.kind() == PlaceKind.VENUE)) {
                    best = Math.max(best, 1);
                }
            }
        }
        return best;
    }

    /**
     * How many people of the smaller side the other side also names, where "Retno" and "Retno Marsudi" are one
     * person: an id whose name words all occur in the other's (articles give a surname or a full name).
     */
    static int sharedPeople(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int n = 0;
        for (String x : small) {
            if (large.contains(x) || large.stream().anyMatch(y -> samePerson(x, y))) {
                n++;
            }
        }
        return n;
    }

    /**
     * How many distinct people both sides name: one side's "Holm" and "Ingrid Elise Holm" are one
     * person met once on the other side, not two people in common; a name two outlets spell apart is one person. Across articles "two people in common" must be
     * two on each side.
     */
    static int distinctSharedPeople(Set<String> a, Set<String> b) {
        return Math.min(matched(a, b), matched(b, a));
    }

    /** How many ids of {@code a} are, in full or as a shorter form, one of {@code b}'s. */
    private static int matched(Set<String> a, Set<String> b) {
        int n = 0;
        for (String x : a) {
            if (b.contains(x) || b.stream().anyMatch(y -> samePersonAcross(x, y))) {
                n++;
            }
        }
        return n;
    }

    /** Across articles a person is also one whose name another outlet spells apart ({@link NameSpellings}). */
    static boolean samePersonAcross(String x, String y) {
        return samePerson(x, y) || NameSpellings.spelledApart(x, y);
    }

    static boolean samePerson(String x, String y) {
        if (x.equals(y)) {
            return true;
        }
        String nx = x.substring(x.indexOf(':') + 1);
        String ny = y.substring(y.indexOf(':') + 1);
        String shorter = nx.length() <= ny.length() ? nx : ny;
        String longer = "-" + (shorter == nx ? ny : nx) + "-";
        String[] words = shorter.split("-");
        if (words.length >= longer.split("-").length - 1) {
            return false; // as many words: different people, not a shorter form
        }
        for (String w : words) {
            if (!longer.contains("-" + w + "-")) {
                return false;
            }
        }
        return true;
    }

    /** How many ids the two sets share. */
    static int overlap(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int n = 0;
        for (String x : small) {
            if (large.contains(x)) {
                n++;
            }
        }
        return n;
    }
}
