package org.diplomatictimeline.corpus.format;

import java.util.List;
import java.util.Objects;

/**
 * The text a format reader got out of a file, with what the file said about itself.
 *
 * @param text         the text; offsets of evidence point into it
 * @param encoding     the charset the bytes were decoded with (for containers: of the inner text)
 * @param format       the kind of file
 * @param title        a title the file declares (HTML og:title, Markdown heading...); null to let the text decide
 * @param metadataDate a publication date the file declares in machine-readable form ("2019-06-05"); null if none
 * @param pageStarts   text offset of each page for paged formats; empty otherwise
 * @param warnings     caveats worth telling the user, the file still loaded
 */
public record ExtractedText(String text, String encoding, DocumentFormat format, String title, String metadataDate,
                            List<Integer> pageStarts, List<String> warnings) {

    public ExtractedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(format, "format");
        pageStarts = List.copyOf(pageStarts);
        warnings = List.copyOf(warnings);
    }

    /** Plain extracted text with nothing declared. */
    public static ExtractedText of(String text, String encoding, DocumentFormat format, List<String> warnings) {
        return new ExtractedText(text, encoding, format, null, null, List.of(), warnings);
    }
}
