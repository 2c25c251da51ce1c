package org.diplomatictimeline.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/** The session applies a new decision on top of its cached state; that must equal replaying everything. */
class IncrementalReplayTest {

    @RepeatedTest(20)
    void incrementalResultEqualsAFullReplayAfterEveryAction(RepetitionInfo info) {
        Random random = new Random(info.getCurrentRepetition());
        int[] counter = {0};
        CurationSession s = new CurationSession(Fixtures.firstExtraction(), DocumentHashes.NONE, Curation.empty(),
                () -> "d" + (++counter[0]));
        for (int step = 0; step < 40; step++) {
            List<Event> events = s.curated().model().events();
            Event e = events.get(random.nextInt(events.size()));
            try {
                switch (random.nextInt(9)) {
                    case 0 -> s.accept(e.id());
                    case 1 -> s.reject(e.id());
                    case 2 -> s.editTitle(e.id(), "T" + step);
                    case 3 -> s.editType(e.id(), EventType.values()[random.nextInt(EventType.values().length)]);
                    case 4 -> s.note(e.id(), "n" + step);
                    case 5 -> s.merge(e.id(), events.get(random.nextInt(events.size())).id());
                    case 6 -> s.split(e.id(), List.of(e.evidence().get(e.evidence().size() - 1)), "S" + step);
                    case 7 -> s.undo();
                    default -> s.redo();
                }
            } catch (IllegalArgumentException refused) {
                // e.g. merging an event with itself, splitting a one-span event: nothing recorded
            }
            CuratedModel incremental = s.curated();
            CuratedModel full = s.curation().apply(s.extracted(), s.hashes());
            assertThat(incremental.model().events()).isEqualTo(full.model().events());
            assertThat(incremental.states()).isEqualTo(full.states());
            assertThat(incremental.notes()).isEqualTo(full.notes());
            assertThat(incremental.conflicts()).isEqualTo(full.conflicts());
        }
    }
}
