package org.diplomatictimeline.curation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.diplomatictimeline.fixture.EventBuilder;
import org.diplomatictimeline.fixture.Excerpts;
import org.diplomatictimeline.model.DateSource;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.DocumentDate;
import org.diplomatictimeline.model.DocumentInfo;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventModel;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Evidence;

/** Small hand-written documents and events for curation tests. */
final class Fixtures {

    static final String DOC_A = "The foreign ministers of Russia and China met in Beijing on Monday. "
            + "They signed an agreement on river shipping. "
            + "A spokesman said the talks were frank.";
    static final String DOC_B = "Next month the Indian premier will visit Moscow. "
            + "Officials announced sanctions on a shipping firm.";

    private Fixtures() {
    }

    /** The evidence of the first occurrence of {@code phrase} in {@code text}. */
    static Evidence ev(String docId, String text, String phrase) {
        return Excerpts.first(docId, text, phrase);
    }

    /** An event of these tests: on 3 June 2019, as an analyst set it. */
    static EventBuilder event(String id) {
        return EventBuilder.event(id).on(ManualDate.of(LocalDate.of(2019, 6, 3), DatePrecision.DAY));
    }

    static DocumentInfo doc(String id) {
        return new DocumentInfo(id, id + ".txt", id,
                new DocumentDate("2019-06-04", DatePrecision.DAY, DateSource.HEADER, 1, "", null, false));
    }

    static EventModel model(List<String> docIds, Event... events) {
        List<DocumentInfo> docs = new ArrayList<>();
        docIds.forEach(d -> docs.add(doc(d)));
        return new EventModel(docs, Arrays.asList(events));
    }

    static final Evidence MET = ev("a", DOC_A, "The foreign ministers of Russia and China met in Beijing on Monday.");
    static final Evidence SIGNED = ev("a", DOC_A, "They signed an agreement on river shipping.");
    static final Evidence TALKS = ev("a", DOC_A, "A spokesman said the talks were frank.");
    static final Evidence VISIT = ev("b", DOC_B, "Next month the Indian premier will visit Moscow.");
    static final Evidence SANCTIONS = ev("b", DOC_B, "Officials announced sanctions on a shipping firm.");

    /** The first extraction: four events, one of them (the meeting) with two spans. */
    static EventModel firstExtraction() {
        return model(List.of("a", "b"),
                event("e1").titled("Russia and China meet").type(EventType.MEETING).evidence(MET, TALKS).build(),
                event("e2").titled("River shipping agreement").type(EventType.AGREEMENT).evidence(SIGNED).build(),
                event("e3").titled("Indian premier visits Moscow").type(EventType.VISIT).evidence(VISIT).build(),
                event("e4").titled("Sanctions on shipping firm").type(EventType.SANCTION).evidence(SANCTIONS).build());
    }
}
