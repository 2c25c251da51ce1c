package org.diplomatictimeline.app.present;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The presentation window: slides full screen, stepped with the keys a presenter's clicker sends (arrows, Page Up and
 * Page Down, space; Home and End), left with Esc. With a second screen the speaker's notes show there.
 */
public final class Presentation {

    private final List<Slide> slides;
    private final boolean dark;
    private final SlideView view = new SlideView();
    private final Stage stage = new Stage();
    private Stage notesStage;
    private Label notes;
    private int index;

    public Presentation(List<Slide> slides, int start, boolean dark, Window owner) {
        if (slides.isEmpty()) {
            throw new IllegalArgumentException("a presentation needs at least one slide");
        }
        this.slides = List.copyOf(slides);
        this.dark = dark;
        this.index = Math.max(0, Math.min(start, slides.size() - 1));
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle("Presentation");
        Scene scene = new Scene(view, 1280, 720);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        stage.setScene(scene);
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH); // Esc closes the presentation instead
        stage.setOnHidden(e -> {
            if (notesStage != null) {
                notesStage.hide();
            }
        });
    }

    /** Shows the first slide full screen, and the notes window on a second screen when there is one. */
    public void show() {
        render();
        stage.setFullScreen(true);
        stage.show();
        List<Screen> screens = Screen.getScreens();
        if (screens.size() > 1) {
            showNotes(screens.get(1).getVisualBounds());
        }
    }

    public void close() {
        stage.hide();
    }

    /** The slides in order. */
    public List<Slide> slides() {
        return slides;
    }

    public int index() {
        return index;
    }

    public Slide current() {
        return slides.get(index);
    }

    public boolean isShowing() {
        return stage.isShowing();
    }

    public Stage stage() {
        return stage;
    }

    /** Moves to a slide, clamped to the deck. */
    public void go(int to) {
        int clamped = Math.max(0, Math.min(to, slides.size() - 1));
        if (clamped != index) {
            index = clamped;
            render();
        }
    }

    private void key(KeyEvent e) {
        KeyCode c = e.getCode();
        switch (c) {
            case RIGHT, DOWN, PAGE_DOWN, SPACE, ENTER -> go(index + (e.isShiftDown() && c == KeyCode.SPACE ? -1 : 1));
            case LEFT, UP, PAGE_UP, BACK_SPACE -> go(index - 1);
            case HOME -> go(0);
            case END -> go(slides.size() - 1);
            case ESCAPE -> close();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void render() {
        view.show(slides, index, dark);
        if (notes != null) {
            notes.setText(notesText());
        }
    }

    private String notesText() {
        Slide s = current();
        String head = (index + 1) + " / " + slides.size() + "  " + s.title() + "\n\n";
        return head + (s.notes().isEmpty() ? "(no notes on this event)" : String.join("\n\n", s.notes()))
                + (index + 1 < slides.size() ? "\n\nNext: " + slides.get(index + 1).title() : "");
    }

    private void showNotes(Rectangle2D bounds) {
        notes = new Label(notesText());
        notes.setWrapText(true);
        notes.setStyle("-fx-font-size: 24px; -fx-padding: 24;");
        notesStage = new Stage();
        notesStage.initOwner(stage);
        notesStage.setTitle("Speaker notes");
        notesStage.setScene(new Scene(new StackPane(notes), bounds.getWidth(), bounds.getHeight()));
        notesStage.setX(bounds.getMinX());
        notesStage.setY(bounds.getMinY());
        notesStage.getScene().addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        notesStage.show();
    }
}
