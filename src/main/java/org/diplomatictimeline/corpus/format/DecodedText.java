package org.diplomatictimeline.corpus.format;

import java.util.List;
import java.util.Objects;

/**
 * Bytes turned into text, with the charset used and any caveat about the choice.
 *
 * @param text     the decoded text, without a byte order mark
 * @param charset  the canonical name of the charset used ("UTF-8", "windows-1252", "UTF-16LE"...)
 * @param warnings caveats for the user, e.g. "decoded as windows-1252"
 */
public record DecodedText(String text, String charset, List<String> warnings) {

    public DecodedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(charset, "charset");
        warnings = List.copyOf(warnings);
    }
}
