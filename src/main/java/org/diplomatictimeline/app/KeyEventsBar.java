package org.diplomatictimeline.app;

import java.time.LocalDate;
import java.util.Set;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.HBox;
import javafx.util.Duration;
import org.diplomatictimeline.brief.KeyEventSelector;
import org.diplomatictimeline.model.DateSpan;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.timeline.TimeWindow;
import org.diplomatictimeline.timeline.TimelineView;

/**
 * The Key events control: "show the N most significant dates / events" of the current filter in the timeline's
 * window. It sets the view model's choice (so the list, the timeline, exports, print and presentation all follow
 * one selection), tells the view model the window once the timeline settles, and marks the key events on the
 * timeline and in the list when they are highlighted among the others.
 */
final class KeyEventsBar extends HBox {

    public static final String DEFAULT_STYLE_CLASS = "key-events-bar";
    /** The window is passed on once it has been still this long: a zoom animation changes it every frame. */
    static final Duration SETTLE = Duration.millis(300);
    private static final int MAX_COUNT = 500;

    private final WorkspaceViewModel viewModel;
    private final TimelineView timeline;
    private final ComboBox<KeyEventsChoice.Show> show = new ComboBox<>();
    private final Spinner<Integer> count = new Spinner<>();
    private final ComboBox<KeyEventsChoice.Unit> unit = new ComboBox<>();
    private final Label summary = new Label();
    private final PauseTransition settle = new PauseTransition(SETTLE);

    KeyEventsBar(WorkspaceViewModel viewModel, TimelineView timeline, EventTable table) {
        super(6);
        this.viewModel = viewModel;
        this.timeline = timeline;
        getStyleClass().add(DEFAULT_STYLE_CLASS);
        setAlignment(Pos.CENTER_LEFT);
        KeyEventsChoice initial = viewModel.keyEventsProperty().get();
        show.getItems().setAll(KeyEventsChoice.Show.values());
        show.setConverter(DisplayLabels.of(KeyEventsChoice.Show::label));
        show.setValue(initial.show());
        show.setAccessibleText("Which events to show: all, key events highlighted, or key events only");
        // sized by its choices' text, so its list stays out of the window until it opens
        show.setSkin(new WidestChoiceSkin<>(show));
        count.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, MAX_COUNT, initial.count()));
        count.setEditable(true);
        count.setPrefWidth(78);
        count.setAccessibleText("How many key dates or events");
        // a typed number counts at once, not only after Enter or leaving the field
        count.getEditor().textProperty().addListener((o, a, b) -> {
            try {
                int n = Integer.parseInt(b.strip());
                if (n >= 1 && n <= MAX_COUNT && n != count.getValue()) {
                    count.getValueFactory().setValue(n);
                }
            } catch (NumberFormatException notYet) {
                // half-typed: wait for a number
            }
        });
        unit.getItems().setAll(KeyEventsChoice.Unit.values());
        unit.setConverter(DisplayLabels.of(KeyEventsChoice.Unit::label));
        unit.setValue(initial.unit());
        unit.setAccessibleText("Count key dates or key events");
        unit.setSkin(new WidestChoiceSkin<>(unit));
        summary.getStyleClass().add("key-events-summary");
        Label top = new Label("Key:");
        top.setLabelFor(show);
        getChildren().addAll(top, show, count, unit, summary);

        show.valueProperty().addListener((o, a, b) -> push());
        count.valueProperty().addListener((o, a, b) -> push());
        unit.valueProperty().addListener((o, a, b) -> push());
        viewModel.keyEventsProperty().addListener((o, a, b) -> follow(b));
        viewModel.keySelectionProperty().addListener((o, a, b) -> update());
        viewModel.filteredEvents().addListener((ListChangeListener<Event>) c -> update());

        settle.setOnFinished(e -> passWindow());
        timeline.visibleWindowProperty().addListener((o, a, b) -> {
            if (viewModel.keyEventsProperty().get().active()) {
                settle.playFromStart();
            }
        });
        viewModel.keyEventIdsProperty().addListener((o, a, b) -> update());
        table.keyEventsProperty().bind(timeline.keyEventsProperty());
        follow(initial);
        update();
    }

    /** Passes the timeline's window to the view model now (the control does so after each pan or zoom settles). */
    void passWindow() {
        settle.stop();
        TimeWindow w = timeline.getVisibleWindow();
        viewModel.keyWindowProperty().set(w == null ? null : span(w));
    }

    /** The days a window shows, whole days that it touches. */
    static DateSpan span(TimeWindow w) {
        long first = (long) Math.floor(w.start());
        long last = Math.max(first, (long) Math.ceil(w.end()) - 1);
        return new DateSpan(LocalDate.ofEpochDay(first), LocalDate.ofEpochDay(last));
    }

    ComboBox<KeyEventsChoice.Show> showBox() {
        return show;
    }

    Spinner<Integer> countSpinner() {
        return count;
    }

    ComboBox<KeyEventsChoice.Unit> unitBox() {
        return unit;
    }

    Label summary() {
        return summary;
    }

    private void push() {
        if (show.getValue() == null || unit.getValue() == null || count.getValue() == null) {
            return;
        }
        KeyEventsChoice now = new KeyEventsChoice(show.getValue(), unit.getValue(), count.getValue());
        if (!now.equals(viewModel.keyEventsProperty().get())) {
            if (now.active() && !viewModel.keyEventsProperty().get().active()) {
                // the window of the moment, not the one of the last time the control was on
                TimeWindow w = timeline.getVisibleWindow();
                viewModel.keyWindowProperty().set(w == null ? null : span(w));
            }
            viewModel.keyEventsProperty().set(now);
        }
    }

    private void follow(KeyEventsChoice k) {
        show.setValue(k.show());
        unit.setValue(k.unit());
        count.getValueFactory().setValue(k.count());
        count.setDisable(!k.active());
        unit.setDisable(!k.active());
    }

    private void update() {
        KeyEventsChoice k = viewModel.keyEventsProperty().get();
        KeyEventSelector.Selection s = viewModel.keySelectionProperty().get();
        // the marks only mean something beside the events that are not key
        Set<String> ids = viewModel.keyEventIdsProperty().get();
        timeline.keyEventsProperty().set(k.show() == KeyEventsChoice.Show.HIGHLIGHT ? ids : Set.of());
        if (s == null) {
            summary.setText("");
            return;
        }
        int events = s.chosen().stream().mapToInt(g -> g.events().size()).sum();
        summary.setText(events + (events == 1 ? " event" : " events") + " on " + s.chosen().size() + " of "
                + s.datesInSpan() + " dates" + (s.from() == null ? "" : ", " + s.from() + " to " + s.to()));
    }
}
