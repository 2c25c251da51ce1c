package org.diplomatictimeline.extract.mention;

import java.util.Objects;

/**
 * A diplomatic topic that a mention speaks of.
 *
 * @param id   stable key: "topic:iran-nuclear-deal"
 * @param name display name: "Iran nuclear deal"
 */
public record Topic(String id, String name) {

    public Topic {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
