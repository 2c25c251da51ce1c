package org.diplomatictimeline.brief.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvChronologyWriterTest {

    @Test
    void startsWithAByteOrderMarkAndEndsRecordsWithCrLf() {
        byte[] bytes = Written.bytes(ChronologyFormat.CSV);

        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\r\n").doesNotContain("\n\n");
    }

    @Test
    void parsesBackWithEveryEventQuotesCommasAndScriptsIntact() throws IOException {
        String text = Written.text(ChronologyFormat.CSV).substring(1);

        try (CSVParser parser = CsvChronologyWriter.readFormat().parse(new StringReader(text))) {
            assertThat(parser.getHeaderNames()).isEqualTo(CsvChronologyWriter.HEADER);
            List<CSVRecord> rows = parser.getRecords();
            assertThat(rows).extracting(r -> r.get("event_id")).containsExactly("e1", "e2", "e3", "e4", "e5", "e6");
            assertThat(rows.get(1).get("title")).isEqualTo("Встреча министров");
            assertThat(rows.get(2).get("title")).isEqualTo("部长访问");
            assertThat(rows.get(3).get("citations")).contains("“Officials held talks, \"quietly\", in April.”");
            assertThat(rows.get(5).get("date")).isEmpty();
            assertThat(rows.get(5).get("date_label")).isEqualTo("undated");
            assertThat(rows).allMatch(r -> r.size() == CsvChronologyWriter.HEADER.size());
        }
    }

    @Test
    void saysWhatItContainsInCommentLines() {
        assertThat(Written.text(ChronologyFormat.CSV)).contains("# Events: all events; span: 2021-03-01 to 2021-04-30.");
    }
}
