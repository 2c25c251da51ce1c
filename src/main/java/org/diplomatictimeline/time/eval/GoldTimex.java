package org.diplomatictimeline.time.eval;

import java.util.Objects;

/** A gold-standard temporal expression: character offsets into the rebuilt document text, type and value. */
public record GoldTimex(int start, int end, String text, String type, String value, boolean creationTime) {

    public GoldTimex {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad gold offsets " + start + ".." + end);
        }
    }
}
