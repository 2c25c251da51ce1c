package org.diplomatictimeline.brief.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonChronologyWriterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void followsTheContractWithDatesOldestFirstAndUndatedApart() throws IOException {
        JsonNode root = JSON.readTree(Written.bytes(ChronologyFormat.JSON));

        List<String> dates = new ArrayList<>();
        root.get("dates").forEach(d -> dates.add(d.get("date").asText()));
        assertThat(dates).containsExactly("2021-03-01", "2021-03-10", "2021-04", "2021-04-19");
        JsonNode event = root.get("dates").get(0).get("events").get(0);
        assertThat(event.fieldNames()).toIterable().contains("id", "title", "type", "when", "weight", "summary",
                "citations", "weightReason");
        assertThat(event.get("weight").isNumber()).isTrue();
        JsonNode citation = event.get("citations").get(0);
        assertThat(citation.fieldNames()).toIterable().contains("document", "title", "date", "start", "end", "text");
        assertThat(citation.get("end").asInt() - citation.get("start").asInt())
                .isEqualTo(citation.get("text").asText().length());
        assertThat(root.get("undated")).hasSize(1);
        assertThat(root.get("undated").get(0).get("id").asText()).isEqualTo("e6");
        assertThat(root.get("about").get("statement").get(0).asText()).startsWith("Events: all events; span:");
    }
}
