package org.diplomatictimeline.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Every change can be undone and redone, any number of times, and the saved mark follows. */
class UndoHistoryTest {

    private int counter;

    private CurationSession session() {
        return new CurationSession(Fixtures.firstExtraction(), DocumentHashes.NONE, Curation.empty(),
                () -> "d" + (++counter));
    }

    @Test
    void undoAndRedoWalkBackAndForthThroughEveryChange() {
        // given three changes
        CurationSession s = session();
        s.accept("e1");
        s.reject("e2");
        s.editTitle("e3", "Modi in Moscow");

        // when all are undone
        assertThat(s.undo()).isTrue();
        assertThat(s.curated().model().event("e3").orElseThrow().title()).isEqualTo("Indian premier visits Moscow");
        assertThat(s.undo()).isTrue();
        assertThat(s.curated().state("e2")).isEqualTo(ReviewState.PROPOSED);
        assertThat(s.undo()).isTrue();
        assertThat(s.undo()).isFalse();

        // then the curation is empty, and redo restores them all in order
        assertThat(s.curation().decisions()).isEmpty();
        assertThat(s.history().redoDescription()).contains("Accept \"Russia and China meet\"");
        while (s.redo()) {
            // redo everything
        }
        assertThat(s.curated().state("e1")).isEqualTo(ReviewState.ACCEPTED);
        assertThat(s.curated().state("e2")).isEqualTo(ReviewState.REJECTED);
        assertThat(s.curated().model().event("e3").orElseThrow().title()).isEqualTo("Modi in Moscow");
    }

    @Test
    void aNewChangeAfterUndoDropsTheRedoBranch() {
        CurationSession s = session();
        s.accept("e1");
        s.undo();
        s.reject("e1");
        assertThat(s.history().canRedo()).isFalse();
        assertThat(s.curated().state("e1")).isEqualTo(ReviewState.REJECTED);
    }

    @Test
    void undoOfAMergeBringsBothEventsBack() {
        CurationSession s = session();
        s.merge("e1", "e2");
        s.undo();
        assertThat(s.curated().model().events()).hasSize(4);
        assertThat(s.curated().model().event("e1").orElseThrow().evidence()).hasSize(2);
    }

    @Test
    void withdrawingADecisionIsUndoneInItsOriginalPlace() {
        // given three decisions
        CurationSession s = session();
        s.accept("e1");
        s.reject("e2");
        s.accept("e3");
        String middle = s.curation().decisions().get(1).id();

        // when the middle one is withdrawn and that is undone
        s.withdraw(middle);
        assertThat(s.curated().state("e2")).isEqualTo(ReviewState.PROPOSED);
        s.undo();

        // then it is back in the middle
        assertThat(s.curation().decisions().get(1).id()).isEqualTo(middle);
        assertThat(s.curated().state("e2")).isEqualTo(ReviewState.REJECTED);
    }

    @Test
    void modifiedFollowsTheSavedMarkThroughUndoAndRedo() {
        CurationSession s = session();
        UndoHistory h = s.history();
        assertThat(h.isModified()).isFalse();
        s.accept("e1");
        assertThat(h.isModified()).isTrue();
        h.markSaved();
        assertThat(h.isModified()).isFalse();
        s.undo();
        assertThat(h.isModified()).isTrue();
        s.redo();
        assertThat(h.isModified()).isFalse();
        s.undo();
        s.reject("e1"); // the saved state is now unreachable
        assertThat(h.isModified()).isTrue();
        s.undo();
        assertThat(h.isModified()).isTrue();
    }

    @Test
    void listenersHearEveryChangeIncludingANewExtraction() {
        CurationSession s = session();
        AtomicInteger heard = new AtomicInteger();
        s.addListener(heard::incrementAndGet);
        s.accept("e1");
        s.undo();
        s.redo();
        s.replaceExtraction(Fixtures.firstExtraction(), DocumentHashes.NONE);
        assertThat(heard).hasValue(4);
    }

    @Test
    void aLongSessionCanBeUndoneCompletely() {
        CurationSession s = session();
        for (int i = 0; i < 500; i++) {
            s.note("e1", "note " + i);
        }
        int undone = 0;
        while (s.undo()) {
            undone++;
        }
        assertThat(undone).isEqualTo(500);
        assertThat(s.curated().notesOf("e1")).isEmpty();
    }
}
