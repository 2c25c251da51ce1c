package org.diplomatictimeline.extract;

/**
 * A sentence (or heading line) of a document, as exact offsets into the document's text.
 *
 * @param paragraph index of the paragraph (block of lines between line breaks) the sentence sits in
 * @param heading   true for a short line without closing punctuation (a title or cross-head), not a sentence
 */
public record Sentence(int start, int end, int paragraph, boolean heading) {

    public Sentence {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad sentence offsets " + start + ".." + end);
        }
    }

    /** The sentence's text in the document it came from. */
    public String text(String documentText) {
        return documentText.substring(start, end);
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
