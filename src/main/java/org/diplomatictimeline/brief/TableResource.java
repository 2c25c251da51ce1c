package org.diplomatictimeline.brief;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a tab-separated table bundled beside this package: rows of cells, '#' comment lines and blanks skipped. */
final class TableResource {

    private TableResource() {
    }

    static List<String[]> rows(String name) {
        InputStream in = TableResource.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource org/diplomatictimeline/brief/" + name);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                rows.add(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return rows;
    }
}
