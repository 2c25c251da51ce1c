package org.diplomatictimeline.extract.docdate;

/**
 * A text with its digits of other scripts written as ASCII digits ("١٤ مارس ٢٠٢٢" as "14 مارس 2022"), one char for
 * one char, so that offsets stay the text's: the date readers' patterns know ASCII digits only, and an Arabic page
 * stamps its date in Arabic-Indic ones as often as not.
 */
public final class AsciiDigits {

    private AsciiDigits() {
    }

    /** {@code text} with every decimal digit of another script as its ASCII digit; the same instance when it has none. */
    public static String fold(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0x7f && Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = (char) ('0' + Character.digit(c, 10));
            }
        }
        return chars == null ? text : new String(chars);
    }
}
