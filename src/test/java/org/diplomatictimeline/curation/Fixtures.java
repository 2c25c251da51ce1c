package org.diplomatictimeline.curation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.diplomatictimeline.model.DateSource;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.DocumentDate;
import org.diplomatictimeline.model.DocumentInfo;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventModel;
import org.diplomatictimeline.model.EventStatus;
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
        int start = text.indexOf(phrase);
        if (start < 0) {
            throw new IllegalArgumentException("phrase not in text: " + phrase);
        }
        return new Evidence(docId, start, start + phrase.length(), phrase);
    }

    static Event event(String id, String title, EventType type, Evidence... evidence) {
        return new Event(id, title, type, EventStatus.HAPPENED,
                org.diplomatictimeline.curation.ManualDate.of(LocalDate.of(2019, 6, 3), DatePrecision.DAY),
                null, List.of(), List.of(), Arrays.asList(evidence), 0.8);
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
                event("e1", "Russia and China meet", EventType.MEETING, MET, TALKS),
                event("e2", "River shipping agreement", EventType.AGREEMENT, SIGNED),
                event("e3", "Indian premier visits Moscow", EventType.VISIT, VISIT),
                event("e4", "Sanctions on shipping firm", EventType.SANCTION, SANCTIONS));
    }
}
