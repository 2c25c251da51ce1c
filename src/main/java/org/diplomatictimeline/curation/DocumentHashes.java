package org.diplomatictimeline.curation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.corpus.Document;

/** The content hash of each document's text, so decisions know whether their offsets still mean the same words. */
public record DocumentHashes(Map<String, String> byDocumentId) {

    /** No hashes known: offsets are trusted as they are. */
    public static final DocumentHashes NONE = new DocumentHashes(Map.of());

    public DocumentHashes {
        byDocumentId = Map.copyOf(byDocumentId);
    }

    /** The hashes of every document of a corpus. */
    public static DocumentHashes of(Corpus corpus) {
        Map<String, String> map = new HashMap<>();
        for (Document d : corpus.documents()) {
            map.put(d.id(), sha256(d.text()));
        }
        return new DocumentHashes(map);
    }

    /** The hash of the document's text, or "" when unknown. */
    public String hashOf(String documentId) {
        return byDocumentId.getOrDefault(documentId, "");
    }

    /** True when both hashes are known and differ: the document's text changed since the anchor was made. */
    public boolean changedSince(EvidenceAnchor anchor) {
        String now = hashOf(anchor.documentId());
        return !now.isEmpty() && !anchor.contentHash().isEmpty() && !now.equals(anchor.contentHash());
    }

    /** SHA-256 of the UTF-8 bytes of a text, as lower-case hex. */
    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    /** SHA-256 of bytes, as lower-case hex. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
