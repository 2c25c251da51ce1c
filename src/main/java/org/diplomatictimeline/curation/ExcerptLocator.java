package org.diplomatictimeline.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.model.Evidence;

/** Turns a piece of text the analyst pasted or typed into evidence spans of a document, by exact occurrence. */
public final class ExcerptLocator {

    private ExcerptLocator() {
    }

    /** Every occurrence of {@code excerpt} (trimmed) in the document, in text order. */
    public static List<Evidence> findAll(Document document, String excerpt) {
        List<Evidence> found = new ArrayList<>();
        String needle = excerpt == null ? "" : excerpt.strip();
        if (needle.isEmpty()) {
            return found;
        }
        String text = document.text();
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            found.add(new Evidence(document.id(), i, i + needle.length(), needle));
        }
        return found;
    }

    /** The first occurrence of the excerpt, or empty when the document does not contain it. */
    public static Optional<Evidence> findFirst(Document document, String excerpt) {
        List<Evidence> all = findAll(document, excerpt);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }
}
