package org.diplomatictimeline.app;

import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.diplomatictimeline.brief.format.ChronologyFormat;
import org.diplomatictimeline.timeline.TimelineView;

/**
 * What the window puts out of the events shown: the chronology or a picture of the timeline to a file the user
 * picks, and a print; each tells the user how it went.
 */
final class ChronologyOutputs {

    private static final Logger LOG = Logger.getLogger(ChronologyOutputs.class.getName());

    private final WorkspaceViewModel viewModel;
    private final BackgroundLoader loader;
    private final TimelineView timeline;
    private final Supplier<Window> window;

    /** @param loader whose worker writes the files, off the FX thread */
    ChronologyOutputs(WorkspaceViewModel viewModel, BackgroundLoader loader, TimelineView timeline,
                      Supplier<Window> window) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.loader = Objects.requireNonNull(loader, "loader");
        this.timeline = Objects.requireNonNull(timeline, "timeline");
        this.window = Objects.requireNonNull(window, "window");
    }

    /** Asks for a file and writes the chronology, or a picture of the timeline, in the format its type names. */
    void export() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the chronology of the events shown");
        Map<FileChooser.ExtensionFilter, ChronologyFormat> formats = new LinkedHashMap<>();
        for (var f : ChronologyFormat.values()) {
            formats.put(new FileChooser.ExtensionFilter(f.label(), "*" + f.suffix()), f);
        }
        chooser.getExtensionFilters().addAll(formats.keySet());
        Map<FileChooser.ExtensionFilter, TimelinePicture.Format> pictures = new LinkedHashMap<>();
        for (var f : TimelinePicture.Format.values()) {
            pictures.put(new FileChooser.ExtensionFilter(f.label(), "*" + f.suffix()), f);
        }
        chooser.getExtensionFilters().addAll(pictures.keySet());
        chooser.setInitialFileName("chronology");
        File file = chooser.showSaveDialog(window.get());
        if (file == null) {
            return;
        }
        TimelinePicture.Format picture = pictures.get(chooser.getSelectedExtensionFilter());
        if (picture != null) {
            Path to = file.getName().contains(".") ? file.toPath() : file.toPath().resolveSibling(file.getName()
                    + picture.suffix());
            PictureExport.export(window.get(), timeline, picture, to,
                    ChronologyExport.describe(viewModel.filterProperty().get()), this::tell);
            return;
        }
        var format = formats.getOrDefault(chooser.getSelectedExtensionFilter(), ChronologyFormat.MD);
        Path target = file.getName().contains(".") ? file.toPath() : file.toPath().resolveSibling(file.getName()
                + format.suffix());
        new ChronologyExport(loader.worker(), loader.fxThread()).export(viewModel.getWorkspace(),
                viewModel.filteredEvents(), viewModel.chronologyRequest(), format, target, this::tell);
    }

    /** Prints the timeline and the chronology of the events shown. */
    void print() {
        PrintAction.forThisComputer(this::tell).print(window.get(), viewModel, timeline);
    }

    private void tell(String message) {
        LOG.info(message);
        Alert alert = new Alert(message.startsWith("Could not") ? Alert.AlertType.ERROR
                : Alert.AlertType.INFORMATION, message);
        alert.initOwner(window.get());
        alert.setHeaderText(null);
        alert.show();
    }
}
