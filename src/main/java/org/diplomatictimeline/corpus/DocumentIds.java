package org.diplomatictimeline.corpus;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Hands out document ids unique within one corpus: the file name without its extension, then "-2", "-3"... for
 * later files of the same name. Ids differing only in case count as the same, so a project stays valid on
 * case-insensitive file systems.
 */
final class DocumentIds {

    private final Set<String> taken = new HashSet<>();

    /** The id the next document of this file name would get, without taking it. */
    String peek(String fileName) {
        String base = baseName(fileName);
        String id = base;
        for (int n = 2; taken.contains(id.toLowerCase(Locale.ROOT)); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** Takes the id for a document of this file name. */
    String next(String fileName) {
        String id = peek(fileName);
        taken.add(id.toLowerCase(Locale.ROOT));
        return id;
    }

    static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String base = (dot > 0 ? fileName.substring(0, dot) : fileName).strip();
        return base.isEmpty() ? "document" : base;
    }
}
