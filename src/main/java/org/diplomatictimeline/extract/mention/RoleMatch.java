package org.diplomatictimeline.extract.mention;

import java.util.List;
import java.util.Locale;

/** Decides whether a role-only mention ("the Chinese leader", "the minister") fits a person's known role. */
final class RoleMatch {

    private static final List<String> HEADS = List.of(
            "president", "prime minister", "premier", "chancellor", "king", "queen", "emir", "sultan", "leader",
            "chairman", "chairwoman", "general secretary", "supreme leader", "head of state", "emperor", "crown prince");
    private static final List<String> FOREIGN = List.of(
            "foreign minister", "secretary of state", "foreign secretary", "external affairs", "foreign affairs",
            "top diplomat", "state councilor", "state councillor");

    private RoleMatch() {
    }

    /**
     * Whether a person with {@code personRole} can be called by {@code title} (a titles.tsv entry, whose id is
     * "title:" + class and whose name is the canonical title).
     */
    static boolean fits(String personRole, GazetteerEntry title) {
        String role = personRole.toLowerCase(Locale.ROOT);
        if (role.isEmpty()) {
            return false;
        }
        String cls = title.id().substring("title:".length());
        // A title of another language fits by its own name ("председатель" after "председатель КНР ...") or by
        // the English title its row names ("President" of the file of well-known people).
        return fits(role, cls, title.name().toLowerCase(Locale.ROOT))
                || !title.role().isEmpty() && fits(role, cls, title.role().toLowerCase(Locale.ROOT));
    }

    /** Whether a role names a head of state or government ("President", "presidente russo"), not a deputy. */
    static boolean head(String personRole) {
        String role = personRole.toLowerCase(Locale.ROOT);
        return !role.contains("vice") && !role.contains("deputy") && HEADS.stream().anyMatch(role::contains);
    }

    private static boolean fits(String role, String cls, String canonical) {
        boolean deputy = role.contains("vice") || role.contains("deputy");
        switch (cls) {
            case "head":
                if (deputy) {
                    return false;
                }
                if (canonical.equals("leader") || canonical.equals("head of state")) {
                    return HEADS.stream().anyMatch(role::contains) || TitleForms.holds(role, "head");
                }
                if (canonical.equals("prime minister") || canonical.equals("premier")) {
                    return role.contains("prime minister") || role.contains("premier");
                }
                return role.contains(canonical);
            case "foreign":
                // a role in any language's words for the office ("ministre des Affaires étrangères", "canciller")
                return FOREIGN.stream().anyMatch(role::contains) || TitleForms.holds(role, "foreign");
            case "minister":
                if (canonical.equals("minister")) {
                    return role.contains("minister") && !role.contains("prime minister");
                }
                return role.contains(canonical);
            case "spokes":
                return role.contains("spokes") || role.contains("press secretary");
            case "envoy":
                return role.contains("ambassador") || role.contains("envoy") || role.contains("representative");
            default:
                return false;
        }
    }
}
