package org.diplomatictimeline.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.diplomatictimeline.table.ResourceTable;

/**
 * The seed corpus bundled in the jar under {@code org/diplomatictimeline/seeds/}: an index names the files, since
 * a module's resources cannot be listed the same way from a folder, a jar and a jlink image.
 */
final class SeedCatalog {

    static final String FOLDER = "/org/diplomatictimeline/seeds/";
    static final String INDEX = "seeds.list";
    /** The prefix of a bundled seed's source, e.g. "seed:000_de021c3e35eb7acd.txt". */
    static final String SOURCE_PREFIX = "seed:";

    /** The file names the index lists, in reading order. */
    List<String> names() {
        return ResourceTable.find(SeedCatalog.class, FOLDER + INDEX)
                .map(index -> index.lines().stream().map(String::strip).toList())
                .orElse(List.of());
    }

    /** The bytes of a bundled seed file, or null when the jar does not hold it. */
    byte[] bytes(String name) throws IOException {
        try (InputStream in = open(name)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    private static InputStream open(String name) {
        return SeedCatalog.class.getResourceAsStream(FOLDER + name);
    }
}
