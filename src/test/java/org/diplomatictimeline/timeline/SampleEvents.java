package org.diplomatictimeline.timeline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.diplomatictimeline.fixture.EventBuilder;
import org.diplomatictimeline.model.DateBasis;
import org.diplomatictimeline.model.DateModifier;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.DateSpan;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Evidence;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.ParticipantKind;

/** Hand-made and synthetic events for timeline tests and benchmarks (titles and excerpts written for tests). */
public final class SampleEvents {

    private static final String[][] COUNTRIES = {
        {"RU", "Russia"}, {"CN", "China"}, {"FR", "France"}, {"DE", "Germany"}, {"IN", "India"},
        {"BR", "Brazil"}, {"ZA", "South Africa"}, {"JP", "Japan"}, {"TR", "Turkey"}, {"EG", "Egypt"}};

    private SampleEvents() {
    }

    public static Participant country(String code, String name) {
        return new Participant("country:" + code, name, ParticipantKind.COUNTRY, "", code);
    }

    public static Participant person(String id, String name, String code) {
        return new Participant("person:" + id, name, ParticipantKind.PERSON, "Minister", code);
    }

    private static Evidence evidence(String doc, String text) {
        return new Evidence(doc, 0, text.length(), text);
    }

    /** A timeline test event: its excerpt, in one of three documents, is made from its title. */
    public static EventBuilder event(String id, String title) {
        return EventBuilder.event(id).titled(title).confidence(0.9)
                .evidence(evidence("doc-" + (Math.abs(id.hashCode()) % 3), "Test excerpt about " + title + "."));
    }

    public static EventDate onDay(LocalDate d) {
        return new EventDate(d.toString(), null, DatePrecision.DAY, DateModifier.NONE, DateBasis.STATED,
                DateSpan.ofDay(d), "stated in test text");
    }

    public static EventDate inferredDay(LocalDate d) {
        return new EventDate(d.toString(), null, DatePrecision.DAY, DateModifier.NONE, DateBasis.INFERRED,
                DateSpan.ofDay(d), "document date inferred from an anniversary");
    }

    public static EventDate inMonth(YearMonth m) {
        return new EventDate(m.toString(), null, DatePrecision.MONTH, DateModifier.NONE, DateBasis.RELATIVE,
                new DateSpan(m.atDay(1), m.atEndOfMonth()), "'in June' against the article date");
    }

    public static EventDate inYear(int year) {
        return new EventDate(Integer.toString(year), null, DatePrecision.YEAR, DateModifier.NONE, DateBasis.STATED,
                new DateSpan(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)), "'in " + year + "'");
    }

    public static EventDate days(LocalDate first, LocalDate last) {
        return new EventDate(first.toString(), last.toString(), DatePrecision.DAY, DateModifier.NONE,
                DateBasis.STATED, new DateSpan(first, last), "range stated");
    }

    public static EventDate after(LocalDate d) {
        return new EventDate(d.toString(), null, DatePrecision.DAY, DateModifier.AFTER, DateBasis.RELATIVE,
                DateSpan.ofDay(d), "'after the visit' following " + d);
    }

    /** A small hand-made corpus of 2019 diplomacy, every kind of date represented. */
    public static List<Event> handMade() {
        Participant ru = country("RU", "Russia");
        Participant cn = country("CN", "China");
        Participant fr = country("FR", "France");
        Participant anna = person("anna-petrova", "Anna Petrova", "RU");
        Participant li = person("li-wen", "Li Wen", "CN");
        return List.of(
                event("e01", "Foreign ministers meet in Sochi").type(EventType.TALKS)
                        .on(onDay(LocalDate.of(2019, 5, 13))).with(List.of(ru, cn, anna, li)).build(),
                event("e02", "State visit to Moscow").type(EventType.VISIT)
                        .on(days(LocalDate.of(2019, 6, 5), LocalDate.of(2019, 6, 7))).with(List.of(ru, cn, li))
                        .build(),
                event("e03", "Economic forum in St. Petersburg").type(EventType.FORUM)
                        .on(after(LocalDate.of(2019, 6, 7))).with(List.of(ru, cn)).build(),
                event("e04", "Seventieth anniversary of relations").type(EventType.ANNIVERSARY)
                        .on(inYear(2019)).with(List.of(ru, cn)).build(),
                event("e05", "Trade agreement signed").type(EventType.AGREEMENT)
                        .on(inMonth(YearMonth.of(2019, 7))).with(List.of(cn, fr)).build(),
                event("e06", "Joint statement on the peninsula").type(EventType.STATEMENT)
                        .on(inferredDay(LocalDate.of(2019, 6, 20))).with(List.of(ru, fr, anna)).build(),
                event("e07", "Consultations in Paris").type(EventType.MEETING)
                        .on(onDay(LocalDate.of(2019, 6, 21))).with(List.of(fr, ru)).build(),
                event("e08", "Summit on regional security").type(EventType.SUMMIT)
                        .on(onDay(LocalDate.of(2019, 6, 14))).with(List.of(ru, cn, fr)).build());
    }

    /** Synthetic events over {@code years} years from 2010: mixed precision, ten countries, several types. */
    public static List<Event> synthetic(int n, int years, long seed) {
        Random rnd = new Random(seed);
        EventType[] types = EventType.values();
        List<Event> out = new ArrayList<>(n);
        LocalDate base = LocalDate.of(2010, 1, 1);
        for (int i = 0; i < n; i++) {
            LocalDate d = base.plusDays(rnd.nextInt(years * 365));
            int p = rnd.nextInt(100);
            EventDate when;
            if (p < 70) {
                when = rnd.nextInt(10) == 0 ? inferredDay(d) : onDay(d);
            } else if (p < 80) {
                when = days(d, d.plusDays(1 + rnd.nextInt(5)));
            } else if (p < 92) {
                when = inMonth(YearMonth.from(d));
            } else if (p < 96) {
                when = inYear(d.getYear());
            } else {
                when = after(d);
            }
            String[] a = COUNTRIES[rnd.nextInt(COUNTRIES.length)];
            String[] b = COUNTRIES[rnd.nextInt(COUNTRIES.length)];
            List<Participant> who = a == b ? List.of(country(a[0], a[1]))
                    : List.of(country(a[0], a[1]), country(b[0], b[1]));
            EventType type = types[rnd.nextInt(types.length)];
            out.add(event(String.format("s%06d", i), type.label() + " " + a[1] + (a == b ? "" : " and " + b[1])).type(type)
                    .on(when).with(who).build());
        }
        return out;
    }
}
