package org.diplomatictimeline.extract.mention;

import java.util.ArrayList;
import java.util.List;

/**
 * Resolves a group phrase ("the two leaders", "les deux présidents", "ambos mandatarios") to the two office holders
 * the text named last whose roles fit the group's title: the parties of the encounter just told.
 */
final class GroupReference {

    /** How many earlier person mentions a group phrase may reach back to (keeps the cost linear). */
    private static final int LOOK_BACK = 40;

    private final PhraseTrie titles;

    GroupReference(Gazetteer gazetteer) {
        this.titles = gazetteer.titles;
    }

    /**
     * The two people, earlier-named first, or an empty list when fewer than two distinct people with a fitting role
     * are in reach.
     *
     * @param title  the group's title entry (class and English title, as a titles.tsv row)
     * @param recent people in text order, the latest last
     */
    List<Person> holders(GazetteerEntry title, List<Person> recent) {
        List<Person> found = new ArrayList<>(2);
        int stop = Math.max(0, recent.size() - LOOK_BACK);
        for (int k = recent.size() - 1; k >= stop && found.size() < 2; k--) {
            Person candidate = recent.get(k);
            if (!found.contains(candidate) && fits(candidate.role, title)) {
                found.add(0, candidate);
            }
        }
        return found.size() == 2 ? found : List.of();
    }

    /**
     * Whether a role names no serving office other than the title's class: "помощник президента" (an aide of the
     * president) names an official and is never "the president of Egypt", though it holds the word.
     */
    boolean noOtherOffice(String role, GazetteerEntry title) {
        List<Token> words = Tokenizer.tokenize(role, 0, role.length());
        for (int i = 0; i < words.size(); i++) {
            PhraseTrie.Match m = titles.longest(words, i, words.size());
            if (m != null) {
                String own = TitleParser.titleClass(m.entry());
                return !TitleClasses.SUBORDINATE.contains(own) || own.equals(TitleParser.titleClass(title));
            }
        }
        return true;
    }

    /**
     * Whether a role fits the group's title: by the English roles, or, for a role in another language ("президент
     * России", "président"), by the class of the title it holds.
     */
    private boolean fits(String role, GazetteerEntry title) {
        if (RoleMatch.fits(role, title)) {
            return true;
        }
        List<Token> words = Tokenizer.tokenize(role, 0, role.length());
        for (int i = 0; i < words.size(); i++) {
            PhraseTrie.Match m = titles.longest(words, i, words.size());
            if (m != null) {
                return TitleParser.titleClass(m.entry()).equals(TitleParser.titleClass(title));
            }
        }
        return false;
    }
}
