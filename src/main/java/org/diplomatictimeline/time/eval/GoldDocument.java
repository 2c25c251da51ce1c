package org.diplomatictimeline.time.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A document of an annotated corpus: its running text rebuilt from tokens, its creation date, the part of the text that
 * was annotated ([0, scopeEnd)) and the gold expressions in it.
 */
public record GoldDocument(String name, String text, LocalDate creationDate, int scopeEnd, List<GoldTimex> gold) {

    public GoldDocument {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        gold = List.copyOf(gold);
    }
}
