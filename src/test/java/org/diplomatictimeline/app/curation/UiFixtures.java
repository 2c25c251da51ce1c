package org.diplomatictimeline.app.curation;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import org.diplomatictimeline.curation.ManualDate;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.DateSource;
import org.diplomatictimeline.model.DocumentDate;
import org.diplomatictimeline.model.DocumentInfo;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventModel;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Evidence;

/** A hand-written little extraction for the curation UI tests, and PNG snapshots under target/snapshots/. */
final class UiFixtures {

    static final String TEXT = "The envoys met in Geneva on 3 June. They agreed a prisoner exchange. "
            + "A summit is planned for autumn. The talks were described as useful.";

    private UiFixtures() {
    }

    static Evidence ev(String phrase) {
        int start = TEXT.indexOf(phrase);
        return new Evidence("geneva", start, start + phrase.length(), phrase);
    }

    static Event event(String id, String title, EventType type, int day, String... phrases) {
        return new Event(id, title, type, EventStatus.HAPPENED,
                ManualDate.of(LocalDate.of(2019, 6, day), DatePrecision.DAY), null, List.of(), List.of("security"),
                java.util.Arrays.stream(phrases).map(UiFixtures::ev).toList(), 0.7);
    }

    /** Four events, in date order e1..e4. */
    static EventModel model() {
        DocumentInfo doc = new DocumentInfo("geneva", "geneva.txt", "Envoys meet",
                new DocumentDate("2019-06-04", DatePrecision.DAY, DateSource.HEADER, 1, "", null, false));
        return new EventModel(List.of(doc), List.of(
                event("e1", "Envoys meet in Geneva", EventType.MEETING, 3, "The envoys met in Geneva on 3 June."),
                event("e2", "Prisoner exchange agreed", EventType.AGREEMENT, 4, "They agreed a prisoner exchange."),
                event("e3", "Autumn summit planned", EventType.SUMMIT, 5, "A summit is planned for autumn."),
                event("e4", "Talks called useful", EventType.STATEMENT, 6, "The talks were described as useful.")));
    }

    /** Writes a PNG of the node; must run on the FX thread. */
    static Path snapshot(Node node, String name) {
        return org.diplomatictimeline.source.Snapshots.write(node, name);
    }
}
