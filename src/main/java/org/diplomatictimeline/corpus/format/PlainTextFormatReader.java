package org.diplomatictimeline.corpus.format;

import java.util.Objects;

/** Reads plain text and Markdown files: the decoded text is the document, character for character. */
public final class PlainTextFormatReader implements DocumentFormatReader {

    private final DocumentFormat format;
    private final TextDecoder decoder = new TextDecoder();

    /** A reader for {@link DocumentFormat#PLAIN_TEXT} or {@link DocumentFormat#MARKDOWN}. */
    public PlainTextFormatReader(DocumentFormat format) {
        this.format = Objects.requireNonNull(format, "format");
        if (format != DocumentFormat.PLAIN_TEXT && format != DocumentFormat.MARKDOWN) {
            throw new IllegalArgumentException("not a text format: " + format);
        }
    }

    @Override
    public DocumentFormat format() {
        return format;
    }

    @Override
    public ExtractedText read(SourceFile file, ReadLimits limits) throws DocumentReadException {
        DecodedText decoded = decoder.decode(file.bytes());
        if (decoded.text().length() > limits.maxTextChars()) {
            throw new DocumentReadException(limits.textTooLong(decoded.text().length()));
        }
        return ExtractedText.of(decoded.text(), decoded.charset(), format, decoded.warnings());
    }
}
