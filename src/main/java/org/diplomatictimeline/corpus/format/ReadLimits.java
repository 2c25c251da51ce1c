package org.diplomatictimeline.corpus.format;

import java.util.Locale;

/**
 * How big a file may be before it is refused, so that a 200 MB log dropped into a corpus folder costs a message,
 * not the heap.
 *
 * @param maxTextFileBytes   largest plain text or Markdown file
 * @param maxBinaryFileBytes largest HTML, PDF or DOCX file (they hold markup, images and fonts besides their text)
 * @param maxTextChars       largest text extracted from any file
 * @param maxPdfPages        most pages read from one PDF (counted by walking its pages, never as it claims)
 * @param maxHtmlDepth       deepest element nesting of an HTML page (real pages stay well under a hundred)
 */
public record ReadLimits(long maxTextFileBytes, long maxBinaryFileBytes, int maxTextChars, int maxPdfPages,
                         int maxHtmlDepth) {

    private static final long MB = 1024L * 1024L;

    /** 20 MB per text file; HTML, PDF and DOCX files up to 100 MB; 20 M characters of text per document. */
    public static final ReadLimits DEFAULT = new ReadLimits(20 * MB, 100 * MB, 20 * 1024 * 1024);

    /** Pages per PDF when not given: a long report, not a phone book. */
    public static final int DEFAULT_PDF_PAGES = 2_000;
    /** Element depth per HTML page when not given. */
    public static final int DEFAULT_HTML_DEPTH = 512;

    public ReadLimits {
        if (maxTextFileBytes <= 0 || maxBinaryFileBytes <= 0 || maxTextChars <= 0 || maxPdfPages <= 0
                || maxHtmlDepth <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** Size limits with the default page and depth limits. */
    public ReadLimits(long maxTextFileBytes, long maxBinaryFileBytes, int maxTextChars) {
        this(maxTextFileBytes, maxBinaryFileBytes, maxTextChars, DEFAULT_PDF_PAGES, DEFAULT_HTML_DEPTH);
    }

    public ReadLimits withMaxPdfPages(int pages) {
        return new ReadLimits(maxTextFileBytes, maxBinaryFileBytes, maxTextChars, pages, maxHtmlDepth);
    }

    public ReadLimits withMaxHtmlDepth(int depth) {
        return new ReadLimits(maxTextFileBytes, maxBinaryFileBytes, maxTextChars, maxPdfPages, depth);
    }

    /** The largest file accepted for the format. */
    public long maxFileBytes(DocumentFormat format) {
        return format == DocumentFormat.PLAIN_TEXT || format == DocumentFormat.MARKDOWN
                ? maxTextFileBytes : maxBinaryFileBytes;
    }

    /** The message for a file over the limit: "too large (212 MB); limit 20 MB". */
    public static String tooLarge(long size, long limit) {
        String s = describe(size);
        String l = describe(limit);
        // Just over the limit both round alike; exact bytes then say why the file was refused.
        return s.equals(l) ? "too large (" + size + " bytes); limit " + limit + " bytes"
                : "too large (" + s + "); limit " + l;
    }

    /** The message for extracted text over the limit. */
    public String textTooLong(long chars) {
        return "too much text (" + describeCount(chars) + " characters); limit " + describeCount(maxTextChars)
                + " characters";
    }

    /** A size the way people say it: "212 MB", "3 KB", "17 bytes". */
    public static String describe(long bytes) {
        if (bytes >= MB) {
            return Math.round(bytes / (double) MB) + " MB";
        }
        if (bytes >= 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return bytes + (bytes == 1 ? " byte" : " bytes");
    }

    private static String describeCount(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
