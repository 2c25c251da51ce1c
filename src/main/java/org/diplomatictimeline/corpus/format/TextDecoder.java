package org.diplomatictimeline.corpus.format;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decodes the bytes of a text file: a byte order mark wins, then UTF-16 recognised by its NUL pattern, then strict
 * UTF-8, then windows-1252 (or ISO-8859-1) with a warning; binary content is refused.
 *
 * <p>Stateless and thread-safe. The byte order mark is dropped from the text: it is not part of the article, and
 * keeping it would shift the inline date line off offset 0.
 */
public final class TextDecoder {

    /** The message for content that is not text. */
    public static final String NOT_TEXT = "not a text document (binary content)";

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");

    /** How many leading bytes the UTF-16 and binary sniffing look at. */
    private static final int SNIFF_BYTES = 8192;
    /** Share of control characters above which decoded "text" is taken for binary data. */
    private static final double MAX_CONTROL_RATIO = 0.05;
    /** Share of non-ASCII letters in a windows-1252 reading above which the guess is called doubtful. */
    private static final double DOUBTFUL_HIGH_RATIO = 0.25;

    /**
     * Decodes the bytes.
     *
     * @throws DocumentReadException when the content is binary or cannot be decoded as text at all
     */
    public DecodedText decode(byte[] bytes) throws DocumentReadException {
        List<String> warnings = new ArrayList<>();
        Optional<Bom> bom = Bom.of(bytes);
        if (bom.isPresent()) {
            Bom b = bom.get();
            String text = decodeLenient(bytes, b.length, b.charset, warnings);
            return checked(new DecodedText(text, b.charset.name(), warnings));
        }
        Optional<Charset> utf16 = utf16ByNulPattern(bytes);
        if (utf16.isPresent()) {
            String text = decodeStrict(bytes, 0, utf16.get())
                    .orElseThrow(() -> new DocumentReadException(NOT_TEXT));
            warnings.add("no byte order mark; read as " + utf16.get().name() + " from its pattern of zero bytes");
            return checked(new DecodedText(text, utf16.get().name(), warnings));
        }
        if (containsNul(bytes)) {
            throw new DocumentReadException(NOT_TEXT);
        }
        Optional<String> utf8 = decodeStrict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return checked(new DecodedText(utf8.get(), StandardCharsets.UTF_8.name(), warnings));
        }
        MixedUtf8Decoder.Result mixed = new MixedUtf8Decoder().decode(bytes);
        if (mixed.multiByte() > 0 && mixed.strayBytes() <= mixed.multiByte()) {
            // Mostly UTF-8 with a few foreign bytes: decoding all of it as windows-1252 would garble the UTF-8.
            int n = mixed.strayBytes();
            warnings.add("mostly UTF-8, but " + n + (n == 1 ? " byte was" : " bytes were")
                    + " not; decoded as windows-1252");
            return checked(new DecodedText(mixed.text(), StandardCharsets.UTF_8.name(), warnings));
        }
        // Not UTF-8: the usual culprit is a file saved by an older Windows editor.
        Charset fallback = WINDOWS_1252;
        String text = decodeStrict(bytes, 0, WINDOWS_1252).orElse(null);
        if (text == null) {
            // Bytes windows-1252 leaves undefined (0x81, 0x8D...): ISO-8859-1 maps every byte.
            fallback = StandardCharsets.ISO_8859_1;
            text = new String(bytes, StandardCharsets.ISO_8859_1);
        }
        String warning = "decoded as " + fallback.name() + " (the file is not valid UTF-8)";
        double high = highShare(text);
        if (high > DOUBTFUL_HIGH_RATIO) {
            warning += String.format(Locale.ROOT,
                    "; %d%% of its letters are not ASCII, so it may be in another encoding: save it as UTF-8",
                    Math.round(high * 100));
        }
        warnings.add(warning);
        return checked(new DecodedText(text, fallback.name(), warnings));
    }

    private static DecodedText checked(DecodedText decoded) throws DocumentReadException {
        if (controlShare(decoded.text()) > MAX_CONTROL_RATIO) {
            throw new DocumentReadException(NOT_TEXT);
        }
        return decoded;
    }

    private static Optional<String> decodeStrict(byte[] bytes, int offset, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** A byte order mark declares the encoding; bad sequences after it are replaced rather than re-guessed. */
    private static String decodeLenient(byte[] bytes, int offset, Charset charset, List<String> warnings) {
        Optional<String> strict = decodeStrict(bytes, offset, charset);
        if (strict.isPresent()) {
            return strict.get();
        }
        warnings.add("invalid " + charset.name() + " despite its byte order mark; bad bytes shown as \uFFFD");
        return new String(bytes, offset, bytes.length - offset, charset);
    }

    /**
     * Mostly-ASCII text in UTF-16 has a zero byte in every other position: the odd ones for little-endian, the even
     * ones for big-endian.
     */
    static Optional<Charset> utf16ByNulPattern(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
        if (n < 4) {
            return Optional.empty();
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i += 2) {
            if (bytes[i] == 0) {
                evenZeros++;
            }
            if (bytes[i + 1] == 0) {
                oddZeros++;
            }
        }
        int pairs = n / 2;
        if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    private static boolean containsNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    /** Share of characters that never occur in prose: C0 controls other than whitespace, DEL, C1 controls. */
    static double controlShare(String text) {
        int n = Math.min(text.length(), SNIFF_BYTES * 4);
        if (n == 0) {
            return 0;
        }
        int controls = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean whitespace = c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
            if ((c < 0x20 && !whitespace) || (c >= 0x7F && c <= 0x9F) || c == 0) {
                controls++;
            }
        }
        return controls / (double) n;
    }

    private static double highShare(String text) {
        int letters = 0;
        int high = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (c > 0x7F) {
                    high++;
                }
            }
        }
        return letters == 0 ? 0 : high / (double) letters;
    }

    /** The byte order marks, longest first so that UTF-32LE is not mistaken for UTF-16LE. */
    private enum Bom {
        UTF_32_LE(UTF_32LE, 0xFF, 0xFE, 0x00, 0x00),
        UTF_32_BE(UTF_32BE, 0x00, 0x00, 0xFE, 0xFF),
        UTF_8(StandardCharsets.UTF_8, 0xEF, 0xBB, 0xBF),
        UTF_16_LE(StandardCharsets.UTF_16LE, 0xFF, 0xFE),
        UTF_16_BE(StandardCharsets.UTF_16BE, 0xFE, 0xFF);

        final Charset charset;
        final int length;
        private final int[] mark;

        Bom(Charset charset, int... mark) {
            this.charset = charset;
            this.mark = mark;
            this.length = mark.length;
        }

        static Optional<Bom> of(byte[] bytes) {
            for (Bom bom : values()) {
                if (bom.matches(bytes)) {
                    return Optional.of(bom);
                }
            }
            return Optional.empty();
        }

        private boolean matches(byte[] bytes) {
            if (bytes.length < mark.length) {
                return false;
            }
            for (int i = 0; i < mark.length; i++) {
                if ((bytes[i] & 0xFF) != mark[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
