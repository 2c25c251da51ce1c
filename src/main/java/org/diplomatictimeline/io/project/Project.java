package org.diplomatictimeline.io.project;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.diplomatictimeline.curation.Curation;
import org.diplomatictimeline.curation.Decision;

/**
 * Everything an analyst's project keeps: the corpus references, the decisions over the extraction, and the view.
 * Saved as versioned JSON by {@link ProjectStore}; the format is documented in docs/PROJECT-FORMAT.md.
 *
 * @param format        always {@link #FORMAT}, so a stray JSON file is told apart from a project
 * @param schemaVersion the format version the record was read as or will be written as
 * @param name          shown in the window title
 * @param sources       the corpus documents, in the order they are read
 * @param decisions     the analyst's decisions in the order they were made
 */
public record Project(String format, int schemaVersion, String name, List<SourceRef> sources,
                      List<Decision> decisions, ViewSettings view) {

    /** The value of the {@code format} field of every project file. */
    public static final String FORMAT = "diplomatic-timeline-project";
    /** The version this build writes. */
    public static final int CURRENT_VERSION = 1;

    public Project {
        if (!FORMAT.equals(format)) {
            throw new IllegalArgumentException("not a Diplomatic Timeline project (format is " + format + ")");
        }
        if (schemaVersion < 1) {
            throw new IllegalArgumentException("schema version " + schemaVersion + " must be migrated first");
        }
        Objects.requireNonNull(name, "name");
        sources = List.copyOf(sources);
        decisions = List.copyOf(decisions);
        view = view == null ? ViewSettings.DEFAULT : view;
        Set<String> ids = new HashSet<>();
        for (SourceRef s : sources) {
            if (!ids.add(s.documentId())) {
                throw new IllegalArgumentException("document id " + s.documentId() + " appears twice");
            }
        }
        Set<String> decisionIds = new HashSet<>();
        for (Decision d : decisions) {
            if (!decisionIds.add(d.id())) {
                // Undo and replay tell decisions apart by id: two with one id cannot be replayed faithfully.
                throw new IllegalArgumentException("decision id " + d.id() + " appears twice");
            }
        }
    }

    /** A project in the current format. */
    public static Project of(String name, List<SourceRef> sources, Curation curation, ViewSettings view) {
        return new Project(FORMAT, CURRENT_VERSION, name, sources, curation.decisions(), view);
    }

    /** The decisions as a curation, ready to replay over an extraction. */
    public Curation curation() {
        return new Curation(decisions);
    }

    public Project withCuration(Curation curation) {
        return new Project(format, schemaVersion, name, sources, curation.decisions(), view);
    }

    public Project withView(ViewSettings newView) {
        return new Project(format, schemaVersion, name, sources, decisions, newView);
    }

    public Project withSources(List<SourceRef> newSources) {
        return new Project(format, schemaVersion, name, newSources, decisions, view);
    }

    public Project withName(String newName) {
        return new Project(format, schemaVersion, newName, sources, decisions, view);
    }
}
