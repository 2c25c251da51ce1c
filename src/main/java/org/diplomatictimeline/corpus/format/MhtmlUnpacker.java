package org.diplomatictimeline.corpus.format;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the HTML page out of an MHTML web archive (a browser's "save as single file"): the first
 * {@code text/html} part of the MIME message, decoded from quoted-printable or base64.
 */
final class MhtmlUnpacker {

    private static final Pattern BOUNDARY = Pattern.compile("boundary\\s*=\\s*\"?([^\";\\r\\n]+)\"?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*\"?([A-Za-z0-9._:-]+)\"?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_END = Pattern.compile("\\r?\\n\\r?\\n");

    /**
     * The page and the charset its part declares.
     *
     * @param html    the decoded bytes of the HTML part
     * @param charset the charset of the part's Content-Type, if it names one
     */
    record Page(byte[] html, Optional<Charset> charset) {
    }

    /** True when the bytes open like a MIME message holding a multipart/related archive. */
    static boolean looksLikeMhtml(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        return head.contains("mime-version:") && head.contains("multipart/related");
    }

    Page unpack(byte[] bytes) throws DocumentReadException {
        // ISO-8859-1 maps bytes to chars one to one, so offsets found in the string are byte offsets.
        String message = new String(bytes, StandardCharsets.ISO_8859_1);
        Matcher headerEnd = HEADER_END.matcher(message);
        if (!headerEnd.find()) {
            throw new DocumentReadException("a corrupt web archive (MHTML without a body)");
        }
        Matcher boundary = BOUNDARY.matcher(message.substring(0, headerEnd.start()));
        if (!boundary.find()) {
            throw new DocumentReadException("a corrupt web archive (MHTML without a part boundary)");
        }
        String delimiter = "--" + boundary.group(1).strip();
        int at = message.indexOf(delimiter, headerEnd.end());
        while (at >= 0) {
            int partStart = at + delimiter.length();
            if (message.startsWith("--", partStart)) {
                break; // the closing delimiter
            }
            int next = message.indexOf(delimiter, partStart);
            String part = message.substring(partStart, next < 0 ? message.length() : next);
            Matcher partHeaderEnd = HEADER_END.matcher(part);
            if (partHeaderEnd.find()) {
                String headers = part.substring(0, partHeaderEnd.start()).toLowerCase(Locale.ROOT);
                if (headers.contains("content-type: text/html") || headers.contains("content-type:text/html")) {
                    String body = part.substring(partHeaderEnd.end());
                    return new Page(decode(body, headers), charset(part.substring(0, partHeaderEnd.start())));
                }
            }
            at = next;
        }
        throw new DocumentReadException("a web archive (MHTML) without an HTML page in it");
    }

    private static byte[] decode(String body, String headers) throws DocumentReadException {
        if (headers.contains("quoted-printable")) {
            return quotedPrintable(body);
        }
        if (headers.contains("base64")) {
            try {
                return Base64.getMimeDecoder().decode(body.strip());
            } catch (IllegalArgumentException e) {
                throw new DocumentReadException("a corrupt web archive (bad base64 in its HTML part)", e);
            }
        }
        return body.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] quotedPrintable(String body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '=') {
                out.write(c);
                continue;
            }
            if (body.startsWith("\r\n", i + 1)) {
                i += 2; // soft line break
            } else if (body.startsWith("\n", i + 1)) {
                i += 1;
            } else if (i + 2 < body.length() && isHex(body.charAt(i + 1)) && isHex(body.charAt(i + 2))) {
                out.write(Integer.parseInt(body.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    private static Optional<Charset> charset(String headers) {
        Matcher m = CHARSET.matcher(headers);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(m.group(1)));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }
}
