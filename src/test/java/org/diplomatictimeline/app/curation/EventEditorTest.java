package org.diplomatictimeline.app.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.diplomatictimeline.curation.Curation;
import org.diplomatictimeline.curation.CurationSession;
import org.diplomatictimeline.curation.DocumentHashes;
import org.diplomatictimeline.curation.ReviewState;
import org.diplomatictimeline.model.DateBasis;
import org.diplomatictimeline.model.DateModifier;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.DateSpan;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.ParticipantKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The editor turns every changed field into a decision, all of one Apply undone in one step; untouched fields stay. */
@ExtendWith(ApplicationExtension.class)
class EventEditorTest {

    private CurationSession session;
    private EventEditor editor;

    @Start
    void start(Stage stage) {
        AtomicInteger ids = new AtomicInteger();
        session = new CurationSession(UiFixtures.model(), DocumentHashes.NONE, Curation.empty(),
                () -> "d" + ids.incrementAndGet());
        editor = new EventEditor(new EventEditorModel(session, Locale.UK));
        stage.setScene(new Scene(editor, 560, 320));
        stage.show();
    }

    private Event e2() {
        return session.curated().model().event("e2").orElseThrow();
    }

    @Test
    void everyChangedFieldBecomesOneDecisionAndUnchangedFieldsNone(FxRobot robot) {
        // given the agreement loaded
        EventEditorModel m = editor.model();
        robot.interact(() -> m.load(e2()));

        // when the title is typed, the date set to a month, the place and a participant added, then Apply
        robot.clickOn("#editor-title").eraseText(e2().title().length()).write("Geneva prisoner swap");
        robot.interact(() -> {
            m.dateTextProperty().set("June 2019");
            m.placeProperty().set("Geneva");
            m.participantsProperty().set("Red Cross");
        });
        robot.interact(() -> UiFixtures.snapshot(editor, "event-editor-filled"));
        robot.interact(m::apply);

        // then four decisions (title, date, place, participants), the event edited accordingly
        assertThat(session.curation().decisions()).hasSize(4);
        Event edited = e2();
        assertThat(edited.title()).isEqualTo("Geneva prisoner swap");
        assertThat(edited.when().value()).isEqualTo("2019-06");
        assertThat(edited.when().precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(edited.place().name()).isEqualTo("Geneva");
        assertThat(edited.participants()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Red Cross");
            assertThat(p.kind()).isEqualTo(ParticipantKind.PERSON);
        });
        assertThat(edited.topics()).containsExactly("security");
        assertThat(session.curated().state("e2")).isEqualTo(ReviewState.EDITED);
        assertThat(((TextField) robot.lookup("#editor-title").query()).getText()).isEqualTo("Geneva prisoner swap");

        // and one undo takes all of them back
        session.undo();
        assertThat(e2()).isEqualTo(UiFixtures.model().event("e2").orElseThrow());
    }

    @Test
    void applyKeepsEveryChangedFieldWhenTheFormIsReloadedOnEachChange(FxRobot robot) {
        // given a form that, like the window's, reloads the selected event whenever the curation changes
        EventEditorModel m = editor.model();
        session.addListener(() -> m.load(e2()));
        robot.interact(() -> m.load(e2()));

        // when the date and the topics are changed together and applied
        robot.interact(() -> {
            m.dateTextProperty().set("2019-06-20");
            m.topicsProperty().set("security, prisoners");
            m.apply();
        });

        // then both are kept, in one undoable step
        assertThat(e2().when().value()).isEqualTo("2019-06-20");
        assertThat(e2().topics()).containsExactly("security", "prisoners");
        assertThat(session.history().undoDepth()).isEqualTo(1);
    }

    @Test
    void changingOnlyThePlaceOfARangeDatedEventKeepsItsDateAndBasis(FxRobot robot) {
        // given an event dated 12-13 May by inference
        EventDate range = new EventDate("2019-05-12", "2019-05-13", DatePrecision.DAY, DateModifier.NONE,
                DateBasis.INFERRED, new DateSpan(LocalDate.of(2019, 5, 12), LocalDate.of(2019, 5, 13)),
                "from the article's date");
        robot.interact(() -> {
            session.editDate("e2", range);
            editor.model().load(e2());
        });

        // when only the place is typed and applied
        robot.interact(() -> {
            editor.model().placeProperty().set("Vienna");
            editor.model().apply();
        });

        // then the place is set and the date is untouched, basis and all
        assertThat(e2().place().name()).isEqualTo("Vienna");
        assertThat(e2().when()).isEqualTo(range);
    }

    @Test
    void aDateThatCannotBeReadIsReportedAndNothingIsApplied(FxRobot robot) {
        EventEditorModel m = editor.model();
        robot.interact(() -> {
            m.load(e2());
            m.titleProperty().set("Exchange postponed");
            m.dateTextProperty().set("the 31st of Smarch");
            m.apply();
        });
        assertThat(session.curation().decisions()).isEmpty();
        assertThat(m.dateErrorProperty().get()).contains("31st of Smarch");
        assertThat(m.titleProperty().get()).isEqualTo("Exchange postponed");
    }

    @Test
    void theMergePickerDoesNotOfferRejectedEvents(FxRobot robot) {
        robot.interact(() -> session.reject("e3"));
        List<String> offered = CurationDialogs.mergeChoices(session.curated(), e2()).stream()
                .map(c -> c.event().id()).toList();
        assertThat(offered).containsExactly("e1", "e4");
    }

    @Test
    void notesOnTheEventAreShown(FxRobot robot) {
        EventEditorModel m = editor.model();
        robot.interact(() -> {
            session.note("e2", "confirm with the ministry");
            m.load(e2());
        });
        ListView<?> notes = robot.lookup("#editor-notes").queryAs(ListView.class);
        List<Object> items = List.copyOf(notes.getItems());
        assertThat(items).containsExactly("confirm with the ministry");
    }

    @Test
    void applyingAnUntouchedFormRecordsNothing(FxRobot robot) {
        EventEditorModel m = editor.model();
        robot.interact(() -> m.load(e2()));
        robot.interact(m::apply);
        assertThat(session.curation().decisions()).isEmpty();
    }

    @Test
    void typeAndAnUnknownDateAreEditable(FxRobot robot) {
        EventEditorModel m = editor.model();
        robot.interact(() -> {
            m.load(e2());
            m.typeProperty().set(EventType.NEGOTIATION);
            m.dateKnownProperty().set(false);
            m.apply();
        });
        assertThat(e2().type()).isEqualTo(EventType.NEGOTIATION);
        assertThat(e2().when().isKnown()).isFalse();
        assertThat(session.curation().decisions()).hasSize(2);
    }
}
