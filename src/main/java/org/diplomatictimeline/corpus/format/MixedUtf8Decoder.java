package org.diplomatictimeline.corpus.format;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes text that is UTF-8 but for a few stray bytes (a paragraph pasted from an old Windows editor): valid
 * UTF-8 sequences as UTF-8, every other byte on its own as windows-1252, so neither part turns into mojibake.
 */
final class MixedUtf8Decoder {

    private static final char[] HIGH_HALF = highHalf();

    /**
     * The decoded text and how many bytes were not UTF-8.
     *
     * @param text       the text
     * @param strayBytes bytes decoded as windows-1252
     * @param multiByte  valid UTF-8 sequences of two bytes or more
     */
    record Result(String text, int strayBytes, int multiByte) {
    }

    Result decode(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length);
        int stray = 0;
        int multi = 0;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                out.append((char) b);
                i++;
                continue;
            }
            int length = sequenceLength(bytes, i);
            if (length > 0) {
                int cp = codePoint(bytes, i, length);
                out.appendCodePoint(cp);
                multi++;
                i += length;
            } else {
                out.append(windows1252(b));
                stray++;
                i++;
            }
        }
        return new Result(out.toString(), stray, multi);
    }

    /** The length of the valid UTF-8 sequence starting at i, or 0 if none starts there (RFC 3629 ranges). */
    private static int sequenceLength(byte[] bytes, int i) {
        int b = bytes[i] & 0xFF;
        int length;
        int low = 0x80;
        int high = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            low = b == 0xE0 ? 0xA0 : 0x80;
            high = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            low = b == 0xF0 ? 0x90 : 0x80;
            high = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            return 0;
        }
        if (i + length > bytes.length) {
            return 0;
        }
        int second = bytes[i + 1] & 0xFF;
        if (second < low || second > high) {
            return 0;
        }
        for (int k = 2; k < length; k++) {
            int c = bytes[i + k] & 0xFF;
            if (c < 0x80 || c > 0xBF) {
                return 0;
            }
        }
        return length;
    }

    private static int codePoint(byte[] bytes, int i, int length) {
        int cp = (bytes[i] & 0xFF) & (0xFF >> (length + 1));
        for (int k = 1; k < length; k++) {
            cp = (cp << 6) | (bytes[i + k] & 0x3F);
        }
        return cp;
    }

    private static char windows1252(int b) {
        return HIGH_HALF[b - 0x80];
    }

    /** windows-1252 for 0x80-0xFF; its five undefined bytes keep their ISO-8859-1 (control) meaning. */
    private static char[] highHalf() {
        char[] table = new char[128];
        CharsetDecoder decoder = TextDecoder.WINDOWS_1252.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        for (int b = 0x80; b <= 0xFF; b++) {
            try {
                CharBuffer c = decoder.decode(ByteBuffer.wrap(new byte[] {(byte) b}));
                table[b - 0x80] = c.get(0);
            } catch (CharacterCodingException e) {
                table[b - 0x80] = (char) b;
            }
        }
        return table;
    }
}
