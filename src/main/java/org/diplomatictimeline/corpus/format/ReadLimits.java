package org.diplomatictimeline.corpus.format;

import java.util.Locale;
import org.diplomatictimeline.corpus.DocumentFormat;

/**
 * How big a file may be before it is refused, so that a 200 MB log dropped into a corpus folder costs a message,
 * not the heap.
 *
 * @param maxTextFileBytes   largest plain text, Markdown or HTML file
 * @param maxBinaryFileBytes largest PDF or DOCX file (they hold images and fonts besides their text)
 * @param maxTextChars       largest text extracted from any file
 */
public record ReadLimits(long maxTextFileBytes, long maxBinaryFileBytes, int maxTextChars) {

    private static final long MB = 1024L * 1024L;

    /** 20 MB of text per document; PDF and DOCX files up to 100 MB. */
    public static final ReadLimits DEFAULT = new ReadLimits(20 * MB, 100 * MB, 20 * 1024 * 1024);

    public ReadLimits {
        if (maxTextFileBytes <= 0 || maxBinaryFileBytes <= 0 || maxTextChars <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** The largest file accepted for the format. */
    public long maxFileBytes(DocumentFormat format) {
        return format == DocumentFormat.PDF || format == DocumentFormat.DOCX ? maxBinaryFileBytes : maxTextFileBytes;
    }

    /** The largest file accepted whatever its format; what is read before the format is known. */
    public long maxAnyFileBytes() {
        return Math.max(maxTextFileBytes, maxBinaryFileBytes);
    }

    /** The message for a file over the limit: "too large (212 MB); limit 20 MB". */
    public static String tooLarge(long size, long limit) {
        return "too large (" + describe(size) + "); limit " + describe(limit);
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
