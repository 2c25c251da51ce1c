package org.diplomatictimeline.brief.format;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;

/** Writes the JSON trees of the JSON-based chronology formats: indented, UTF-8, leaving the stream open. */
final class JsonTreeOutput {

    /** Built once: Jackson writers are immutable and thread-safe. */
    private static final ObjectWriter WRITER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .writer();

    private JsonTreeOutput() {
    }

    static void write(JsonNode tree, OutputStream out) throws IOException {
        WRITER.writeValue(out, tree);
        out.flush();
    }
}
