package org.diplomatictimeline.cli;

import java.util.Locale;

/**
 * Text from outside (file names, above all) made safe to print on a terminal: control characters and the
 * invisible direction marks are written as {@code \\uXXXX}, so a name cannot move the cursor, clear the screen or
 * disguise itself.
 */
final class TerminalText {

    private TerminalText() {
    }

    /** {@code raw} with every control or bidirectional formatting character escaped; backslashes stay as they are. */
    static String escape(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (isUnsafe(c)) {
                if (out == null) {
                    out = new StringBuilder(raw.length() + 16).append(raw, 0, i);
                }
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? raw : out.toString();
    }

    private static boolean isUnsafe(char c) {
        return Character.getType(c) == Character.CONTROL
                || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069' || c == '\u200E' || c == '\u200F'
                || c == '\u2028' || c == '\u2029';
    }
}
