package org.diplomatictimeline.corpus;

import java.util.List;

/**
 * What the duplicate check needs of one text, made apart from the others (so on any thread): its normalised words
 * joined by spaces (equal for exact copies), the sorted distinct hashes of its word shingles and their MinHash
 * signature.
 */
record ShingleProfile(String words, long[] shingles, long[] signature) {

    /** The profile of a text, or null when it has no words. */
    static ShingleProfile of(String text) {
        List<String> words = DuplicateDetector.words(text);
        if (words.isEmpty()) {
            return null;
        }
        long[] shingles = DuplicateDetector.shingles(words);
        return new ShingleProfile(String.join(" ", words), shingles, DuplicateDetector.signature(shingles));
    }
}
