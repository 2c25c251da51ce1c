package org.diplomatictimeline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.diplomatictimeline.model.DatePrecision;

/**
 * Reads an editor's chronology: a JSON list of {@code {"date", "precision", "text"}} (optional {@code "end"} for a
 * range), or an object {@code {"source": URL, "entries": [...]}} holding such a list. Without a precision, the
 * date's form says it ("2019", "2019-10", "2019-10-17").
 */
public final class EditorChronologyReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public EditorChronology read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(MAPPER.readTree(in));
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    EditorChronology parse(JsonNode root) {
        JsonNode list = root != null && root.isObject() ? root.get("entries") : root;
        if (list == null || !list.isArray()) {
            throw new IllegalArgumentException("expected a JSON list of {date, precision, text} or an object with "
                    + "'entries'");
        }
        List<EditorChronology.Entry> entries = new ArrayList<>();
        int index = 0;
        for (JsonNode e : list) {
            String date = text(e, "date");
            if (date == null) {
                throw new IllegalArgumentException("entry " + index + ": missing 'date'");
            }
            String word = text(e, "precision");
            DatePrecision precision = word == null ? byForm(date) : precision(word, index);
            String end = text(e, "end");
            entries.add(new EditorChronology.Entry(date, precision, end == null ? null : LocalDate.parse(end),
                    text(e, "text")));
            index++;
        }
        return new EditorChronology(root.isObject() ? text(root, "source") : "", entries);
    }

    private static DatePrecision byForm(String date) {
        return date.length() == 4 ? DatePrecision.YEAR : date.length() == 7 ? DatePrecision.MONTH : DatePrecision.DAY;
    }

    private static DatePrecision precision(String word, int index) {
        try {
            return DatePrecision.valueOf(word.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("entry " + index + ": unknown precision '" + word + "' (day, month, "
                    + "year)");
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
