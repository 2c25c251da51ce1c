package org.diplomatictimeline.table;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A table bundled in the jar (a {@code .tsv} table or a word list), read as UTF-8 without its blank lines and its
 * {@code #} comment lines; each remaining line is a {@link Row} that knows its resource and line number, so a
 * malformed row is reported where a person can find it.
 */
public final class ResourceTable {

    private final String resource;
    private final List<Row> rows;

    private ResourceTable(String resource, List<Row> rows) {
        this.resource = resource;
        this.rows = List.copyOf(rows);
    }

    /**
     * The table {@code name}, looked up as {@link Class#getResourceAsStream} looks it up beside {@code anchor}
     * (relative to its package, or from the root when it starts with '/'); fails when the build lacks it.
     */
    public static ResourceTable read(Class<?> anchor, String name) {
        return find(anchor, name)
                .orElseThrow(() -> new IllegalStateException("missing resource " + path(anchor, name)));
    }

    /** The table {@code name} as {@link #read} finds it, or empty when there is none (an optional file of a folder). */
    public static Optional<ResourceTable> find(Class<?> anchor, String name) {
        String resource = path(anchor, name);
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(parse(resource, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** The rows of a table's text; {@code resource} names it in errors. */
    static ResourceTable parse(String resource, BufferedReader text) throws IOException {
        List<Row> rows = new ArrayList<>();
        int number = 0;
        for (String line = text.readLine(); line != null; line = text.readLine()) {
            number++;
            // a comment is a line starting with '#': a row whose first cell is empty may have '#' further on
            if (!line.isBlank() && !line.startsWith("#")) {
                rows.add(new Row(resource, number, line));
            }
        }
        return new ResourceTable(resource, rows);
    }

    /** The resource's path in the jar, without a leading '/' ("org/diplomatictimeline/extract/triggers.tsv"). */
    public String resource() {
        return resource;
    }

    /** The rows in file order. */
    public List<Row> rows() {
        return rows;
    }

    /** The rows' lines as written, in file order. */
    public List<String> lines() {
        return rows.stream().map(Row::line).toList();
    }

    private static String path(Class<?> anchor, String name) {
        if (name.startsWith("/")) {
            return name.substring(1);
        }
        String folder = anchor.getPackageName().replace('.', '/');
        return folder.isEmpty() ? name : folder + "/" + name;
    }

    /**
     * One line of a table and where it stands.
     *
     * @param resource the table's path in the jar
     * @param number   the line number in the file, counting blank and comment lines, from 1
     * @param line     the line as written, without its line break
     */
    public record Row(String resource, int number, String line) {

        /** The line's tab-separated cells as written (not trimmed); every tab makes a cell, also one at the end. */
        public String[] cells() {
            return line.split("\t", -1);
        }

        /** The cells, failing with the resource and line when the row has fewer than {@code columns}. */
        public String[] cells(int columns) {
            String[] cells = cells();
            if (cells.length < columns) {
                throw malformed("expected at least " + columns + " tab-separated columns, found " + cells.length);
            }
            return cells;
        }

        /** An error naming this row's resource and line, for the reader that finds a cell it cannot use. */
        public IllegalStateException malformed(String problem) {
            return new IllegalStateException(resource + " line " + number + ": " + problem);
        }
    }
}
