package org.diplomatictimeline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads an {@code expected.json} answer set (see src/test/resources/.../acceptance/expected.json for the format). */
public final class ExpectedSetReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Reads and checks the file; a malformed file gets a message naming it and the bad entry. */
    public ExpectedSet read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(MAPPER.readTree(in));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    ExpectedSet parse(JsonNode root) {
        List<ExpectedSet.Article> articles = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode a : root.path("articles")) {
            String file = required(a, "file");
            JsonNode d = a.path("documentDate");
            ExpectedSet.DocumentDateAnswer date = new ExpectedSet.DocumentDateAnswer(text(d, "value"),
                    text(d, "precision"), d.path("stated").asBoolean(false), d.path("headerConflict").asBoolean(false),
                    text(d, "note"));
            List<ExpectedSet.Event> events = new ArrayList<>();
            for (JsonNode e : a.path("events")) {
                ExpectedSet.Event event = new ExpectedSet.Event(required(e, "id"), file, strings(e, "types"),
                        strings(e, "countries"), strings(e, "people"), strings(e, "orgs"), text(e, "place"),
                        text(e, "date"), text(e, "end"), text(e, "precision"), e.path("dateOptional").asBoolean(false),
                        text(e, "status"), strings(e, "sameAs"), text(e, "note"));
                if (!ids.add(event.id())) {
                    throw new IllegalArgumentException("duplicate event id " + event.id());
                }
                events.add(event);
            }
            articles.add(new ExpectedSet.Article(file, date, events));
        }
        List<ExpectedSet.MergeRule> apart = new ArrayList<>();
        for (JsonNode r : root.path("mustNotMerge")) {
            apart.add(new ExpectedSet.MergeRule(required(r, "a"), required(r, "b"), text(r, "why")));
        }
        List<ExpectedSet.ForbiddenDate> forbidden = new ArrayList<>();
        for (JsonNode f : root.path("forbidden")) {
            forbidden.add(new ExpectedSet.ForbiddenDate(required(f, "file"), strings(f, "types"), required(f, "date"),
                    text(f, "why")));
        }
        ExpectedSet set = new ExpectedSet(articles, apart, forbidden);
        checkReferences(set, ids);
        return set;
    }

    private static void checkReferences(ExpectedSet set, Set<String> ids) {
        for (ExpectedSet.Event e : set.events()) {
            for (String other : e.sameAs()) {
                if (!ids.contains(other)) {
                    throw new IllegalArgumentException(e.id() + ": sameAs names an unknown event " + other);
                }
            }
        }
        for (ExpectedSet.MergeRule r : set.mustNotMerge()) {
            if (!ids.contains(r.a()) || !ids.contains(r.b())) {
                throw new IllegalArgumentException("mustNotMerge names an unknown event: " + r.a() + ", " + r.b());
            }
        }
    }

    private static String required(JsonNode node, String field) {
        String value = text(node, field);
        if (value == null) {
            throw new IllegalArgumentException("missing '" + field + "' in " + node);
        }
        return value;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> strings(JsonNode node, String field) {
        List<String> values = new ArrayList<>();
        node.path(field).forEach(v -> values.add(v.asText()));
        return values;
    }
}
