package org.diplomatictimeline.app;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.control.SplitPane;

/**
 * Remembers where the user left the window's split-pane dividers, in a small properties file in the app's data
 * folder, so the next start opens with the same sizes. A missing or damaged file means the default sizes.
 */
final class PaneSizes {

    private static final Logger LOG = Logger.getLogger(PaneSizes.class.getName());

    private final Path file;

    PaneSizes(Path file) {
        this.file = file;
    }

    /** The saved positions of pane {@code name}, or empty when none (or not as many as {@code dividers}) were saved. */
    List<Double> read(String name, int dividers) {
        Properties p = load();
        String v = p.getProperty(name);
        if (v == null) {
            return List.of();
        }
        List<Double> out = new ArrayList<>();
        for (String part : v.split(",")) {
            try {
                double d = Double.parseDouble(part.strip());
                if (!(d > 0 && d < 1)) {
                    return List.of();
                }
                out.add(d);
            } catch (NumberFormatException e) {
                return List.of();
            }
        }
        return out.size() == dividers ? List.copyOf(out) : List.of();
    }

    /** Saves the positions of pane {@code name}, keeping the other panes' entries. */
    void write(String name, double[] positions) {
        Properties p = load();
        StringBuilder v = new StringBuilder();
        for (double d : positions) {
            v.append(v.length() == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.4f", d));
        }
        p.setProperty(name, v.toString());
        try {
            Files.createDirectories(file.getParent());
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                p.store(w, "Divider positions of the main window");
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not save the pane sizes to " + file, e);
        }
    }

    /** Applies the saved positions of pane {@code name}, if any, to {@code pane}. */
    void restore(String name, SplitPane pane) {
        List<Double> saved = read(name, pane.getDividers().size());
        if (!saved.isEmpty()) {
            pane.setDividerPositions(saved.stream().mapToDouble(Double::doubleValue).toArray());
        }
    }

    private Properties load() {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException | IllegalArgumentException e) {
                LOG.log(Level.WARNING, "Ignoring unreadable pane sizes in " + file, e);
            }
        }
        return p;
    }
}
