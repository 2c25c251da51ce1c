package org.diplomatictimeline.corpus.format;


/** Gets the text out of the bytes of one kind of file; implementations are stateless and thread-safe. */
public interface DocumentFormatReader {

    /** The kind of file this reader understands. */
    DocumentFormat format();

    /**
     * Extracts the text.
     *
     * @throws DocumentReadException when the file is corrupt, encrypted, binary or otherwise not readable as a
     *                               document; the message names the problem, not the file (the caller adds it)
     */
    ExtractedText read(SourceFile file, ReadLimits limits) throws DocumentReadException;
}
