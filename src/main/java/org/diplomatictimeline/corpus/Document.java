package org.diplomatictimeline.corpus;

import java.util.List;
import java.util.Objects;

/**
 * One article as read from disk: its exact text (offsets into it stay valid for evidence), title and header date.
 *
 * @param id         short unique name within the corpus (the file name without extension, disambiguated)
 * @param source     the path or resource name it was read from
 * @param text       the full decoded text, exactly as in the file (for converted formats: the extracted text)
 * @param headerDate the value of the inline date line (" date 2019-06-05 ..."), "2019-06-05" or "2019-06"; null if none
 * @param bodyStart  offset where the article body starts (after the date line, if any)
 * @param encoding   the charset the bytes were decoded with
 * @param format     what kind of file it came from
 * @param pageStarts for paged formats, the text offset where each page starts; empty otherwise
 */
public record Document(String id, String source, String title, String text, String headerDate, int bodyStart,
                       String encoding, DocumentFormat format, List<Integer> pageStarts) {

    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        title = title == null ? "" : title;
        encoding = encoding == null ? "UTF-8" : encoding;
        format = format == null ? DocumentFormat.PLAIN_TEXT : format;
        pageStarts = List.copyOf(pageStarts == null ? List.of() : pageStarts);
        if (bodyStart < 0 || bodyStart > text.length()) {
            throw new IllegalArgumentException("bodyStart out of range: " + bodyStart);
        }
    }

    /** The article body, without the inline date line. */
    public String body() {
        return text.substring(bodyStart);
    }
}
