package org.diplomatictimeline.app;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import org.diplomatictimeline.model.Event;

/** The list of visible events, one row each, bound both ways to the shared selection. */
final class EventTable extends TableView<Event> {

    private static final PseudoClass KEY = PseudoClass.getPseudoClass("key");

    private final EventSelection selection;
    private final ObjectProperty<Set<String>> keyEvents =
            new SimpleObjectProperty<>(this, "keyEvents", Set.of());
    private boolean following;

    EventTable(WorkspaceViewModel viewModel) {
        this.selection = viewModel.selection();
        getStyleClass().add("event-table");
        setAccessibleText("Event list");
        setPlaceholder(new Label("No events match. Clear the filters or open articles (Ctrl+O)."));
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);

        TableColumn<Event, Event> date = new TableColumn<>("Date");
        date.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        date.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Event item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : EventLabels.date(item.when()));
            }
        });
        date.setComparator(Comparator.comparing(
                (Event e) -> e.when().span() == null ? LocalDate.MAX : e.when().span().first())
                .thenComparing(e -> e.when().span() == null ? LocalDate.MAX : e.when().span().last()));
        date.setPrefWidth(135);
        getColumns().add(date);
        getColumns().add(column("Title", 250, Event::title));
        getColumns().add(column("Type", 90, e -> e.type().label()));
        getColumns().add(column("Status", 85, e -> EventLabels.status(e.status())));
        getColumns().add(column("Basis", 80, e -> EventLabels.basis(e.when().basis())));
        getColumns().add(column("Participants", 200, EventLabels::participants));
        TableColumn<Event, Integer> docs = new TableColumn<>("Docs");
        docs.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().documentIds().size()));
        docs.setPrefWidth(55);
        getColumns().add(docs);

        // rows of key events (when highlighted among the others) carry the :key pseudo-class, shown in bold
        setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Event item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(KEY, !empty && item != null && keyEvents.get().contains(item.id()));
            }
        });
        keyEvents.addListener((obs, old, now) -> refresh());

        SortedList<Event> sorted = new SortedList<>(viewModel.visibleEvents());
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);

        getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!following && now != null) {
                selection.select(now);
            }
        });
        selection.selectedProperty().addListener((obs, old, now) -> follow(now));
        getItems().addListener((ListChangeListener<Event>) c -> follow(selection.getSelected()));
    }

    /** The ids of the events whose rows stand out as key events; empty: none. */
    ObjectProperty<Set<String>> keyEventsProperty() {
        return keyEvents;
    }

    private void follow(Event event) {
        following = true;
        try {
            int index = EventSelection.indexOf(getItems(), event);
            if (index < 0) {
                getSelectionModel().clearSelection();
                return;
            }
            if (getSelectionModel().getSelectedIndex() != index) {
                getSelectionModel().clearAndSelect(index);
                getFocusModel().focus(index);
                scrollToIfHidden(index);
            }
        } finally {
            following = false;
        }
    }

    private void scrollToIfHidden(int index) {
        VirtualFlow<?> flow = (VirtualFlow<?>) lookup(".virtual-flow");
        if (flow == null || flow.getFirstVisibleCell() == null || flow.getLastVisibleCell() == null
                || index < flow.getFirstVisibleCell().getIndex() || index > flow.getLastVisibleCell().getIndex()) {
            scrollTo(Math.max(0, index - 2));
        }
    }

    private static TableColumn<Event, String> column(String name, double width, Function<Event, String> value) {
        TableColumn<Event, String> c = new TableColumn<>(name);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
