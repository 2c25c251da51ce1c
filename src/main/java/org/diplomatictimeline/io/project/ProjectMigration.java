package org.diplomatictimeline.io.project;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** One step of the project format's history: turns a file's JSON tree of one version into the next version's. */
public interface ProjectMigration {

    /** The version this step reads; it produces {@code fromVersion() + 1}. */
    int fromVersion();

    /**
     * Rewrites the tree; may modify and return {@code tree}. Throws IllegalArgumentException with a message a
     * user understands when the old file lacks what the step needs.
     */
    ObjectNode migrate(ObjectNode tree);
}
