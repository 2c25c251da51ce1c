package org.diplomatictimeline.source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.corpus.format.DocumentFormat;
import org.diplomatictimeline.model.DateBasis;
import org.diplomatictimeline.model.DateModifier;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.DateSpan;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Evidence;
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

    /** An event whose evidence is each given phrase's first occurrence in the matching document. */
    public static Event event(String id, String title, EventType type, String day, Object... docAndPhrase) {
        List<Evidence> evidence = new ArrayList<>();
        for (int i = 0; i < docAndPhrase.length; i += 2) {
            Document doc = (Document) docAndPhrase[i];
            String phrase = (String) docAndPhrase[i + 1];
            int start = doc.text().indexOf(phrase);
            if (start < 0) {
                throw new IllegalArgumentException("'" + phrase + "' not in " + doc.id());
            }
            evidence.add(new Evidence(doc.id(), start, start + phrase.length(), phrase));
        }
        LocalDate d = LocalDate.parse(day);
        EventDate when = new EventDate(day, null, DatePrecision.DAY, DateModifier.NONE, DateBasis.STATED,
                DateSpan.ofDay(d), "'" + day + "' stated in the text");
        return new Event(id, title, type, EventStatus.HAPPENED, when,
                new Place("city:geneva", "Geneva", PlaceKind.CITY, "CH"),
                List.of(new Participant("country:NO", "Norway", ParticipantKind.COUNTRY, "", "NO"),
                        new Participant("person:ana-ruiz", "Ana Ruiz", ParticipantKind.PERSON, "Foreign Minister", "CL")),
                List.of("fisheries"), evidence, 0.8);
    }
}
