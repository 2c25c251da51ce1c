package org.diplomatictimeline.curation;

import java.util.Objects;
import org.diplomatictimeline.model.Evidence;

/**
 * A span of source text a decision is tied to, stable across re-extraction (event ids are not).
 *
 * @param documentId  the document the span lies in
 * @param contentHash SHA-256 (hex) of the document's text when the decision was made; empty when unknown
 * @param start       inclusive UTF-16 offset
 * @param end         exclusive UTF-16 offset
 * @param text        the excerpt itself, so a span that moved can be found again by its words
 */
public record EvidenceAnchor(String documentId, String contentHash, int start, int end, String text) {

    public EvidenceAnchor {
        Objects.requireNonNull(documentId, "documentId");
        contentHash = contentHash == null ? "" : contentHash;
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad anchor offsets " + start + ".." + end);
        }
        if (text.length() != end - start) {
            throw new IllegalArgumentException("anchor text length " + text.length() + " != " + (end - start));
        }
    }

    /** The anchor of an evidence span, with the hash of its document's text ("" when unknown). */
    public static EvidenceAnchor of(Evidence evidence, String contentHash) {
        return new EvidenceAnchor(evidence.documentId(), contentHash, evidence.start(), evidence.end(),
                evidence.text());
    }

    /** The same span in a document known by another id (the file was renamed, its text is the same). */
    public EvidenceAnchor withDocumentId(String newId) {
        return new EvidenceAnchor(newId, contentHash, start, end, text);
    }

    /** The evidence span this anchor stands for. */
    public Evidence toEvidence() {
        return new Evidence(documentId, start, end, text);
    }

    /** Same document, offsets and text. */
    public boolean sameSpan(Evidence evidence) {
        return evidence.documentId().equals(documentId) && evidence.start() == start && evidence.end() == end
                && evidence.text().equals(text);
    }

    /** Same document and overlapping offsets. */
    public boolean overlaps(Evidence evidence) {
        return evidence.documentId().equals(documentId) && evidence.start() < end && start < evidence.end();
    }

    /** Same document and the same words, wherever they now are. */
    public boolean sameExcerpt(Evidence evidence) {
        return evidence.documentId().equals(documentId) && !text.isBlank() && evidence.text().equals(text);
    }
}
