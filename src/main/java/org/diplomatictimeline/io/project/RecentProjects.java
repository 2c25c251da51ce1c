package org.diplomatictimeline.io.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The most recently opened or saved project files, newest first, kept in the user's data folder. */
public final class RecentProjects {

    /** How many entries are kept. */
    public static final int DEFAULT_LIMIT = 10;

    private final Path file;
    private final int limit;
    // ProjectJson.MAPPER is built at its first use, not when the window installs curation
    // (building it took 1.4 s of a start at load 14, by a class-loading log).
    private static ObjectMapper mapper() {
        return ProjectJson.MAPPER;
    }

    public RecentProjects(Path dataFolder) {
        this(dataFolder, DEFAULT_LIMIT);
    }

    public RecentProjects(Path dataFolder, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        this.file = dataFolder.resolve("recent-projects.json");
        this.limit = limit;
    }

    /**
     * The list, newest first. A damaged list (it is the app's own bookkeeping, nothing the user made) reads as
     * empty and is replaced by the next {@link #add}.
     */
    public List<Path> list() {
        List<Path> paths = new ArrayList<>();
        try {
            if (!Files.exists(file)) {
                return paths;
            }
            JsonNode root = mapper().readTree(Files.readAllBytes(file));
            for (JsonNode p : root.path("recent")) {
                if (p.isTextual() && !p.asText().isBlank()) {
                    paths.add(Path.of(p.asText()));
                }
            }
        } catch (IOException | RuntimeException e) {
            return new ArrayList<>();
        }
        return paths;
    }

    /** Puts a project at the top of the list (moving it if already there) and drops the oldest past the limit. */
    public List<Path> add(Path project) throws IOException {
        Path normal = project.toAbsolutePath().normalize();
        List<Path> paths = list();
        paths.remove(normal);
        paths.add(0, normal);
        while (paths.size() > limit) {
            paths.remove(paths.size() - 1);
        }
        store(paths);
        return List.copyOf(paths);
    }

    /** Removes a project from the list (e.g. the file is gone and the user said forget it). */
    public List<Path> remove(Path project) throws IOException {
        List<Path> paths = list();
        paths.remove(project.toAbsolutePath().normalize());
        store(paths);
        return List.copyOf(paths);
    }

    private void store(List<Path> paths) throws IOException {
        ObjectNode root = mapper().createObjectNode();
        ArrayNode array = root.putArray("recent");
        paths.forEach(p -> array.add(p.toString()));
        new AtomicFileWriter().write(file, out -> mapper().writeValue(out, root));
    }
}
