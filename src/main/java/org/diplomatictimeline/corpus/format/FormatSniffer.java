package org.diplomatictimeline.corpus.format;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Decides how to read a file from its extension and, where the extension says nothing, its first bytes; refuses
 * formats we recognise but cannot read, with a message that says what to do instead.
 */
public final class FormatSniffer {

    private static final Map<String, DocumentFormat> BY_EXTENSION = Map.ofEntries(
            Map.entry("txt", DocumentFormat.PLAIN_TEXT),
            Map.entry("text", DocumentFormat.PLAIN_TEXT),
            Map.entry("md", DocumentFormat.MARKDOWN),
            Map.entry("markdown", DocumentFormat.MARKDOWN),
            Map.entry("html", DocumentFormat.HTML),
            Map.entry("htm", DocumentFormat.HTML),
            Map.entry("xhtml", DocumentFormat.HTML),
            Map.entry("mht", DocumentFormat.HTML),
            Map.entry("mhtml", DocumentFormat.HTML),
            Map.entry("pdf", DocumentFormat.PDF),
            Map.entry("docx", DocumentFormat.DOCX));

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
        if (MhtmlUnpacker.looksLikeMhtml(bytes)) {
            return DocumentFormat.HTML;
        }
        if (start.startsWith("<?xml") && !start.contains("<html")) {
            throw new DocumentReadException("an XML data file, not an article");
        }
        if (extension(fileName).equals("json")) {
            throw new DocumentReadException("a JSON data file, not an article");
        }
        if (start.startsWith("<!doctype html") || start.startsWith("<html")
                || start.startsWith("<?xml") && start.contains("<html")
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
