package org.diplomatictimeline.corpus.format;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.diplomatictimeline.corpus.DocumentFormat;

/**
 * Decides how to read a file from its extension and, where the extension says nothing, its first bytes; refuses
 * formats we recognise but cannot read, with a message that says what to do instead.
 */
public final class FormatSniffer {

    private static final Map<String, DocumentFormat> BY_EXTENSION = Map.of(
            "txt", DocumentFormat.PLAIN_TEXT,
            "text", DocumentFormat.PLAIN_TEXT,
            "md", DocumentFormat.MARKDOWN,
            "markdown", DocumentFormat.MARKDOWN,
            "html", DocumentFormat.HTML,
            "htm", DocumentFormat.HTML,
            "xhtml", DocumentFormat.HTML,
            "pdf", DocumentFormat.PDF,
            "docx", DocumentFormat.DOCX);

    private static final int HEAD = 1024;

    /** The format of a file with a known extension, or null when only its content can tell. */
    public DocumentFormat byExtension(String fileName) {
        return BY_EXTENSION.get(extension(fileName));
    }

    /**
     * The format to read the file as.
     *
     * @throws DocumentReadException for recognised formats that cannot be read (legacy .doc, RTF, ODT, archives)
     */
    public DocumentFormat detect(String fileName, byte[] bytes) throws DocumentReadException {
        String head = new String(bytes, 0, Math.min(bytes.length, HEAD), StandardCharsets.ISO_8859_1);
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new DocumentReadException(
                    "a legacy Microsoft Office file (such as Word .doc), which is not supported; save it as .docx");
        }
        if (head.startsWith("{\\rtf")) {
            throw new DocumentReadException("an RTF file, which is not supported; save it as .docx or .txt");
        }
        DocumentFormat known = byExtension(fileName);
        if (known != null) {
            return known;
        }
        if (head.contains("%PDF-")) {
            return DocumentFormat.PDF;
        }
        if (startsWith(bytes, 'P', 'K', 0x03, 0x04)) {
            if (head.contains("word/")  || head.contains("[Content_Types].xml")) {
                return DocumentFormat.DOCX;
            }
            if (head.contains("opendocument")) {
                throw new DocumentReadException(
                        "an OpenDocument file, which is not supported; save it as .docx or .txt");
            }
            throw new DocumentReadException("a ZIP archive, not a document; unpack it and import its files");
        }
        String start = head.stripLeading().toLowerCase(Locale.ROOT);
        if (start.startsWith("\u00EF\u00BB\u00BF")) {
            start = start.substring(3).stripLeading();
        }
        if (start.startsWith("<!doctype html") || start.startsWith("<html")
                || start.startsWith("<") && (start.contains("<head") || start.contains("<body"))) {
            return DocumentFormat.HTML;
        }
        return DocumentFormat.PLAIN_TEXT;
    }

    /** The lowercase extension of a file name without the dot, or "" when it has none. */
    public static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 || dot == fileName.length() - 1 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
