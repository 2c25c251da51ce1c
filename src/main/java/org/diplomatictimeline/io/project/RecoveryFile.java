package org.diplomatictimeline.io.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * The autosaved state of unsaved work in the user's data folder: written while working, left behind by a crash,
 * offered for recovery at the next start, and removed by a clean close.
 */
public final class RecoveryFile {

    /** The value of the {@code format} field of a recovery file. */
    public static final String FORMAT = "diplomatic-timeline-recovery";

    /**
     * What a recovery file holds.
     *
     * @param originalPath the project file the work belongs to, or null for a project never saved
     */
    public record Snapshot(Instant savedAt, String originalPath, Project project) {
        public Snapshot {
            Objects.requireNonNull(savedAt, "savedAt");
            Objects.requireNonNull(project, "project");
        }
    }

    private final Path file;
    private final ProjectStore store;
    // Built at first use (see ProjectStore), not when the window installs curation.
    private static ObjectMapper mapper() {
        return ProjectJson.MAPPER;
    }

    /** The recovery file in the given data folder. */
    public RecoveryFile(Path dataFolder, ProjectStore store) {
        this.file = dataFolder.resolve("recovery").resolve("autosave.dtproj-recovery");
        this.store = Objects.requireNonNull(store, "store");
    }

    public Path file() {
        return file;
    }

    public boolean exists() {
        return Files.exists(file);
    }

    /** Writes the snapshot atomically, replacing any earlier one. */
    public void write(Snapshot snapshot) throws IOException {
        ObjectNode root = mapper().createObjectNode();
        root.put("format", FORMAT);
        root.put("savedAt", snapshot.savedAt().toString());
        root.put("originalPath", snapshot.originalPath());
        root.set("project", store.toTree(snapshot.project()));
        new AtomicFileWriter().write(file, out -> mapper().writeValue(out, root));
    }

    /**
     * The snapshot a previous session left, if any.
     *
     * @throws ProjectFileException when a recovery file exists but cannot be read; it is left in place
     */
    public Optional<Snapshot> detect() throws ProjectFileException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        JsonNode root;
        try {
            root = mapper().readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new ProjectFileException(file, ProjectFileException.Problem.CORRUPT, e.getMessage(), e);
        }
        if (root == null || !FORMAT.equals(root.path("format").asText()) || !root.path("project").isObject()) {
            throw new ProjectFileException(file, ProjectFileException.Problem.CORRUPT, "not a recovery file", null);
        }
        Instant savedAt;
        try {
            savedAt = Instant.parse(root.path("savedAt").asText());
        } catch (DateTimeParseException e) {
            throw new ProjectFileException(file, ProjectFileException.Problem.CORRUPT, "no valid savedAt", e);
        }
        String original = root.hasNonNull("originalPath") ? root.get("originalPath").asText() : null;
        Project project = store.fromTree(file, (ObjectNode) root.get("project"));
        return Optional.of(new Snapshot(savedAt, original, project));
    }

    /**
     * Moves the recovery file aside, under a name with its time, so this session's autosaves do not replace it
     * while the user has not decided; returns where it went, or empty when there was none.
     */
    public Optional<Path> setAside() throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                .withZone(ZoneOffset.UTC).format(Files.getLastModifiedTime(file).toInstant());
        Path target = file.resolveSibling("kept-" + stamp + ".dtproj-recovery");
        for (int i = 2; Files.exists(target); i++) {
            target = file.resolveSibling("kept-" + stamp + "-" + i + ".dtproj-recovery");
        }
        return Optional.of(Files.move(file, target));
    }

    /** Removes the recovery file (after a clean close, or once the user recovered or declined). */
    public void discard() throws IOException {
        Files.deleteIfExists(file);
    }
}
