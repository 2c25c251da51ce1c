package org.diplomatictimeline.brief.format;

import org.diplomatictimeline.brief.ChronologyEvent;
import org.diplomatictimeline.brief.Citation;

/** The plain-text pieces every format (and the printed chronology) shares: one line per citation, excerpts on one line. */
public final class CitationText {

    private CitationText() {
    }

    /** "reuters.com, 2019-05-13: “excerpt” (article 001, characters 120–180)". */
    public static String line(Citation c) {
        return c.sourceName() + ", " + (c.date() == null ? "undated" : c.date()) + ": “" + oneLine(c.text())
                + "” (article " + c.documentId() + ", characters " + c.start() + "–" + c.end() + ")";
    }

    /** Whitespace runs, line breaks included, become one space. */
    static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** "Weight 7.5: reported by ..." */
    public static String weight(ChronologyEvent e) {
        return "weight " + e.weight().value() + ": " + e.weight().reason();
    }

    /** "; 3 further reports not cited" or nothing. */
    public static String omitted(ChronologyEvent e) {
        int n = e.omittedCitations();
        return n == 0 ? "" : n + (n == 1 ? " further report is" : " further reports are") + " not cited";
    }
}
