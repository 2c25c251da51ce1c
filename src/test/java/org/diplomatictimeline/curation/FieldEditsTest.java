package org.diplomatictimeline.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.api.Test;

/** Several fields edited at once are one step for undo and redo, each kept as its own decision. */
class FieldEditsTest {

    private int counter;

    @Test
    void editsAppliedTogetherAreOneUndoableStep() {
        // given the first extraction and a listener counting changes
        CurationSession s = new CurationSession(Fixtures.firstExtraction(), DocumentHashes.NONE, Curation.empty(),
                () -> "d" + (++counter));
        int[] changes = {0};
        s.addListener(() -> changes[0]++);
        Event before = s.curated().model().event("e2").orElseThrow();

        // when title, type, status and topics are applied together
        s.editAll("e2", List.of(new Decision.Title("Shipping pact"), new Decision.Type(EventType.MEETING),
                new Decision.Status(EventStatus.PLANNED), new Decision.Topics(List.of("trade"))));

        // then all four hold, as four decisions, announced once
        Event after = s.curated().model().event("e2").orElseThrow();
        assertThat(after.title()).isEqualTo("Shipping pact");
        assertThat(after.type()).isEqualTo(EventType.MEETING);
        assertThat(after.status()).isEqualTo(EventStatus.PLANNED);
        assertThat(after.topics()).containsExactly("trade");
        assertThat(s.curation().decisions()).hasSize(4);
        assertThat(changes[0]).isEqualTo(1);

        // and one undo takes all of them back, one redo brings all of them again
        assertThat(s.history().undoDepth()).isEqualTo(1);
        s.undo();
        assertThat(s.curated().model().event("e2")).contains(before);
        assertThat(s.curation().decisions()).isEmpty();
        s.redo();
        assertThat(s.curated().model().event("e2")).contains(after);
    }

    @Test
    void noEditsRecordNothing() {
        CurationSession s = new CurationSession(Fixtures.firstExtraction(), DocumentHashes.NONE, Curation.empty(),
                () -> "d" + (++counter));
        s.editAll("e2", List.of());
        assertThat(s.history().canUndo()).isFalse();
    }
}
