package org.diplomatictimeline.brief.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Checked against the fields TimelineJS 3 documents for its JSON: events with date objects, text, group. */
class TimelineJsChronologyWriterTest {

    private static JsonNode slide(JsonNode root, String id) {
        for (JsonNode e : root.get("events")) {
            if (e.get("unique_id").asText().equals(id)) {
                return e;
            }
        }
        throw new AssertionError("no slide " + id);
    }

    @Test
    void everySlideHasAStartDateWithANumericYearAndHeadline() throws IOException {
        JsonNode root = new ObjectMapper().readTree(Written.bytes(ChronologyFormat.TIMELINEJS));

        assertThat(root.get("events")).hasSize(5);
        for (JsonNode e : root.get("events")) {
            assertThat(e.get("start_date").get("year").isInt()).isTrue();
            assertThat(e.get("text").get("headline").asText()).isNotBlank();
            assertThat(e.get("group").asText()).isNotBlank();
        }
        assertThat(root.get("title").get("text").get("headline").asText()).startsWith("Chronology");
    }

    @Test
    void precisionShowsInDatePartsAndDisplayDate() throws IOException {
        JsonNode root = new ObjectMapper().readTree(Written.bytes(ChronologyFormat.TIMELINEJS));

        JsonNode day = slide(root, "e1");
        assertThat(day.get("start_date").get("day").asInt()).isEqualTo(1);
        assertThat(day.has("display_date")).isFalse();
        JsonNode month = slide(root, "e4");
        assertThat(month.get("start_date").has("day")).isFalse();
        assertThat(month.get("start_date").get("month").asInt()).isEqualTo(4);
        assertThat(month.get("display_date").asText()).isEqualTo("April 2021");
        JsonNode range = slide(root, "e3");
        assertThat(range.get("end_date").get("day").asInt()).isEqualTo(12);
    }

    @Test
    void citationsAreInTheSlideTextAndUndatedEventsOnTheTitleSlide() throws IOException {
        JsonNode root = new ObjectMapper().readTree(Written.bytes(ChronologyFormat.TIMELINEJS));

        assertThat(slide(root, "e1").get("text").get("text").asText()).contains("<ol start=\"1\">")
                .contains("alpha-news.example, 2021-03-02");
        assertThat(root.get("title").get("text").get("text").asText()).contains("Agreement signed somewhere");
    }
}
