package org.diplomatictimeline.app.curation;

import java.util.Objects;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.diplomatictimeline.curation.CurationConflict;
import org.diplomatictimeline.curation.CurationSession;

/**
 * Lists the decisions that did not apply to the current extraction, with why; the analyst may withdraw one
 * (undoable). Nothing here is resolved automatically.
 */
public final class ConflictsPane extends VBox {

    /** Style class of the pane, for the stylesheet. */
    public static final String DEFAULT_STYLE_CLASS = "curation-conflicts";

    private final CurationSession session;
    private final Label summary = new Label();
    private final ListView<CurationConflict> list = new ListView<>();
    private final Button withdraw = new Button("Withdraw decision");

    public ConflictsPane(CurationSession session) {
        this.session = Objects.requireNonNull(session, "session");
        getStyleClass().add(DEFAULT_STYLE_CLASS);
        setSpacing(6);
        setPadding(new Insets(8));
        list.setCellFactory(l -> new ConflictCell());
        list.setPlaceholder(new Label("Every decision applies to the current extraction."));
        VBox.setVgrow(list, Priority.ALWAYS);
        withdraw.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        withdraw.setOnAction(e -> {
            CurationConflict c = list.getSelectionModel().getSelectedItem();
            if (c != null) {
                session.withdraw(c.decision().id());
            }
        });
        getChildren().addAll(summary, list, new HBox(6, withdraw));
        session.addListener(this::refresh);
        refresh();
    }

    ListView<CurationConflict> list() {
        return list;
    }

    Button withdrawButton() {
        return withdraw;
    }

    /** Re-reads the conflicts of the session's curated model. */
    public void refresh() {
        var conflicts = session.curated().conflicts();
        list.getItems().setAll(conflicts);
        summary.setText(conflicts.isEmpty() ? "No conflicts"
                : conflicts.size() + (conflicts.size() == 1 ? " decision does" : " decisions do")
                + " not fit the current extraction");
    }

    /** One conflict: the reason in words, then the message. */
    private static final class ConflictCell extends ListCell<CurationConflict> {
        @Override
        protected void updateItem(CurationConflict item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
            } else {
                String reason = switch (item.reason()) {
                    case EVENT_NOT_FOUND -> "Event not found";
                    case AMBIGUOUS -> "Ambiguous";
                    case DOCUMENT_MISSING -> "Document missing";
                    case NOT_APPLICABLE -> "No longer applies";
                };
                setText(reason + " — " + item.message());
                setWrapText(true);
                setPrefWidth(0);
            }
        }
    }
}
