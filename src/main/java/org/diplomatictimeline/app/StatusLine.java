package org.diplomatictimeline.app;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableIntegerValue;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The status bar: documents, events, visible events, load problems (clickable), and load progress with cancel. */
final class StatusLine extends HBox {

    private final Label documents = new Label();
    private final Label events = new Label();
    private final Label visible = new Label();
    private final Label inView = new Label();
    private final Hyperlink problems = new Hyperlink();
    private final Label message = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button("Cancel");

    StatusLine(WorkspaceViewModel viewModel, BackgroundLoader loader, Runnable showProblems) {
        super(14);
        getStyleClass().add("status-line");
        documents.textProperty().bind(Bindings.createStringBinding(
                () -> plural(viewModel.getWorkspace().corpus().documents().size(), "document"),
                viewModel.workspaceProperty()));
        events.textProperty().bind(Bindings.createStringBinding(
                () -> plural(viewModel.model().events().size(), "event"), viewModel.workspaceProperty()));
        visible.textProperty().bind(Bindings.createStringBinding(
                () -> viewModel.visibleCountProperty().get() + " visible", viewModel.visibleCountProperty()));
        visible.setAccessibleText("Visible events");
        problems.textProperty().bind(Bindings.createStringBinding(
                () -> plural(viewModel.problems().size(), "load problem"), viewModel.problems()));
        problems.visibleProperty().bind(Bindings.isNotEmpty(viewModel.problems()));
        problems.managedProperty().bind(problems.visibleProperty());
        problems.getStyleClass().add("problems-link");
        problems.setAccessibleText("Show load problems");
        problems.setOnAction(e -> showProblems.run());
        message.textProperty().bind(loader.messageProperty());
        progress.progressProperty().bind(loader.progressProperty());
        progress.visibleProperty().bind(loader.runningProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        progress.setAccessibleText("Loading progress");
        cancel.visibleProperty().bind(loader.runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setAccessibleText("Cancel loading");
        cancel.setOnAction(e -> loader.cancel());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        inView.getStyleClass().add("status-in-view");
        getChildren().addAll(documents, events, visible, inView, problems, spacer, message, progress, cancel);
        for (Label l : new Label[] {documents, events, visible}) {
            l.getStyleClass().add("status-count");
        }
    }

    /** Shows how many of the visible events the timeline's window currently shows. */
    void bindInView(ObservableIntegerValue count) {
        inView.textProperty().bind(Bindings.createStringBinding(() -> "(" + count.get() + " in the timeline's view)", count));
    }

    ProgressBar progressBar() {
        return progress;
    }

    Button cancelButton() {
        return cancel;
    }

    Label messageLabel() {
        return message;
    }

    Label visibleLabel() {
        return visible;
    }

    Hyperlink problemsLink() {
        return problems;
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
