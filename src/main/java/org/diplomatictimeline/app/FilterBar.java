package org.diplomatictimeline.app;

import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.textfield.TextFields;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.model.DateBasis;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Participant;

/** The toolbar of filters (type, country, topic, status, date basis, document, review) and free-text search. */
final class FilterBar extends FlowPane {

    private final ObjectProperty<EventFilter> filter;
    private final CheckComboBox<EventType> types = box("Type", "Filter by event type", EventType::label);
    private final Map<String, String> participantNames = new LinkedHashMap<>();
    private final Map<String, String> placeNames = new LinkedHashMap<>();
    private final CheckComboBox<String> participants =
            box("Who", "Filter by participant", id -> participantNames.getOrDefault(id, id));
    private final CheckComboBox<String> places = box("Place", "Filter by place", id -> placeNames.getOrDefault(id, id));
    private final CheckComboBox<String> countries = box("Country", "Filter by country", Function.identity());
    private final CheckComboBox<String> topics = box("Topic", "Filter by topic", Function.identity());
    private final CheckComboBox<EventStatus> statuses = box("Status", "Filter by status", EventLabels::status);
    private final CheckComboBox<DateBasis> bases = box("Basis", "Filter by how the date was found", EventLabels::basis);
    private final CheckComboBox<String> documents;
    private final CheckComboBox<String> reviews = box("Review", "Filter by review state", Function.identity());
    private final TextField search = TextFields.createClearableTextField();
    private final Map<String, String> documentTitles = new LinkedHashMap<>();
    private static final int DEBOUNCE_ABOVE = 5_000;
    private final PauseTransition typingPause =
            new PauseTransition(Duration.millis(250));
    private int eventCount;
    private boolean updating;

    FilterBar(ObjectProperty<EventFilter> filter) {
        // A flow, not a ToolBar: on a narrow screen the filters wrap to a second row instead of hiding in an overflow menu.
        super(8, 6);
        this.filter = filter;
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("filter-bar");
        documents = box("Document", "Filter by document", id -> documentTitles.getOrDefault(id, id));
        // Each box is sized by its title in em of the current text size, not by its longest item: a document title
        // would make the box half the screen wide.
        for (CheckComboBox<?> b : List.of(types, participants, places, countries, topics, statuses, bases, documents, reviews)) {
            double em = b == reviews ? 10.4 : b == documents ? 11.6 : b == countries || b == topics || b == participants ? 10.4 : 9.5;
            b.prefWidthProperty().bind(Bindings.createDoubleBinding(
                    () -> em * search.getFont().getSize(), search.fontProperty()));
        }
        statuses.getItems().setAll(EventStatus.values());
        bases.getItems().setAll(DateBasis.values());
        search.setPromptText("Search… (Ctrl+F)");
        search.setAccessibleText("Search events");
        search.setPrefColumnCount(16);
        search.getStyleClass().add("search-field");
        typingPause.setOnFinished(e -> push());
        search.textProperty().addListener((obs, old, now) -> {
            // With many events each keystroke would refilter everything; wait for a pause in typing instead.
            if (eventCount > DEBOUNCE_ABOVE) {
                typingPause.playFromStart();
            } else {
                push();
            }
        });
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && !search.getText().isEmpty()) {
                search.clear();
                e.consume();
            }
        });
        Button clear = new Button("Clear filters");
        clear.setAccessibleText("Clear all filters");
        clear.setOnAction(e -> clearAll());
        Label label = new Label("Filter:");
        label.setLabelFor(types);
        HBox.setHgrow(search, Priority.SOMETIMES);
        getChildren().addAll(search, label, types, participants, places, countries, topics, statuses, bases, documents, reviews, clear);
        reviews.setVisible(false);
        reviews.managedProperty().bind(reviews.visibleProperty());
        for (CheckComboBox<?> b : List.of(types, participants, places, countries, topics, statuses, bases, documents, reviews)) {
            b.getCheckModel().getCheckedItems().addListener((ListChangeListener<Object>) c -> push());
        }
        filter.addListener((obs, old, now) -> {
            if (now.isEmpty() && !updating) {
                clearAll();
            }
        });
    }

    /**
     * Offers the types, people, places, countries, topics and documents of the workspace shown (curated edits
     * included), keeping choices that still exist.
     */
    void setChoices(Workspace workspace) {
        eventCount = workspace.model().events().size();
        Set<EventType> typesPresent = EnumSet.noneOf(EventType.class);
        Set<String> countryCodes = new TreeSet<>();
        Set<String> topicNames = new TreeSet<>();
        participantNames.clear();
        placeNames.clear();
        for (Event e : workspace.model().events()) {
            typesPresent.add(e.type());
            if (e.place() != null) {
                placeNames.put(e.place().id(), e.place().name());
            }
            for (Participant p : e.participants()) {
                participantNames.put(p.id(), p.name());
                if (!p.countryCode().isBlank()) {
                    countryCodes.add(p.countryCode());
                }
            }
            if (e.place() != null && !e.place().countryCode().isBlank()) {
                countryCodes.add(e.place().countryCode());
            }
            topicNames.addAll(e.topics());
        }
        documentTitles.clear();
        for (Document d : workspace.corpus().documents()) {
            documentTitles.put(d.id(), d.title().isBlank() ? d.id() : EventLabels.excerpt(d.title(), 60));
        }
        updating = true;
        try {
            replace(types, typesPresent);
            replace(participants, sortedByName(participantNames));
            replace(places, sortedByName(placeNames));
            replace(countries, countryCodes);
            replace(topics, topicNames);
            replace(documents, documentTitles.keySet());
        } finally {
            updating = false;
        }
        push();
    }

    /** Offers these review-state labels in the Review facet, which shows only when there are some. */
    void setReviewChoices(List<String> labels) {
        updating = true;
        try {
            replace(reviews, labels);
        } finally {
            updating = false;
        }
        reviews.setVisible(!labels.isEmpty());
        push();
    }

    CheckComboBox<String> reviewBox() {
        return reviews;
    }

    /** Moves keyboard focus to the search field. */
    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    CheckComboBox<EventType> typeBox() {
        return types;
    }

    TextField searchField() {
        return search;
    }

    void clearAll() {
        updating = true;
        try {
            for (CheckComboBox<?> b : List.of(types, participants, places, countries, topics, statuses, bases, documents, reviews)) {
                b.getCheckModel().clearChecks();
            }
            search.clear();
        } finally {
            updating = false;
        }
        push();
    }

    private void push() {
        if (updating) {
            return;
        }
        EventFilter f = new EventFilter(checked(types), checked(participants), checked(places), checked(countries), checked(topics), checked(statuses),
                checked(bases), checked(documents), checked(reviews), search.getText());
        if (!f.equals(filter.get())) {
            updating = true;
            try {
                filter.set(f);
            } finally {
                updating = false;
            }
        }
    }

    private static List<String> sortedByName(Map<String, String> names) {
        return names.keySet().stream().sorted(Comparator.comparing(names::get, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    private static <T> Set<T> checked(CheckComboBox<T> box) {
        return new HashSet<>(box.getCheckModel().getCheckedItems());
    }

    private static <T> void replace(CheckComboBox<T> box, Collection<T> items) {
        Set<T> keep = new HashSet<>(box.getCheckModel().getCheckedItems());
        keep.retainAll(items);
        box.getCheckModel().clearChecks();
        box.getItems().setAll(items);
        for (T item : keep) {
            box.getCheckModel().check(item);
        }
    }

    private static <T> CheckComboBox<T> box(String title, String accessible, Function<T, String> label) {
        CheckComboBox<T> box = new CheckComboBox<>();
        box.setTitle(title);
        box.setShowCheckedCount(true);
        box.setAccessibleText(accessible);
        box.setConverter(DisplayLabels.of(label));
        PopupListOutOfScene.install(box);
        return box;
    }
}
