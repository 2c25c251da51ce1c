package org.diplomatictimeline.app.curation;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.Evidence;

/**
 * Walks the proposed events one by one with their evidence; keyboard driven: A accept, R reject, N or Down next,
 * P or Up previous.
 */
public final class ReviewQueuePane extends VBox {

    /** Style class of the pane, for the stylesheet. */
    public static final String DEFAULT_STYLE_CLASS = "review-queue";

    private final ReviewQueueModel model;
    private final Label progress = new Label();
    private final Label title = new Label();
    private final Label facts = new Label();
    private final ListView<Evidence> evidence = new ListView<>();
    private final Button accept = new Button("Accept");
    private final Button reject = new Button("Reject");
    private final Button previous = new Button("◀ Prev");
    private final Button next = new Button("Next ▶");
    private Consumer<Evidence> onShowEvidence = e -> { };

    public ReviewQueuePane(ReviewQueueModel model) {
        this.model = Objects.requireNonNull(model, "model");
        getStyleClass().add(DEFAULT_STYLE_CLASS);
        setSpacing(6);
        setPadding(new Insets(8));
        setFocusTraversable(true);
        setAccessibleText("Review queue");

        progress.getStyleClass().add("review-progress");
        title.getStyleClass().add("review-title");
        title.setStyle("-fx-font-size: 1.25em; -fx-font-weight: bold;");
        title.setWrapText(true);
        facts.getStyleClass().add("review-facts");
        facts.setWrapText(true);
        evidence.getStyleClass().add("review-evidence");
        evidence.setPrefHeight(160);
        evidence.setFocusTraversable(false);
        evidence.setCellFactory(list -> new EvidenceCell());
        evidence.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                onShowEvidence.accept(now);
            }
        });
        VBox.setVgrow(evidence, Priority.ALWAYS);

        accept.setOnAction(e -> model.accept());
        reject.setOnAction(e -> model.reject());
        previous.setOnAction(e -> model.previous());
        next.setOnAction(e -> model.next());
        accept.setTooltip(new Tooltip("Accept this event (A)"));
        reject.setTooltip(new Tooltip("Reject this event (R)"));
        previous.setTooltip(new Tooltip("Previous proposed event (P or Up)"));
        next.setTooltip(new Tooltip("Next proposed event (N or Down)"));
        for (Button b : new Button[] {accept, reject, previous, next}) {
            b.setFocusTraversable(false); // keys go to the pane, so A and R never type into a button
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        // Wraps in a narrow side panel instead of truncating the labels.
        FlowPane buttons = new FlowPane(6, 6, accept, reject, previous, next);
        Label keys = new Label("Keys: A accept · R reject · N/↓ next · P/↑ previous");
        keys.getStyleClass().add("review-keys");
        keys.setWrapText(true);

        getChildren().addAll(progress, title, facts, new Label("Evidence"), evidence, buttons, keys);
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        setOnMouseClicked(e -> requestFocus());

        model.currentProperty().addListener((obs, old, now) -> show(now));
        model.progressProperty().addListener((obs, old, now) -> progress.setText(now));
        progress.setText(model.progressProperty().get());
        show(model.getCurrent());
    }

    /** Called with an excerpt when the user picks it, so the main window can show it in its document. */
    public void setOnShowEvidence(Consumer<Evidence> handler) {
        this.onShowEvidence = Objects.requireNonNull(handler, "handler");
    }

    public ReviewQueueModel model() {
        return model;
    }

    ListView<Evidence> evidenceList() {
        return evidence;
    }

    Label titleLabel() {
        return title;
    }

    private void onKey(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()) {
            return; // leave Ctrl+Z and menu mnemonics alone
        }
        KeyCode code = e.getCode();
        switch (code) {
            case A -> model.accept();
            case R -> model.reject();
            case N, DOWN -> model.next();
            case P, UP -> model.previous();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void show(Event event) {
        boolean any = event != null;
        accept.setDisable(!any);
        reject.setDisable(!any);
        if (!any) {
            title.setText("Nothing left to review");
            facts.setText("Every event has been accepted, rejected or edited.");
            evidence.getItems().clear();
            return;
        }
        title.setText(event.title());
        String when = event.when().isKnown() ? event.when().value() + " (" + event.when().precisionLabel() + ")"
                : "date unknown";
        String place = event.place() == null ? "" : " · " + event.place().name();
        String who = event.participants().isEmpty() ? "" : " · " + String.join(", ",
                event.participants().stream().map(p -> p.name()).toList());
        facts.setText(event.type().label() + " · " + event.status().name().toLowerCase(Locale.ROOT)
                + " · " + when + place + who + String.format(Locale.ROOT, " · confidence %.0f%%",
                event.confidence() * 100));
        evidence.getItems().setAll(event.evidence());
    }

    /** One excerpt with the document it comes from. */
    private static final class EvidenceCell extends ListCell<Evidence> {
        @Override
        protected void updateItem(Evidence item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
            } else {
                setText("[" + item.documentId() + "] " + item.text());
                setWrapText(true);
                setPrefWidth(0);
            }
        }
    }
}
