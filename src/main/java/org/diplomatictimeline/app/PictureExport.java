package org.diplomatictimeline.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Window;
import org.diplomatictimeline.timeline.TimelineView;

/** File › Export… for a PNG or SVG: asks the size and scale, writes the picture, and says what it holds. */
final class PictureExport {

    private PictureExport() {
    }

    static void export(Window owner, TimelineView view, TimelinePicture.Format format, Path target, String caption,
                       Consumer<String> done) {
        ChoiceDialog<TimelinePicture.Size> dialog = new ChoiceDialog<>(TimelinePicture.SIZES.get(
                format == TimelinePicture.Format.PNG ? 2 : 1), TimelinePicture.SIZES);
        dialog.initOwner(owner);
        dialog.setTitle("Picture size");
        dialog.setHeaderText(null);
        dialog.setContentText("Size of the " + format.name() + " picture:");
        Optional<TimelinePicture.Size> size = dialog.showAndWait();
        if (size.isEmpty()) {
            return;
        }
        try {
            done.accept("Exported a picture of " + TimelinePicture.write(view, format, size.get(), target, caption)
                    + " to " + target + ".");
        } catch (IOException | RuntimeException e) {
            done.accept("Could not export to " + target + ": " + e.getMessage() + ". Nothing was written.");
        }
    }
}
