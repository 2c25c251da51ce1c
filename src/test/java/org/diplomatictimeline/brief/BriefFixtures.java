package org.diplomatictimeline.brief;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.diplomatictimeline.model.DateBasis;
import org.diplomatictimeline.model.DateModifier;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.DateSource;
import org.diplomatictimeline.model.DateSpan;
import org.diplomatictimeline.model.DocumentDate;
import org.diplomatictimeline.model.DocumentInfo;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventModel;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Evidence;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.ParticipantKind;
import org.diplomatictimeline.model.Place;
import org.diplomatictimeline.model.PlaceKind;

/** Hand-made events and documents for the briefing tests: several outlets, scripts, precisions and an undated one. */
public final class BriefFixtures {

    public static final LocalDate MADE = LocalDate.of(2030, 1, 2);

    private BriefFixtures() {
    }

    public static Participant head(String name) {
        return new Participant("person:" + name, name, ParticipantKind.PERSON, "President", "XA");
    }

    public static Participant minister(String name) {
        return new Participant("person:" + name, name, ParticipantKind.PERSON, "Foreign Minister", "XB");
    }

    public static Participant official(String name) {
        return new Participant("person:" + name, name, ParticipantKind.PERSON, "Deputy Director", "XB");
    }

    public static EventDate day(String iso) {
        LocalDate d = LocalDate.parse(iso);
        return new EventDate(iso, null, DatePrecision.DAY, DateModifier.NONE, DateBasis.STATED, DateSpan.ofDay(d),
                "stated");
    }

    public static EventDate month(int year, int month) {
        LocalDate first = LocalDate.of(year, month, 1);
        return new EventDate(String.format("%d-%02d", year, month), null, DatePrecision.MONTH, DateModifier.NONE,
                DateBasis.RELATIVE, new DateSpan(first, first.withDayOfMonth(first.lengthOfMonth())), "in the month");
    }

    public static EventDate range(String first, String last) {
        return new EventDate(first, last, DatePrecision.DAY, DateModifier.NONE, DateBasis.STATED,
                new DateSpan(LocalDate.parse(first), LocalDate.parse(last)), "from ... to ...");
    }

    /** Evidence in each named document; the excerpt text is the same made-up sentence. */
    public static List<Evidence> reports(String text, String... documents) {
        List<Evidence> ev = new ArrayList<>();
        for (String d : documents) {
            ev.add(new Evidence(d, 10, 10 + text.length(), text));
        }
        return ev;
    }

    public static Event event(String id, String title, EventType type, EventStatus status, EventDate when,
                              List<Participant> who, List<Evidence> evidence) {
        return new Event(id, title, type, status, when, new Place("city:aville", "Aville", PlaceKind.CITY, "XA"),
                who, List.of(), evidence, 0.8);
    }

    public static DocumentInfo doc(String id, String source, String title, String date) {
        return new DocumentInfo(id, source, title, new DocumentDate(date, DatePrecision.DAY, DateSource.HEADER, 1,
                "header", date, false));
    }

    /** Five documents from three outlets (two with addresses, one named in its title), six events. */
    public static EventModel model() {
        List<DocumentInfo> docs = List.of(
                doc("d1", "https://www.alpha-news.example/a/1", "Leaders meet", "2021-03-02"),
                doc("d2", "https://alpha-news.example/a/2", "Leaders meet again", "2021-03-03"),
                doc("d3", "https://m.beta.example/story", "Встреча лидеров", "2021-03-02"),
                doc("d4", "/tmp/gamma.txt", "领导人会晤 - Gamma Wire", "2021-03-04"),
                doc("d5", "/tmp/notes.txt", "Notes, with \"quotes\", commas; and semicolons", "2021-04-20"));
        List<Event> events = List.of(
                event("e1", "Summit of Aland and Beland", EventType.SUMMIT, EventStatus.HAPPENED,
                        day("2021-03-01"), List.of(head("Ana Alpha"), head("Boris Beta")),
                        reports("The two presidents met in Aville on Monday.", "d1", "d2", "d3", "d4")),
                event("e2", "Встреча министров", EventType.MEETING, EventStatus.HAPPENED, day("2021-03-01"),
                        List.of(minister("Вера Петрова")), reports("Министры встретились.", "d3")),
                event("e3", "部长访问", EventType.VISIT, EventStatus.PLANNED, range("2021-03-10", "2021-03-12"),
                        List.of(minister("王明")), reports("部长将访问。", "d4")),
                event("e4", "Talks on trade", EventType.TALKS, EventStatus.HAPPENED, month(2021, 4),
                        List.of(official("Carl Gamma")), reports("Officials held talks, \"quietly\", in April.",
                                "d5")),
                event("e5", "Statement by an official", EventType.STATEMENT, EventStatus.HAPPENED,
                        day("2021-04-19"), List.of(official("Carl Gamma")), reports("He said so; then left.",
                                "d5")),
                event("e6", "Agreement signed somewhere", EventType.AGREEMENT, EventStatus.HAPPENED,
                        EventDate.unknown("no date in the text"), List.of(head("Ana Alpha")),
                        reports("An agreement was signed.", "d1")));
        return new EventModel(docs, events);
    }

    public static Outlets outlets(EventModel model) {
        return Outlets.of(model.documents(), id -> null);
    }

    /** The chronology of the fixture with all its dates. */
    public static Chronology chronology() {
        EventModel m = model();
        return new ChronologyBuilder(m, outlets(m)).build(new ChronologyRequest(null, null, 10, null, null), MADE);
    }
}
