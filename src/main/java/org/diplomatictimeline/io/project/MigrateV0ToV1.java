package org.diplomatictimeline.io.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/**
 * Version 0 (the early prototype format: {@code "version": 0}, a {@code "files"} list of path and hash, flat
 * {@code "lanes"} and {@code "theme"}) to version 1 (see docs/PROJECT-FORMAT.md).
 */
final class MigrateV0ToV1 implements ProjectMigration {

    @Override
    public int fromVersion() {
        return 0;
    }

    @Override
    public ObjectNode migrate(ObjectNode old) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode v1 = f.objectNode();
        v1.put("format", Project.FORMAT);
        v1.put("schemaVersion", 1);
        v1.put("name", old.path("title").asText("Untitled"));
        ArrayNode sources = v1.putArray("sources");
        for (JsonNode file : old.path("files")) {
            String path = require(file, "path");
            ObjectNode s = sources.addObject();
            s.put("documentId", file.hasNonNull("id") ? file.get("id").asText() : baseName(path));
            s.put("path", path);
            s.put("sha256", require(file, "hash").toLowerCase(Locale.ROOT));
            s.put("size", -1);
            s.putNull("textCopy");
        }
        v1.set("decisions", old.has("decisions") ? old.get("decisions") : f.arrayNode());
        ObjectNode view = v1.putObject("view");
        view.put("laneMode", old.path("lanes").asText("NONE"));
        view.putNull("windowStart");
        view.putNull("windowEnd");
        view.putNull("filters");
        view.put("theme", old.path("theme").asText("light"));
        return v1;
    }

    private static String require(JsonNode node, String field) {
        if (!node.hasNonNull(field)) {
            throw new IllegalArgumentException("a file entry of the version 0 project has no \"" + field + "\"");
        }
        return node.get(field).asText();
    }

    /** Version 0 had no document ids; the corpus reader names documents by file name without extension. */
    private static String baseName(String path) {
        String name = path.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
