package org.diplomatictimeline.io.project;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The chain of migration steps that brings a project tree of any older version up to the current one. */
final class ProjectMigrations {

    /** Every step ever written, one per version; a new format version adds one line here. */
    static final ProjectMigrations STANDARD = new ProjectMigrations(List.of(new MigrateV0ToV1()),
            Project.CURRENT_VERSION);

    private final Map<Integer, ProjectMigration> byFromVersion = new HashMap<>();
    private final int target;

    ProjectMigrations(List<ProjectMigration> steps, int target) {
        for (ProjectMigration step : steps) {
            if (byFromVersion.put(step.fromVersion(), step) != null) {
                throw new IllegalArgumentException("two migrations from version " + step.fromVersion());
            }
        }
        this.target = target;
        for (int v = 0; v < target; v++) {
            if (!byFromVersion.containsKey(v)) {
                throw new IllegalArgumentException("no migration from version " + v);
            }
        }
    }

    /** The tree brought from {@code version} to the target version, step by step. */
    ObjectNode migrate(ObjectNode tree, int version) {
        ObjectNode current = tree;
        for (int v = version; v < target; v++) {
            current = byFromVersion.get(v).migrate(current);
        }
        return current;
    }
}
