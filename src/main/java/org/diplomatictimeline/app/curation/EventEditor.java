package org.diplomatictimeline.app.curation;

import java.util.Objects;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;

/** A form for every field of an event, the date typed at any precision; Apply records the changes as one step. */
public final class EventEditor extends BorderPane {

    /** Style class of the form, for the stylesheet. */
    public static final String DEFAULT_STYLE_CLASS = "event-editor";

    private final EventEditorModel model;
    private final GridPane form = new GridPane();
    private final TextField title = new TextField();
    private final ComboBox<EventType> type = new ComboBox<>();
    private final ComboBox<EventStatus> status = new ComboBox<>();
    private final CheckBox dateKnown = new CheckBox("known");
    private final TextField date = new TextField();
    private final Label dateError = new Label();
    private final TextField place = new TextField();
    private final TextField participants = new TextField();
    private final TextField topics = new TextField();
    private final Button apply = new Button("Apply");
    private final Button revert = new Button("Revert");

    public EventEditor(EventEditorModel model) {
        this.model = Objects.requireNonNull(model, "model");
        getStyleClass().add(DEFAULT_STYLE_CLASS);
        form.setHgap(8);
        form.setVgap(6);
        form.setPadding(new Insets(8));
        setCenter(form);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(labels, fields);

        type.getItems().setAll(EventType.values());
        status.getItems().setAll(EventStatus.values());
        date.setPromptText("2019-06-05, 2019-06, 2019, 2019-05-12/2019-05-13 or as you write dates");
        place.setPromptText("none");
        participants.setPromptText("names, comma separated");
        topics.setPromptText("comma separated");
        title.setId("editor-title");
        type.setId("editor-type");
        status.setId("editor-status");
        date.setId("editor-date");
        dateError.setId("editor-date-error");
        dateError.setWrapText(true);
        dateError.textProperty().bind(model.dateErrorProperty());
        dateError.visibleProperty().bind(model.dateErrorProperty().isNotEmpty());
        dateError.managedProperty().bind(dateError.visibleProperty());

        title.textProperty().bindBidirectional(model.titleProperty());
        type.valueProperty().bindBidirectional(model.typeProperty());
        status.valueProperty().bindBidirectional(model.statusProperty());
        dateKnown.selectedProperty().bindBidirectional(model.dateKnownProperty());
        date.textProperty().bindBidirectional(model.dateTextProperty());
        place.textProperty().bindBidirectional(model.placeProperty());
        participants.textProperty().bindBidirectional(model.participantsProperty());
        topics.textProperty().bindBidirectional(model.topicsProperty());
        date.disableProperty().bind(dateKnown.selectedProperty().not());
        // The form, not the editor: a Tab sets its content's disable property itself.
        form.disableProperty().bind(model.eventProperty().isNull());

        apply.setDefaultButton(false);
        apply.setOnAction(e -> model.apply());
        revert.setOnAction(e -> model.load(model.eventProperty().get()));

        int row = 0;
        form.addRow(row++, new Label("Title"), title);
        form.addRow(row++, new Label("Type"), type);
        form.addRow(row++, new Label("Status"), status);
        form.addRow(row++, new Label("Date"), new HBox(6, dateKnown, date));
        HBox.setHgrow(date, Priority.ALWAYS);
        form.add(dateError, 1, row++);
        form.addRow(row++, new Label("Place"), place);
        form.addRow(row++, new Label("Participants"), participants);
        form.addRow(row++, new Label("Topics"), topics);
        form.add(new HBox(6, apply, revert), 1, row++);
        ListView<String> notes = new ListView<>(model.notes());
        notes.setId("editor-notes");
        notes.setPrefHeight(90);
        notes.setPlaceholder(new Label("No notes (Edit > Add note…)"));
        form.addRow(row, new Label("Notes"), notes);
    }

    public EventEditorModel model() {
        return model;
    }
}
