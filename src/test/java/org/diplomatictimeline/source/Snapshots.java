package org.diplomatictimeline.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Writes a PNG of a node under target/snapshots/ so a person can look at what a UI test saw. */
public final class Snapshots {

    private Snapshots() {
    }

    /** Must run on the FX thread; returns the written file. */
    public static Path write(Node node, String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "snapshots"));
            WritableImage image = node.snapshot(null, null);
            Path file = dir.resolve(name + ".png");
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
