package org.diplomatictimeline.extract;

import java.util.List;
import java.util.Set;
import org.diplomatictimeline.extract.lang.LanguageFolders;

/**
 * Where what a reporting verb reports stands: the words that open it ("said that", "dijo que", "заявил, что",
 * "mengatakan bahwa"; lang/&lt;code&gt;/reporting.tsv, CONTENT) or an opening quotation mark after the verb, and
 * whether the verb itself stands inside someone's quoted words. A date in what is reported dates what was said, not
 * the saying; a reporting verb inside a quotation is part of what was said, not a statement of its own.
 */
final class ReportedContent {

    /** "that", "que", "dass", "что", "bahwa", "أن": words that open what a reporting verb reports. */
    private static final Set<String> OPENERS = LanguageFolders.withWordsOfKind("reporting.tsv", "CONTENT");
    /** How many words may stand between the verb and the word opening its content ("said on Monday that"). */
    static final int REACH = 7;
    /** Quotation marks of every language, whichever way they face. */
    private static final String QUOTES = "\"\u201C\u201D\u201E\u00AB\u00BB";

    private ReportedContent() {
    }

    /**
     * The offset where what {@code t} reports begins when a word or an opening quotation mark opens it within
     * reach after the verb, else {@link Integer#MAX_VALUE}.
     */
    static int start(List<Token> tokens, Trigger t) {
        int after = t.tokenIndex() + 1;
        while (after < tokens.size() && tokens.get(after).start() < t.end()) {
            after++;
        }
        for (int k = after; k < Math.min(tokens.size(), after + REACH); k++) {
            String w = tokens.get(k).lower();
            if (opens(w)) {
                return tokens.get(k).start();
            }
            if (w.length() == 1 && QUOTES.indexOf(w.charAt(0)) >= 0 && (k == after
                    || k == after + 1 && (tokens.get(after).lower().equals(":")
                    || tokens.get(after).lower().equals(",")))) {
                return tokens.get(k).start(); // "said: “...”", "a déclaré : « ... »"
            }
            if (w.equals(".") || w.equals(";")) {
                break;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** Whether a word opens what is reported; a French elided "qu'il" counts as its "qu'". */
    private static boolean opens(String w) {
        if (OPENERS.contains(w)) {
            return true;
        }
        int apostrophe = w.indexOf('\'');
        return apostrophe > 0 && apostrophe < w.length() - 1 && OPENERS.contains(w.substring(0, apostrophe + 1));
    }

    /**
     * Whether the word at {@code [from, to)} stands inside a quotation of the sentence {@code [sentenceStart,
     * sentenceEnd)}: an odd number of quotation marks before it and an odd number after it ("“The government ...
     * announces it has restored relations,” said the minister"). A quote left open from the sentence before
     * ("... again,” Ada said") has none after, so its closing verb stays a report.
     */
    static boolean quoted(String text, int sentenceStart, int sentenceEnd, int from, int to) {
        return odd(text, sentenceStart, from) && odd(text, to, sentenceEnd);
    }

    private static boolean odd(String text, int from, int to) {
        int n = 0;
        for (int i = Math.max(0, from); i < Math.min(text.length(), to); i++) {
            if (QUOTES.indexOf(text.charAt(i)) >= 0) {
                n++;
            }
        }
        return n % 2 == 1;
    }
}
