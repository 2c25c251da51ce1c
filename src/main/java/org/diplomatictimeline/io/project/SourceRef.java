package org.diplomatictimeline.io.project;

import java.util.Objects;

/**
 * A document of the project's corpus: where it was read from, the hash that tells whether it changed, and
 * optionally a copy of its text so the project survives the file's loss.
 *
 * @param documentId the id the corpus gave the document; decisions point into it by this id
 * @param path       the file path (or resource name) it was read from
 * @param sha256     lower-case hex SHA-256 of the file's bytes (of the text, for sources that are not files)
 * @param size       the file's size in bytes, or -1 when unknown
 * @param textCopy   the document's text as read, or null when the project does not keep copies
 */
public record SourceRef(String documentId, String path, String sha256, long size, String textCopy) {

    public SourceRef {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits: " + sha256);
        }
        if (size < -1) {
            throw new IllegalArgumentException("size must be -1 (unknown) or more: " + size);
        }
    }

    public boolean hasCopy() {
        return textCopy != null;
    }
}
