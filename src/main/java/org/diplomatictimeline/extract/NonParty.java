package org.diplomatictimeline.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.extract.lang.LanguageFolders;
import org.diplomatictimeline.extract.mention.Mention;
import org.diplomatictimeline.extract.mention.MentionKind;

/**
 * Mentions in a clause that name no party of its event although they stand where a party would: the agency a
 * dateline credits, the place a dateline files from, names inside the quotation a reporting verb closes, and the
 * country whose press reports ("Chilean media").
 */
final class NonParty {

    /** Nouns for the press ("media", "medios", "СМИ"): lang/&lt;code&gt;/reporting.tsv, MEDIA. */
    private static final Set<String> MEDIA = LanguageFolders.withWordsOfKind("reporting.tsv", "MEDIA");

    private NonParty() {
    }

    /**
     * "JAKARTA, March 3 (Xinhua) --", "WASHINGTON (AP) -": the news agency credited in a dateline, in parentheses
     * near the start of its line, files the story and takes no part in it.
     */
    static boolean agencyCredit(String text, Mention m) {
        if (m.kind() != MentionKind.ORGANISATION || m.start() == 0 || m.end() >= text.length()
                || text.charAt(m.start() - 1) != '(' || text.charAt(m.end()) != ')') {
            return false;
        }
        int lineStart = text.lastIndexOf('\n', m.start()) + 1;
        return m.start() - lineStart <= 60;
    }

    /**
     * "London: Major oil producers agreed ...", "Manama : Gulf leaders signed ...", "Pretoria – South Africa will
     * host ...", "NAIROBI, May 3 (Reuters) - ...": the place opening a line before a colon or dash is where the story was filed (its dateline), not a
     * party speaking or acting for its government.
     */
    static boolean datelinePlace(Document doc, Mention m) {
        if (!ActorMapper.isPlace(m)) {
            return false;
        }
        String text = doc.text();
        int lineStart = text.lastIndexOf('\n', m.start() - 1) + 1;
        if (m.start() >= doc.bodyStart()) {
            lineStart = Math.max(lineStart, doc.bodyStart()); // the body opens after a " date ..." header line
        }
        if (!text.substring(lineStart, m.start()).isBlank()) {
            return false;
        }
        int i = m.end();
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) {
            i++;
        }
        if (i >= text.length()) {
            return false;
        }
        char ch = text.charAt(i);
        if (ch == ':' || ch == '\u2014' || ch == '\u2013'
                || ch == '-' && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
            return true;
        }
        String written = text.substring(m.start(), m.end());
        return written.equals(written.toUpperCase(Locale.ROOT))
                && written.chars().anyMatch(Character::isLetter) && stampThenDash(text, m.end());
    }

    /** How far a dateline's stamp may run from its city to the dash or colon that opens the story. */
    private static final int STAMP_REACH = 50;

    /**
     * "NAIROBI, May 3 (Reuters) -", "DOHA, Qatar —", "WASHINGTON (AP) —": after a city in capitals, a date, country or
     * agency credit on the same line before the dash or colon that opens the story.
     */
    private static boolean stampThenDash(String text, int end) {
        int stop = Math.min(text.length(), end + STAMP_REACH);
        for (int i = end; i < stop; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return false;
            }
            boolean doubleOrSpaced = i + 1 < stop && (text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '-');
            if (c == '\u2014' || c == '\u2013' || c == ':' || c == '-' && doubleOrSpaced) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a mention lies in the quoted words a reporting verb closes ("Long live the union of A and B!" added
     * the ruler; «...», afirmó X): what the quote names was said, it does not say it.
     */
    static boolean insideQuoteBefore(Clause c, Trigger t, Mention m) {
        if (m.end() > t.start()) {
            return false;
        }
        String text = c.doc().text();
        int quote = ClauseSegmenter.lastQuoteBefore(text, m.end(), t.start());
        if (quote < m.end()) {
            return false; // no quotation mark between the name and the verb
        }
        for (int i = quote + 1; i < t.start(); i++) {
            char ch = text.charAt(i);
            if (!Character.isWhitespace(ch) && ch != ',' && ch != '\u00A0') {
                return false; // the quote does not end right at the verb: "X, who said "...", then met Y"
            }
        }
        return true;
    }

    /**
     * "According to Chilean media", "los medios venezolanos informaron", "laut russischen Medien": a country or place
     * named just before or after a noun for the press says whose press reports, not that the country speaks.
     */
    static boolean pressOf(Clause c, Mention m) {
        if (m.kind() == MentionKind.PERSON || m.kind() == MentionKind.ORGANISATION) {
            return false;
        }
        Token before = null;
        for (Token t : c.tokens()) {
            if (t.end() <= m.start()) {
                before = t;
            } else if (t.start() >= m.end()) {
                return MEDIA.contains(t.lower()) || before != null && MEDIA.contains(before.lower());
            }
        }
        return before != null && MEDIA.contains(before.lower());
    }
}
