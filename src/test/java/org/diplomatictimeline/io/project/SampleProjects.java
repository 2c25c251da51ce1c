package org.diplomatictimeline.io.project;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.diplomatictimeline.curation.Curation;
import org.diplomatictimeline.curation.Decision;
import org.diplomatictimeline.curation.DocumentHashes;
import org.diplomatictimeline.curation.EventRef;
import org.diplomatictimeline.curation.EvidenceAnchor;
import org.diplomatictimeline.curation.ManualDate;
import org.diplomatictimeline.model.DateModifier;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.ParticipantKind;
import org.diplomatictimeline.model.Place;
import org.diplomatictimeline.model.PlaceKind;

/** Hand-made projects with every kind of decision, for the file tests. */
final class SampleProjects {

    static final String TEXT = "Ministers met in Hanoi on Tuesday. They agreed to reopen the consulate.";

    private SampleProjects() {
    }

    static EvidenceAnchor anchor(String phrase) {
        int start = TEXT.indexOf(phrase);
        return new EvidenceAnchor("hanoi", DocumentHashes.sha256(TEXT), start, start + phrase.length(), phrase);
    }

    static EventRef ref(String phrase, EventType type) {
        return new EventRef(List.of(anchor(phrase)), "Event on " + phrase, type);
    }

    /** One decision of every kind and every field edit. */
    static List<Decision> everyDecision() {
        EventRef met = ref("Ministers met in Hanoi", EventType.MEETING);
        EventRef agreed = ref("They agreed", EventType.AGREEMENT);
        return List.of(
                new Decision.Accept("d1", met),
                new Decision.Reject("d2", agreed),
                new Decision.Edit("d3", met, new Decision.Title("Hanoi ministerial")),
                new Decision.Edit("d4", met, new Decision.Type(EventType.TALKS)),
                new Decision.Edit("d5", met, new Decision.Status(EventStatus.ANNOUNCED)),
                new Decision.Edit("d6", met, new Decision.When(
                        ManualDate.of(LocalDate.of(2019, 6, 4), DatePrecision.WEEK, DateModifier.APPROX))),
                new Decision.Edit("d6b", met, new Decision.When(EventDate.unknown("no date in the text"))),
                new Decision.Edit("d7", met, new Decision.Where(new Place("city:hanoi", "Hanoi", PlaceKind.CITY, "VN"))),
                new Decision.Edit("d8", met, new Decision.Where(null)),
                new Decision.Edit("d9", met, new Decision.Participants(List.of(
                        new Participant("country:VN", "Vietnam", ParticipantKind.COUNTRY, "", "VN"),
                        new Participant("person:x", "A. Minister", ParticipantKind.PERSON, "Foreign Minister", "")))),
                new Decision.Edit("d10", met, new Decision.Topics(List.of("consulate", "trade"))),
                new Decision.AddEvidence("d11", met, anchor("on Tuesday")),
                new Decision.RemoveEvidence("d12", met, anchor("on Tuesday")),
                new Decision.CreateEvent("d13", anchor("reopen the consulate"), "Consulate reopens",
                        EventType.AGREEMENT, EventStatus.PLANNED, ManualDate.of(LocalDate.of(2019, 9, 1),
                        DatePrecision.MONTH)),
                new Decision.Merge("d14", met, agreed),
                new Decision.Split("d15", met, List.of(anchor("They agreed")), "The agreement"),
                new Decision.Note("d16", met, "Ask the desk: \"Tuesday\" or Wednesday?\nSecond line, ünïcödé."));
    }

    static Project full() {
        List<SourceRef> sources = List.of(
                new SourceRef("hanoi", "/corpus/hanoi.txt", DocumentHashes.sha256(TEXT), TEXT.length(), TEXT),
                new SourceRef("other", "/corpus/other.txt", DocumentHashes.sha256("x"), 1, null));
        ViewSettings view = new ViewSettings("COUNTRY", 17_800.5, 18_100.25,
                new ViewFilters(List.of("ACCEPTED", "EDITED"), List.of("MEETING"), List.of("VN"), "consulate"),
                "dark");
        return Project.of("Vietnam briefing", sources, new Curation(everyDecision()), view);
    }

    /** A project whose text copies make it about {@code megabytes} large. */
    static Project big(int megabytes) {
        List<SourceRef> sources = new ArrayList<>();
        String chunk = "The delegation arrived late and the talks ran into the night. ".repeat(16_000);
        int count = Math.max(1, megabytes);
        for (int i = 0; i < count; i++) {
            sources.add(new SourceRef("doc" + i, "/corpus/doc" + i + ".txt", DocumentHashes.sha256(chunk + i),
                    chunk.length(), chunk + i));
        }
        return Project.of("Big", sources, new Curation(everyDecision()), ViewSettings.DEFAULT);
    }
}
