package org.diplomatictimeline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.Evidence;
import org.junit.jupiter.api.Test;

class EventSelectionTest {

    private final AppFixtures fx = new AppFixtures();
    private final EventSelection selection = new EventSelection();

    @Test
    void selectingAnEventShowsItsFirstExcerpt() {
        selection.select(fx.talks);

        assertThat(selection.getSelected()).isEqualTo(fx.talks);
        assertThat(selection.shownEvidenceProperty().get()).isEqualTo(fx.talks.evidence().get(0));
    }

    @Test
    void selectingTheSameEventAgainNotifiesNobody() {
        selection.select(fx.talks);
        List<Event> seen = new ArrayList<>();
        selection.selectedProperty().addListener((o, a, b) -> seen.add(b));

        selection.select(fx.talks);

        assertThat(seen).isEmpty();
    }

    @Test
    void showingAnotherExcerptKeepsTheEventAndMovesTheExcerpt() {
        selection.select(fx.talks);
        Evidence second = fx.talks.evidence().get(1);

        selection.show(fx.talks, second);

        assertThat(selection.getSelected()).isEqualTo(fx.talks);
        assertThat(selection.shownEvidenceProperty().get()).isEqualTo(second);
    }

    @Test
    void steppingMovesThroughTheOrderAndStopsAtTheEnds() {
        List<Event> order = List.of(fx.talks, fx.sanctions, fx.stateVisit);

        selection.step(order, 1);
        assertThat(selection.getSelected()).isEqualTo(fx.talks);
        selection.step(order, 1);
        selection.step(order, 1);
        selection.step(order, 1);
        assertThat(selection.getSelected()).isEqualTo(fx.stateVisit);
        selection.step(order, -1);
        assertThat(selection.getSelected()).isEqualTo(fx.sanctions);
    }

    @Test
    void clearingEmptiesBoth() {
        selection.select(fx.talks);

        selection.clear();

        assertThat(selection.getSelected()).isNull();
        assertThat(selection.shownEvidenceProperty().get()).isNull();
    }
}
