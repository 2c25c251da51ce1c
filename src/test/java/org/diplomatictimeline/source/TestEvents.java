package org.diplomatictimeline.source;

import java.util.List;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.corpus.format.DocumentFormat;
import org.diplomatictimeline.fixture.EventBuilder;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.ParticipantKind;
import org.diplomatictimeline.model.Place;
import org.diplomatictimeline.model.PlaceKind;

/** Hand-built documents and events for UI tests; all text written for these tests. */
public final class TestEvents {

    private TestEvents() {
    }

    public static Document document(String id, String title, String text) {
        return new Document(id, "/fixtures/" + id + ".txt", title, text, null, 0, "UTF-8", DocumentFormat.PLAIN_TEXT, List.of());
    }

    /** An event of the source tests: in Geneva, with Norway and Ana Ruiz, on fisheries; evidence by phrase. */
    public static EventBuilder event(String id) {
        return EventBuilder.event(id)
                .at(new Place("city:geneva", "Geneva", PlaceKind.CITY, "CH"))
                .with(new Participant("country:NO", "Norway", ParticipantKind.COUNTRY, "", "NO"),
                        new Participant("person:ana-ruiz", "Ana Ruiz", ParticipantKind.PERSON, "Foreign Minister", "CL"))
                .topics("fisheries")
                .confidence(0.8);
    }
}
