package org.diplomatictimeline.extract.mention;

import java.util.HashSet;
import java.util.Set;
import org.diplomatictimeline.table.ResourceTable;

/**
 * The lower-case particles of personal names ({@code name-particles.tsv}): those that join a name's words ("de la
 * Fuente"), those that are also articles and join only after another particle ("von der Leyen"), and those some
 * spellings drop ("Bashar al-Assad" / "Bashar Assad").
 *
 * @param joins    particles that join a name's words
 * @param articles particles that are also articles
 * @param dropped  particles a name key leaves out
 */
record NameParticles(Set<String> joins, Set<String> articles, Set<String> dropped) {

    /** The project's table, read once. */
    static final NameParticles TABLE = read();

    private static NameParticles read() {
        Set<String> joins = new HashSet<>();
        Set<String> articles = new HashSet<>();
        Set<String> dropped = new HashSet<>();
        for (ResourceTable.Row row : ResourceTable.read(NameParticles.class, "name-particles.tsv").rows()) {
            String[] cells = row.cells(2);
            String particle = cells[0].strip();
            for (String role : cells[1].strip().split("\\|")) {
                switch (role) {
                    case "JOINS" -> joins.add(particle);
                    case "ARTICLE" -> articles.add(particle);
                    case "DROPPED" -> dropped.add(particle);
                    default -> throw row.malformed("unknown role " + role);
                }
            }
        }
        return new NameParticles(Set.copyOf(joins), Set.copyOf(articles), Set.copyOf(dropped));
    }
}
