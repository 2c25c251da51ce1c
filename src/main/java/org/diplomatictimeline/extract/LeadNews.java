package org.diplomatictimeline.extract;

/**
 * Whether a background fact told without a date is the article's news: its type's profile says the lead tells it
 * so ({@code lead_news}), it is told as an act, and its sentence, prose, opens the article's prose. "Norway and Chile have restored their
 * diplomatic ties" in the lead is the day's news; the same words further down, or "relations"
 * in a headline, are the backdrop. Page furniture before the lead (a byline, a date line, a title) ends no sentence,
 * so it does not push the lead down.
 */
final class LeadNews {

    /** The lead: the sentences of the article's prose before which at most this many sentences ended. */
    static final int SENTENCES_BEFORE = 1;

    private LeadNews() {
    }

    /** Whether {@code t} is told by the article's lead as its news. */
    static boolean tells(Clause c, Trigger t) {
        return EventTypeProfile.of(t.type()).leadNews() && toldAsAct(t) && ClauseDater.prose(c)
                && sentenceEndsBefore(c.doc().text(), c.sentence().start(), SENTENCES_BEFORE + 1) <= SENTENCES_BEFORE;
    }

    /**
     * A verb ("rompió", "restored"), or a noun the clause's tense places ("have restored their diplomatic ties",
     * "will reestablish relations"): an act done to the relations, not "tension in diplomatic relations".
     */
    private static boolean toldAsAct(Trigger t) {
        return t.pos().equals("VERB") || t.status() != null;
    }

    /**
     * How many sentences end in {@code text} before {@code offset}, counting up to {@code cap}: a full stop, question
     * or exclamation mark after a small letter, a digit or a closing quote or bracket, and before white space. A stop
     * after a capital ("U.S.") is left out, so an initial never shortens the lead; a title or a byline ends none.
     */
    static int sentenceEndsBefore(String text, int offset, int cap) {
        int count = 0;
        for (int i = 1; i + 1 < offset && count < cap; i++) {
            char ch = text.charAt(i);
            if ((ch == '.' || ch == '!' || ch == '?' || ch == '\u061F' || ch == '\u3002')
                    && Character.isWhitespace(text.charAt(i + 1)) && endsWord(text.charAt(i - 1))) {
                count++;
            }
        }
        return count;
    }

    private static boolean endsWord(char before) {
        // a small letter, or a letter of a script without capitals (Arabic), ends a word; a capital is an initial
        return Character.isLetter(before) && !Character.isUpperCase(before) || Character.isDigit(before)
                || before == '"' || before == '\u201D' || before == ')' || before == '\u00BB';
    }
}
