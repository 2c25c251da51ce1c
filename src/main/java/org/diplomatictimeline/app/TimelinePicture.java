package org.diplomatictimeline.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;
import org.diplomatictimeline.timeline.TimeWindow;
import org.diplomatictimeline.timeline.TimelineView;
import org.diplomatictimeline.timeline.skin.TimelineSkin;

/**
 * A picture of the timeline view as it is now (events shown, lanes, folded lanes, time window, theme) at a chosen
 * size and scale: PNG through a snapshot of a copy of the view, SVG drawn by {@link TimelineSvg}. Runs on the FX
 * thread, where snapshots must be taken.
 */
final class TimelinePicture {

    /** The picture formats, with their file suffixes. */
    enum Format {
        PNG(".png", "PNG picture of the timeline"), SVG(".svg", "SVG picture of the timeline");

        private final String suffix;
        private final String label;

        Format(String suffix, String label) {
            this.suffix = suffix;
            this.label = label;
        }

        String suffix() {
            return suffix;
        }

        String label() {
            return label;
        }
    }

    /** Width and height in layout pixels, and the factor a PNG's pixels are multiplied by (2 for print). */
    record Size(int width, int height, double scale) {
        Size {
            if (width < 100 || height < 60 || scale <= 0 || scale > 8) {
                throw new IllegalArgumentException("unusable picture size " + width + "x" + height + " @" + scale);
            }
        }

        @Override
        public String toString() {
            return width + " × " + height + (scale == 1 ? "" : " at " + (scale == Math.rint(scale)
                    ? String.valueOf((int) scale) : String.valueOf(scale)) + "× (" + Math.round(width * scale)
                    + " × " + Math.round(height * scale) + " pixels)");
        }
    }

    /** The sizes offered: slide sizes, and print sizes at twice and three times the pixels. */
    static final List<Size> SIZES = List.of(new Size(1280, 720, 1), new Size(1920, 1080, 1),
            new Size(1600, 900, 2), new Size(1600, 900, 3));

    private TimelinePicture() {
    }

    /** Writes the picture of {@code view} and returns what it holds, in words. */
    static String write(TimelineView view, Format format, Size size, Path target, String caption)
            throws IOException {
        TimeWindow window = view.getVisibleWindow() != null ? view.getVisibleWindow()
                : TimelineSvg.span(view.getEvents());
        if (format == Format.SVG) {
            Files.writeString(target, TimelineSvg.svg(List.copyOf(view.getEvents()), view.getLaneMode(),
                    List.copyOf(view.getLaneOrder()), window, size.width(), size.height(),
                    view.darkThemeProperty().get(), caption), StandardCharsets.UTF_8);
        } else {
            WritableImage image = snapshot(view, window, size);
            if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", target.toFile())) {
                throw new IOException("no PNG writer on this machine");
            }
        }
        return view.getEvents().size() + " events (" + caption + "), " + size;
    }

    /** A picture of the view's events, lanes and key marks over a window, drawn anew at the size (FX thread). */
    static WritableImage snapshot(TimelineView source, TimeWindow window, Size size) {
        TimelineView copy = new TimelineView();
        copy.animatedProperty().set(false);
        copy.darkThemeProperty().set(source.darkThemeProperty().get());
        copy.setLaneMode(source.getLaneMode());
        copy.getLaneOrder().setAll(source.getLaneOrder());
        copy.getCollapsedLanes().addAll(source.getCollapsedLanes());
        copy.getEvents().setAll(source.getEvents());
        copy.setSelectedEvent(source.getSelectedEvent());
        copy.keyEventsProperty().set(source.keyEventsProperty().get());
        StackPane root = new StackPane(copy);
        Scene scene = new Scene(root, size.width(), size.height());
        if (source.getScene() != null) {
            scene.getStylesheets().setAll(source.getScene().getStylesheets());
        }
        root.applyCss();
        root.layout();
        copy.setVisibleWindow(window);
        root.layout();
        if (copy.getSkin() instanceof TimelineSkin skin) {
            skin.paintNow();
        }
        SnapshotParameters params = new SnapshotParameters();
        params.setTransform(Transform.scale(size.scale(), size.scale()));
        return root.snapshot(params, new WritableImage((int) Math.round(size.width() * size.scale()),
                (int) Math.round(size.height() * size.scale())));
    }
}
