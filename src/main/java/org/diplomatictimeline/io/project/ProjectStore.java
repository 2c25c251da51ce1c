package org.diplomatictimeline.io.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads and writes project files: atomic saves, migration of older versions, and clear refusals for files it
 * must not read or overwrite (newer or damaged files are never changed).
 */
public final class ProjectStore {

    // ProjectJson.MAPPER is built at its first use, not when the window installs curation
    // (building it took 1.4 s of a start at load 14, by a class-loading log).
    private static ObjectMapper mapper() {
        return ProjectJson.MAPPER;
    }
    private final AtomicFileWriter writer;
    private final ProjectMigrations migrations;

    public ProjectStore() {
        this(new AtomicFileWriter());
    }

    /** A store writing through the given writer (tests inject slow or failing streams). */
    public ProjectStore(AtomicFileWriter writer) {
        this(writer, ProjectMigrations.STANDARD);
    }

    ProjectStore(AtomicFileWriter writer, ProjectMigrations migrations) {
        this.writer = Objects.requireNonNull(writer, "writer");
        this.migrations = Objects.requireNonNull(migrations, "migrations");
    }

    /**
     * Loads a project, migrating older versions in memory (the file itself is not rewritten until saved).
     *
     * @throws ProjectFileException naming the file when it is unreadable, damaged, or from a newer version
     */
    public Project load(Path file) throws ProjectFileException {
        byte[] bytes;
        AtomicFileWriter.removeStaleTemporaries(file);
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ProjectFileException(file, ProjectFileException.Problem.UNREADABLE, "it does not exist", e);
        } catch (IOException e) {
            throw new ProjectFileException(file, ProjectFileException.Problem.UNREADABLE, inWords(e), e);
        }
        return parse(file, bytes);
    }

    /** Parses project bytes; {@code file} only names the source in messages. */
    Project parse(Path file, byte[] bytes) throws ProjectFileException {
        JsonNode tree;
        try {
            tree = mapper().readTree(bytes);
        } catch (IOException e) {
            throw corrupt(file, "not valid JSON (" + firstLine(e) + ")", e);
        }
        if (tree == null || !tree.isObject()) {
            throw corrupt(file, "the file does not hold a JSON object", null);
        }
        return fromTree(file, (ObjectNode) tree);
    }

    /** A project from its JSON tree, migrated; {@code file} only names the source in messages. */
    Project fromTree(Path file, ObjectNode object) throws ProjectFileException {
        int version = versionOf(file, object);
        if (version > Project.CURRENT_VERSION) {
            throw new ProjectFileException(file, ProjectFileException.Problem.NEWER_VERSION,
                    "its format version is " + version + ", this version reads up to " + Project.CURRENT_VERSION
                            + "; please update Diplomatic Timeline", null);
        }
        try {
            ObjectNode current = migrations.migrate(object, version);
            return mapper().treeToValue(current, Project.class);
        } catch (JsonProcessingException e) {
            // A record's own check (duplicate ids, a bad value) says the problem in words; Jackson's wrapper does not.
            if (e.getCause() instanceof IllegalArgumentException invalid && invalid.getMessage() != null) {
                throw corrupt(file, invalid.getMessage(), e);
            }
            throw corrupt(file, firstLine(e), e);
        } catch (IllegalArgumentException e) {
            throw corrupt(file, e.getMessage(), e);
        }
    }

    /**
     * Saves over {@code file} atomically. Refuses when an existing file there cannot be opened as a project
     * (newer or damaged): it may be the only copy of someone's work. Use {@link #saveAs} after the user chose.
     */
    public void save(Project project, Path file) throws IOException {
        if (Files.exists(file)) {
            try {
                load(file);
            } catch (ProjectFileException e) {
                throw new ProjectFileException(file, ProjectFileException.Problem.OVERWRITE_REFUSED,
                        e.problem().name().toLowerCase(Locale.ROOT).replace('_', ' '), e);
            }
        }
        write(project, file);
    }

    /** Saves to a file the user explicitly chose (and agreed to replace, if it existed), atomically. */
    public void saveAs(Project project, Path file) throws IOException {
        write(project, file);
    }

    /** The project as the JSON text a file would hold. */
    public String toJson(Project project) {
        return toJson(mapper(), project);
    }

    /** The project as a JSON tree in the current version, for files that embed a project (recovery). */
    com.fasterxml.jackson.databind.JsonNode toTree(Project project) {
        return mapper().valueToTree(upgraded(project));
    }

    private static String toJson(ObjectMapper mapper, Project project) {
        try {
            return mapper.writeValueAsString(upgraded(project));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a project record could not be written as JSON", e);
        }
    }

    private void write(Project project, Path file) throws IOException {
        Project current = upgraded(project);
        writer.write(file, out -> mapper().writeValue(out, current));
    }

    /** Files are always written in the current version, whatever they were read as. */
    private static Project upgraded(Project p) {
        return p.schemaVersion() == Project.CURRENT_VERSION ? p
                : new Project(p.format(), Project.CURRENT_VERSION, p.name(), p.sources(), p.decisions(), p.view());
    }

    private static int versionOf(Path file, ObjectNode tree) throws ProjectFileException {
        JsonNode v = tree.get("schemaVersion");
        if (v == null && tree.has("version") && tree.has("files")) {
            v = tree.get("version"); // the version 0 prototype called it "version"
        }
        if (v == null) {
            throw corrupt(file, "it has no \"schemaVersion\"", null);
        }
        if (!v.isIntegralNumber() || v.asLong() < 0 && v.canConvertToLong()) {
            throw corrupt(file, "\"schemaVersion\" is not a version number: " + v, null);
        }
        if (!v.canConvertToInt()) {
            throw new ProjectFileException(file, ProjectFileException.Problem.NEWER_VERSION,
                    "its format version is " + v.asText() + ", this version reads up to " + Project.CURRENT_VERSION
                            + "; please update Diplomatic Timeline", null);
        }
        return v.asInt();
    }

    /** What went wrong reading, as a person would say it, not the name of a Java exception. */
    private static String inWords(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null || e.getMessage().isBlank() ? "the disk reported an error" : e.getMessage();
    }

    private static ProjectFileException corrupt(Path file, String detail, Throwable cause) {
        return new ProjectFileException(file, ProjectFileException.Problem.CORRUPT, detail, cause);
    }

    private static String firstLine(Exception e) {
        String m = e instanceof JsonProcessingException j ? j.getOriginalMessage() + locationOf(j) : e.getMessage();
        if (m == null) {
            return e.getClass().getSimpleName();
        }
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    private static String locationOf(JsonProcessingException e) {
        return e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }
}
