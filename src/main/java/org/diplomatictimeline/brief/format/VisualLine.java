package org.diplomatictimeline.brief.format;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;

/**
 * A line of text as it must be drawn by a renderer that places glyphs left to right in the order given and joins
 * nothing (PDFBox): Arabic letters shaped into their joining forms (initial, medial, final, isolated; lam-alef
 * ligatures) and right-to-left runs reordered by the Unicode bidi algorithm (ICU4J). A line with no right-to-left
 * character is left as it is.
 *
 * @param logical the text in reading order, as the article has it (what a PDF reader should extract)
 * @param visual  the glyph order to draw, left to right
 */
record VisualLine(String logical, String visual) {

    private static final ArabicShaping SHAPER = new ArabicShaping(ArabicShaping.LETTERS_SHAPE
            | ArabicShaping.TEXT_DIRECTION_LOGICAL | ArabicShaping.LENGTH_GROW_SHRINK);

    /** The line to draw for a logical line. */
    static VisualLine of(String logical) {
        if (!hasRightToLeft(logical)) {
            return new VisualLine(logical, logical);
        }
        String shaped;
        try {
            // shaping goes first, on the logical order: a letter's form depends on its neighbours in reading order
            shaped = SHAPER.shape(logical);
        } catch (ArabicShapingException e) {
            shaped = logical;
        }
        // the chronology's own words are English: every line runs left to right, its Arabic runs right to left
        Bidi bidi = new Bidi();
        bidi.setPara(shaped, Bidi.LTR, null);
        return new VisualLine(logical, bidi.writeReordered(Bidi.DO_MIRRORING | Bidi.REMOVE_BIDI_CONTROLS));
    }

    /** Whether the line needs reordering: it has a character of a right-to-left script (Arabic, Hebrew, ...). */
    static boolean hasRightToLeft(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            byte d = Character.getDirectionality(cp);
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /** Whether the text drawn differs from the text read, so the PDF must say what it reads as. */
    boolean reordered() {
        return !visual.equals(logical);
    }
}
