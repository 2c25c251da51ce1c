package org.diplomatictimeline.app;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Converters for choice controls that show items by a label and never read one back from typed text. */
final class DisplayLabels {

    private DisplayLabels() {
    }

    /** Shows an item by {@code label}, an empty choice as nothing. */
    static <T> StringConverter<T> of(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : label.apply(item);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
