package org.diplomatictimeline.extract.mention;

import java.util.List;
import java.util.Set;
import org.diplomatictimeline.extract.lang.LanguageFolders;

/**
 * Organisations the gazetteers do not list, recognised by their shape: capitalised words ending in an institution
 * word ("Brookings Institution", "Russian Academy of Sciences", "Institute for Peace Studies").
 */
final class OrganisationPattern {

    private static final Set<String> ORG_HEADS = Set.of(
            "institution", "institute", "university", "college", "academy", "foundation", "endowment", "council",
            "centre", "center", "association", "agency", "bank", "fund", "corporation", "company", "committee",
            "commission", "party", "society", "club", "forum", "organisation", "organization", "group", "alliance",
            "league", "ministry", "department", "service", "court", "parliament", "assembly", "congress", "union",
            "federation", "authority", "office", "bureau", "network", "movement", "front", "army", "guard");
    /** The language folders' table of the words organisation names are made of. */
    private static final String FILE = "organisation-names.tsv";

    /** Stop words that may still open an organisation's name ("International Economic Forum"): OPENER rows. */
    private static final Set<String> ORG_OPENERS = LanguageFolders.withWordsOfKind(FILE, "OPENER");
    /** Lower-case words inside an organisation's name ("Academy of Sciences"): CONNECTOR rows. */
    private static final Set<String> CONNECTORS = LanguageFolders.withWordsOfKind(FILE, "CONNECTOR");
    /** Connectors that may continue a name after its institution word ("Institute for Peace Studies"). */
    private static final Set<String> LINKS_AFTER_HEAD = LanguageFolders.withWordsOfKind(FILE, "AFTER_HEAD");

    private OrganisationPattern() {
    }

    /** A capitalised phrase ending in an institution word: "Brookings Institution", "Russian Academy of Sciences". */
    static int end(List<Token> tokens, int i, Set<String> stopwords) {
        Token first = tokens.get(i);
        if (!first.isCapitalised() || stopwords.contains(first.key()) && !ORG_OPENERS.contains(first.key())) {
            return i;
        }
        int n = tokens.size();
        int j = i;
        int words = 0;
        int end = i;
        boolean headSeen = false;
        boolean linked = false;
        while (j < n && words < 8) {
            Token t = tokens.get(j);
            if (j > i && t.lineBefore()) {
                break;
            }
            if (t.isCapitalised()) {
                words++;
                j++;
                if (ORG_HEADS.contains(t.key()) && words >= 2) {
                    headSeen = true;
                    end = j;
                    linked = false;
                } else if (headSeen && linked) {
                    end = j; // "Institute for Peace Studies": the name goes on after "of", "for", "on"
                } else if (headSeen) {
                    break; // "Brookings Institution Fellow ...": the name has ended
                }
            } else if (t.shape() == Token.LOWER && CONNECTORS.contains(t.key()) && j + 1 < n
                    && tokens.get(j + 1).isCapitalised() && words > 0
                    && !stopwords.contains(tokens.get(j + 1).key())) {
                if (headSeen && !LINKS_AFTER_HEAD.contains(t.key())) {
                    break; // "VTB Group and Gazprombank" are two organisations
                }
                linked |= headSeen;
                j++;
            } else {
                break;
            }
        }
        return end;
    }

}
