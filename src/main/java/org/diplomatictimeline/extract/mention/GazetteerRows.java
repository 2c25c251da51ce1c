package org.diplomatictimeline.extract.mention;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The tab-separated rows of the gazetteer's resources beside this class: blank lines and '#' comments skipped, a
 * field trimmed (empty when missing), a field of several names split at '|'.
 */
final class GazetteerRows {

    private GazetteerRows() {
    }

    static String field(String[] f, int i) {
        return i < f.length ? f[i].trim() : "";
    }

    static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        for (String part : s.split("\\|")) {
            if (!part.isBlank()) {
                out.add(part.trim());
            }
        }
        return out;
    }

    static List<String[]> read(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = GazetteerRows.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Gazetteer resource missing: " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read gazetteer " + resource, e);
        }
        return rows;
    }
}
