package org.diplomatictimeline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a news gold file: its fields, and messages that name what is wrong. */
class NewsGoldReaderTest {

    @Test
    void readsArticlesAndEventsWithNullsKept() throws Exception {
        NewsGold gold = new NewsGoldReader().parse(new ObjectMapper().readTree("""
                [{"file": "x/a1.txt", "doc_date": null, "events": [
                  {"what": "w", "type": "summit", "date_start": "2030", "date_end": null, "date_basis": "inferred",
                   "participants": ["Ada Okafor"], "countries": ["Nigeria"], "place": null}]}]
                """));

        NewsGold.Article a = gold.articles().get(0);
        assertThat(a.stem()).isEqualTo("a1");
        assertThat(a.docDate()).isNull();
        assertThat(a.events()).singleElement().satisfies(e -> {
            assertThat(e.dateStart()).isEqualTo("2030");
            assertThat(e.dateEnd()).isNull();
            assertThat(e.place()).isNull();
            assertThat(e.participants()).containsExactly("Ada Okafor");
        });
    }

    @Test
    void eventWithoutAStartDateIsRejectedNamingTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("gold.json");
        Files.writeString(file, "[{\"file\": \"a1.txt\", \"events\": [{\"type\": \"visit\"}]}]");

        assertThatThrownBy(() -> new NewsGoldReader().read(file)).hasMessageContaining("gold.json")
                .hasMessageContaining("a1.txt").hasMessageContaining("date_start");
    }

    @Test
    void anObjectInsteadOfAListIsRejected(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("gold.json");
        Files.writeString(file, "{\"articles\": []}");

        assertThatThrownBy(() -> new NewsGoldReader().read(file)).hasMessageContaining("JSON list");
    }
}
