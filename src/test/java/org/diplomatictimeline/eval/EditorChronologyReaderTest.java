package org.diplomatictimeline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.diplomatictimeline.model.DatePrecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading an editor's chronology: a bare list or an object with its source, precisions said or read from the form. */
class EditorChronologyReaderTest {

    private final EditorChronologyReader reader = new EditorChronologyReader();

    @Test
    void readsABareListWithPrecisionsSaidOrTakenFromTheDatesForm() throws Exception {
        EditorChronology c = reader.parse(new ObjectMapper().readTree("""
                [{"date": "2031-03-05", "precision": "day", "end": "2031-03-06", "text": "envoys visit"},
                 {"date": "2031-04", "text": "talks resume"},
                 {"date": "2030"}]
                """));

        assertThat(c.source()).isEmpty();
        assertThat(c.dates()).extracting(EditorChronology.Entry::precision)
                .containsExactly(DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR);
        assertThat(c.dates().get(0).span().last()).isEqualTo(LocalDate.of(2031, 3, 6));
        assertThat(c.dates().get(1).span().last()).isEqualTo(LocalDate.of(2031, 4, 30));
        assertThat(c.dates().get(2).text()).isEmpty();
    }

    @Test
    void readsAnObjectWithItsSourceAndEntries(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("editor.json");
        Files.writeString(file, """
                {"source": "https://example.org/timeline", "entries": [{"date": "2031-01-09", "text": "talks"}]}
                """);

        EditorChronology c = reader.read(file);

        assertThat(c.source()).isEqualTo("https://example.org/timeline");
        assertThat(c.dates()).singleElement().extracting(EditorChronology.Entry::date).isEqualTo("2031-01-09");
    }

    @Test
    void aBadEntryIsNamedWithItsFile(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("missing.json");
        Files.writeString(missing, "[{\"text\": \"no date\"}]");
        Path badPrecision = dir.resolve("bad.json");
        Files.writeString(badPrecision, "[{\"date\": \"2031-01-09\", \"precision\": \"fortnight\"}]");
        Path badDate = dir.resolve("date.json");
        Files.writeString(badDate, "[{\"date\": \"2031-02-30\"}]");

        assertThatThrownBy(() -> reader.read(missing)).isInstanceOf(IOException.class)
                .hasMessageContaining("missing.json").hasMessageContaining("entry 0: missing 'date'");
        assertThatThrownBy(() -> reader.read(badPrecision)).isInstanceOf(IOException.class)
                .hasMessageContaining("unknown precision 'fortnight'");
        assertThatThrownBy(() -> reader.read(badDate)).isInstanceOf(IOException.class)
                .hasMessageContaining("date.json");
    }
}
