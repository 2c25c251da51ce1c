package org.diplomatictimeline.source;

import java.util.List;

/**
 * One line of a document (text between line breaks) cut into evidence runs.
 *
 * @param start offset of the paragraph's first character in the document
 * @param end   exclusive offset (the line break is not part of the paragraph)
 * @param runs  runs covering [start, end) without gaps, in order; empty for an empty line
 */
public record Paragraph(int start, int end, List<EvidenceRun> runs) {

    public Paragraph {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad paragraph " + start + ".." + end);
        }
        runs = List.copyOf(runs);
    }

    public boolean isBlank(String text) {
        return text.substring(start, end).isBlank();
    }
}
