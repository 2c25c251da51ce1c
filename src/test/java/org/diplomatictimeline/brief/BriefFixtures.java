package org.diplomatictimeline.brief;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.diplomatictimeline.fixture.EventBuilder;
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

    /** An event of the briefing tests, in Aville. */
    public static EventBuilder event(String id) {
        return EventBuilder.event(id).at(new Place("city:aville", "Aville", PlaceKind.CITY, "XA"));
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
                event("e1").titled("Summit of Aland and Beland")
                        .type(EventType.SUMMIT).status(EventStatus.HAPPENED).on(day("2021-03-01"))
                        .with(List.of(head("Ana Alpha"), head("Boris Beta")))
                        .evidence(reports("The two presidents met in Aville on Monday.", "d1", "d2", "d3", "d4"))
                        .build(),
                event("e2").titled("Встреча министров")
                        .type(EventType.MEETING).status(EventStatus.HAPPENED).on(day("2021-03-01"))
                        .with(List.of(minister("Вера Петрова"))).evidence(reports("Министры встретились.", "d3"))
                        .build(),
                event("e3").titled("部长访问")
                        .type(EventType.VISIT).status(EventStatus.PLANNED).on(range("2021-03-10", "2021-03-12"))
                        .with(List.of(minister("王明"))).evidence(reports("部长将访问。", "d4")).build(),
                event("e4").titled("Talks on trade").type(EventType.TALKS).status(EventStatus.HAPPENED).on(month(2021, 4)).with(List.of(official("Carl Gamma"))).evidence(reports("Officials held talks, \"quietly\", in April.",
                                "d5")).build(),
                event("e5").titled("Statement by an official").type(EventType.STATEMENT).status(EventStatus.HAPPENED).on(day("2021-04-19")).with(List.of(official("Carl Gamma"))).evidence(reports("He said so; then left.",
                                "d5")).build(),
                event("e6").titled("Agreement signed somewhere")
                        .type(EventType.AGREEMENT).status(EventStatus.HAPPENED)
                        .on(EventDate.unknown("no date in the text")).with(List.of(head("Ana Alpha")))
                        .evidence(reports("An agreement was signed.", "d1")).build());
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
