package org.diplomatictimeline.corpus;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.diplomatictimeline.corpus.format.DocumentFormat;

/**
 * One article as read from disk: its exact text (offsets into it stay valid for evidence), title and header date.
 *
 * @param id          short unique name within the corpus (the file name without extension, disambiguated)
 * @param source      the path or resource name it was read from
 * @param text        the full decoded text, exactly as in the file (for converted formats: the extracted text);
 *                    a byte order mark is not part of the text
 * @param headerDate  the date the document states about itself, "2019-06-05" or "2019-06"; null if none. For text
 *                    files the inline date line (" date 2019-06-05 ..."); for HTML the publication date of its
 *                    metadata (see docs/decisions/0041)
 * @param bodyStart   offset where the article body starts (after the date line, if any)
 * @param encoding    the charset the bytes were decoded with
 * @param format      what kind of file it came from
 * @param pageStarts  for paged formats, the text offset where each page starts; empty otherwise
 * @param contentHash SHA-256 of the file's bytes as 64 lowercase hex digits, to notice a changed source file
 */
public record Document(String id, String source, String title, String text, String headerDate, int bodyStart,
                       String encoding, DocumentFormat format, List<Integer> pageStarts, String contentHash) {

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
        for (int start : pageStarts) {
            if (start < 0 || start > text.length()) {
                throw new IllegalArgumentException("page start out of range: " + start);
            }
        }
        contentHash = contentHash == null ? ContentHash.of(text.getBytes(StandardCharsets.UTF_8)) : contentHash;
        if (!ContentHash.isValid(contentHash)) {
            throw new IllegalArgumentException("contentHash is not 64 lowercase hex digits: " + contentHash);
        }
    }

    /** A document not read from a file (tests, pasted text): its hash is that of the text's UTF-8 bytes. */
    public Document(String id, String source, String title, String text, String headerDate, int bodyStart,
                    String encoding, DocumentFormat format, List<Integer> pageStarts) {
        this(id, source, title, text, headerDate, bodyStart, encoding, format, pageStarts, null);
    }

    /** The article body, without the inline date line. */
    public String body() {
        return text.substring(bodyStart);
    }

    /** The 1-based page the text offset falls on, or 0 when the document has no pages. */
    public int pageAt(int offset) {
        int page = 0;
        for (int i = 0; i < pageStarts.size() && pageStarts.get(i) <= offset; i++) {
            page = i + 1;
        }
        return page;
    }
}
