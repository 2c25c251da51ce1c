package org.diplomatictimeline.extract.mention;

import java.util.List;
import java.util.function.Predicate;

/**
 * The earlier person a role-only mention ("the Chinese leader", "his counterpart") refers to, chosen among the
 * person mentions that precede it.
 */
final class RoleAntecedent {

    /** How many earlier person mentions a role-only mention may reach back to. */
    private static final int LOOK_BACK = 40;

    private RoleAntecedent() {
    }

    /**
     * The nearest earlier person of the mention's country whose role fits its title (for a counterpart: the nearest
     * of the named country), else the nearest of no known country whose role fits; null when none does. {@code ownOffice}
     * rejects a role that names another office holding the title's word ("помощник президента").
     */
    static Person find(List<Person> recent, GazetteerEntry title, String countryCode, boolean counterpart,
                       Predicate<String> ownOffice) {
        Person found = null;
        // Look back over a bounded number of person mentions: keeps the cost linear when nothing fits.
        int stop = Math.max(0, recent.size() - LOOK_BACK);
        Person countryUnknown = null;
        for (int k = recent.size() - 1; k >= stop && found == null; k--) {
            Person candidate = recent.get(k);
            if (!countryCode.isEmpty() && !countryCode.equals(candidate.countryCode)) {
                if (countryUnknown == null && !counterpart && candidate.countryCode.isEmpty()
                        && RoleMatch.fits(candidate.role, title) && ownOffice.test(candidate.role)) {
                    countryUnknown = candidate; // "Prime Minister X ... the Ethiopian premier": a second choice
                }
                continue;
            }
            if (counterpart ? !countryCode.isEmpty()
                    : RoleMatch.fits(candidate.role, title) && ownOffice.test(candidate.role)) {
                found = candidate;
            }
        }
        return found == null ? countryUnknown : found;
    }
}
