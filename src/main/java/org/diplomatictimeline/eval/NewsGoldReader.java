package org.diplomatictimeline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a news gold file (a JSON list of articles, see ../shared/data/news-dev/README.md for the fields). */
public final class NewsGoldReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Reads and checks the file; a malformed file gets a message naming it and the bad entry. */
    public NewsGold read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(MAPPER.readTree(in));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    NewsGold parse(JsonNode root) {
        if (root == null || !root.isArray()) {
            throw new IllegalArgumentException("expected a JSON list of articles");
        }
        List<NewsGold.Article> articles = new ArrayList<>();
        int index = 0;
        for (JsonNode a : root) {
            String file = text(a, "file");
            if (file == null) {
                throw new IllegalArgumentException("article " + index + ": missing 'file'");
            }
            List<NewsGold.GoldEvent> events = new ArrayList<>();
            for (JsonNode e : a.path("events")) {
                String start = text(e, "date_start");
                if (start == null) {
                    throw new IllegalArgumentException(file + ": an event without 'date_start'");
                }
                events.add(new NewsGold.GoldEvent(text(e, "what"), text(e, "type"), start, text(e, "date_end"),
                        text(e, "date_basis"), strings(e, "participants"), strings(e, "countries"),
                        text(e, "place")));
            }
            articles.add(new NewsGold.Article(file, text(a, "doc_date"), events));
            index++;
        }
        return new NewsGold(articles);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> strings(JsonNode node, String field) {
        List<String> values = new ArrayList<>();
        for (JsonNode v : node.path(field)) {
            if (!v.isNull()) {
                values.add(v.asText());
            }
        }
        return values;
    }
}
