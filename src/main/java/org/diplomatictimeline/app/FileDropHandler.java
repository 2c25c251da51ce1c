package org.diplomatictimeline.app;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

/** Opens files and folders dropped on the window. */
final class FileDropHandler {

    static final String DROP_CLASS = "drop-target";

    private final Consumer<List<Path>> open;

    FileDropHandler(Consumer<List<Path>> open) {
        this.open = Objects.requireNonNull(open, "open");
    }

    void install(Node target) {
        target.setOnDragOver(this::dragOver);
        target.setOnDragDropped(this::dragDropped);
        // A visible cue that letting go here opens the files.
        target.setOnDragEntered(e -> {
            if (e.getDragboard().hasFiles() && !target.getStyleClass().contains(DROP_CLASS)) {
                target.getStyleClass().add(DROP_CLASS);
            }
        });
        target.setOnDragExited(e -> target.getStyleClass().remove(DROP_CLASS));
    }

    private void dragOver(DragEvent e) {
        if (e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY, TransferMode.LINK);
        }
        e.consume();
    }

    private void dragDropped(DragEvent e) {
        boolean done = e.getDragboard().hasFiles() && drop(e.getDragboard().getFiles());
        e.setDropCompleted(done);
        e.consume();
    }

    /** Opens the dropped files; false when there was nothing to open. */
    boolean drop(List<File> files) {
        if (files == null || files.isEmpty()) {
            return false;
        }
        open.accept(files.stream().map(File::toPath).toList());
        return true;
    }
}
