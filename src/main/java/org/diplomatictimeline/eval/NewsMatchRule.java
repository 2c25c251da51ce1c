package org.diplomatictimeline.eval;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.Participant;

/**
 * The matching rule of news-dev's {@code score_news.py}, written out once so the command gives the same figures: a
 * gold event is answered by an extracted event of the same file (by stem) with a compatible start date that shares
 * a participant word, the place or, where gold names neither, the type.
 */
public final class NewsMatchRule {

    // Python's \s on an ASCII string also takes the separators \x1c-\x1f; Java's does not.
    private static final Pattern SAINT = Pattern.compile("\\bst\\.?[ \\t\\n\\x0B\\f\\r\\x1C-\\x1F]");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9 ]+");

    private NewsMatchRule() {
    }

    /** NFKD, ASCII only, lower case, "st." as "saint", anything but letters, digits and spaces as a space. */
    public static String norm(String s) {
        if (s == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder ascii = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c < 128) {
                ascii.append(c);
            }
        }
        String lower = ascii.toString().toLowerCase(Locale.ROOT);
        String saint = SAINT.matcher(lower).replaceAll("saint ");
        return NOT_WORD.matcher(saint).replaceAll(" ").strip();
    }

    /** The words of at least two characters of the normalised names. */
    public static Set<String> tokens(Collection<String> names) {
        Set<String> tokens = new LinkedHashSet<>();
        for (String n : names) {
            for (String t : norm(n).split("\\s+")) {
                if (t.length() >= 2) {
                    tokens.add(t);
                }
            }
        }
        return tokens;
    }

    /**
     * The words the scorer sees in an exported participant. score_news.py tokenises {@code str()} of the exported
     * object, so its field names and every string field (id, name, kind, role, country) count; this text gives the
     * same words (the values are quoted, as in Python's form, so a value ending in "st" is not read as "saint").
     */
    public static Set<String> participantTokens(List<Participant> participants) {
        return tokens(participants.stream().map(NewsMatchRule::asExported).toList());
    }

    static String asExported(Participant p) {
        return "{'id': '" + p.id() + "', 'name': '" + p.name() + "', 'kind': '" + p.kind().name() + "', 'role': '"
                + p.role() + "', 'country': '" + p.countryCode() + "'}";
    }

    /** The file name without folder and its last extension. */
    public static String stem(String path) {
        if (path == null) {
            return "";
        }
        String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        // Like os.path.splitext: a leading dot (".hidden") is part of the name, not an extension.
        return dot > 0 && name.chars().limit(dot).anyMatch(c -> c != '.') ? name.substring(0, dot) : name;
    }

    /** The event's start value as exported ("" when undated). */
    public static String start(Event e) {
        return e.when().value() == null ? "" : e.when().value();
    }

    /** Same value, or a longer (finer) value that begins with the gold one. */
    public static boolean compatible(String extracted, String gold) {
        return !extracted.isEmpty() && extracted.length() >= gold.length() && extracted.startsWith(gold);
    }

    /** Places agree when both are named and one normalised name contains the other. */
    public static boolean samePlace(String a, String b) {
        String x = norm(a);
        String y = norm(b);
        return !x.isEmpty() && !y.isEmpty() && (x.contains(y) || y.contains(x));
    }

    /** The "who or where" half of the rule: a shared participant word, the place, or the type when gold names neither. */
    public static boolean sharesWhoOrWhere(NewsGold.GoldEvent g, Event e) {
        Set<String> gp = tokens(g.participants());
        if (!Collections.disjoint(gp, participantTokens(e.participants()))) {
            return true;
        }
        String place = e.place() == null ? null : e.place().name();
        if (samePlace(g.place(), place)) {
            return true;
        }
        return gp.isEmpty() && norm(g.place()).isEmpty() && norm(e.type().category().word()).equals(norm(g.type()));
    }

    /** The whole rule: a compatible start date and a shared participant, place or type. */
    public static boolean answers(Event e, NewsGold.GoldEvent g) {
        return compatible(start(e), g.dateStart()) && sharesWhoOrWhere(g, e);
    }
}
