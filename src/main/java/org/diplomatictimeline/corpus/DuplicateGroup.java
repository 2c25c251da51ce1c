package org.diplomatictimeline.corpus;

import java.util.List;
import java.util.Objects;

/**
 * Documents of a corpus that are the same article, in corpus order, so the first can be kept and the others
 * offered for skipping.
 *
 * @param documentIds the ids, at least two, in corpus order
 * @param kind        EXACT when all have the same normalised text, NEAR otherwise
 * @param similarity  the weakest link that joined the group, in (0, 1]: the word-shingle Jaccard similarity, or the
 *                    share of the shorter text found in the longer when that is at least 0.9 and higher
 */
public record DuplicateGroup(List<String> documentIds, DuplicateKind kind, double similarity) {

    public DuplicateGroup {
        documentIds = List.copyOf(documentIds);
        Objects.requireNonNull(kind, "kind");
        if (documentIds.size() < 2) {
            throw new IllegalArgumentException("a duplicate group needs two documents: " + documentIds);
        }
        if (!(similarity > 0 && similarity <= 1)) {
            throw new IllegalArgumentException("similarity out of (0, 1]: " + similarity);
        }
    }

    /** The document to keep: the first in corpus order. */
    public String keep() {
        return documentIds.get(0);
    }

    /** The documents that could be skipped. */
    public List<String> duplicates() {
        return documentIds.subList(1, documentIds.size());
    }
}
