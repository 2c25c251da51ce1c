package org.diplomatictimeline.app.curation;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.curation.ExcerptLocator;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Evidence;

/**
 * Picks a span of a document by its words (pasted from the source view): for a new event, or as more evidence of
 * the selected one. OK stays disabled until the words are found in the chosen document.
 */
public final class ExcerptDialog {

    /** What the dialog produced; title and type only matter for a new event. */
    public record Result(Evidence evidence, String title, EventType type) {
    }

    private ExcerptDialog() {
    }

    /**
     * The dialog, not yet shown.
     *
     * @param createEvent true to ask for a title and type too
     * @param preferred   the document to start with (e.g. the one on show), or null
     */
    public static Dialog<Result> dialog(Window owner, List<Document> documents, Document preferred,
                                        boolean createEvent) {
        Dialog<Result> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(createEvent ? "New event from text" : "Add evidence from text");
        dialog.setHeaderText(createEvent ? "Paste the words that report the event; they become its evidence."
                : "Paste the words that support the selected event.");
        ComboBox<Document> document = new ComboBox<>();
        document.getItems().setAll(documents);
        document.setCellFactory(l -> new DocumentCell());
        document.setButtonCell(new DocumentCell());
        document.setValue(preferred != null ? preferred : documents.isEmpty() ? null : documents.get(0));
        TextArea excerpt = new TextArea();
        excerpt.setPrefRowCount(3);
        excerpt.setWrapText(true);
        excerpt.setId("excerpt-text");
        Label found = new Label();
        TextField title = new TextField();
        title.setId("excerpt-title");
        ComboBox<EventType> type = new ComboBox<>();
        type.getItems().setAll(EventType.values());
        type.setValue(EventType.OTHER);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(8));
        int row = 0;
        grid.addRow(row++, new Label("Document"), document);
        grid.addRow(row++, new Label("Words"), excerpt);
        grid.add(found, 1, row++);
        if (createEvent) {
            grid.addRow(row++, new Label("Title"), title);
            grid.addRow(row, new Label("Type"), type);
        }
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        Runnable validate = () -> {
            Optional<Evidence> hit = locate(document.getValue(), excerpt.getText());
            found.setText(excerpt.getText().isBlank() ? "" : hit.map(e -> "Found at character " + e.start())
                    .orElse("Not found in this document"));
            ok.setDisable(hit.isEmpty() || createEvent && title.getText().isBlank());
        };
        document.valueProperty().addListener((obs, o, n) -> validate.run());
        excerpt.textProperty().addListener((obs, o, n) -> validate.run());
        title.textProperty().addListener((obs, o, n) -> validate.run());
        validate.run();
        dialog.setResultConverter(button -> button != ButtonType.OK ? null
                : locate(document.getValue(), excerpt.getText())
                        .map(ev -> new Result(ev, title.getText().strip(), type.getValue())).orElse(null));
        return dialog;
    }

    private static Optional<Evidence> locate(Document doc, String text) {
        return doc == null ? Optional.empty() : ExcerptLocator.findFirst(doc, text);
    }

    /** A document by its title, or its id when untitled. */
    private static final class DocumentCell extends ListCell<Document> {
        @Override
        protected void updateItem(Document item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.title().isBlank() ? item.id() : item.title());
        }
    }
}
