package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.diplomatictimeline.model.DateBasis;
import org.diplomatictimeline.model.DateModifier;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.DateSource;
import org.diplomatictimeline.model.DateSpan;
import org.diplomatictimeline.model.DocumentDate;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Evidence;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.ParticipantKind;
import org.diplomatictimeline.model.Place;
import org.diplomatictimeline.model.PlaceKind;

/** Invented people, places and dates for merging tests, and a short way to write one report of an event. */
final class MergeFixtures {

    static final Participant ADA = person("ada-lind", "Ada Lind");
    static final Participant BEN = person("ben-oduya", "Ben Oduya");
    static final Participant CARA = person("cara-moss", "Cara Moss");
    static final Participant DAN = person("dan-weru", "Dan Weru");
    static final Participant ODUYA = person("oduya", "Oduya");
    static final Participant KENYA = new Participant("country:KE", "Kenya", ParticipantKind.COUNTRY, "", "KE");
    static final Participant SWEDEN = new Participant("country:SE", "Sweden", ParticipantKind.COUNTRY, "", "SE");
    static final Participant UNION = new Participant("org:east-union", "East Union", ParticipantKind.ORGANISATION,
            "", "");
    static final Place NAIROBI = new Place("city:nairobi", "Nairobi", PlaceKind.CITY, "KE");
    static final Place MOMBASA = new Place("city:mombasa", "Mombasa", PlaceKind.CITY, "KE");
    static final Place KENYA_PLACE = new Place("country:ke", "Kenya", PlaceKind.COUNTRY, "KE");

    private MergeFixtures() {
    }

    private static Participant person(String slug, String name) {
        return person(slug, name, "");
    }

    /** An invented person of the country {@code country} (a code, or "" when the reports do not say). */
    static Participant person(String slug, String name, String country) {
        return new Participant("person:" + slug, name, ParticipantKind.PERSON, "", country);
    }

    /** A country as a participant. */
    static Participant country(String code, String name) {
        return new Participant("country:" + code, name, ParticipantKind.COUNTRY, "", code);
    }

    static EventDate day(String iso) {
        return new EventDate(iso, null, DatePrecision.DAY, DateModifier.NONE, DateBasis.STATED,
                DateSpan.ofDay(LocalDate.parse(iso)), "stated");
    }

    static EventDate days(String first, String last) {
        return new EventDate(first, last, DatePrecision.DAY, DateModifier.NONE, DateBasis.STATED,
                new DateSpan(LocalDate.parse(first), LocalDate.parse(last)), "stated");
    }

    static EventDate month(String iso) {
        YearMonth m = YearMonth.parse(iso);
        return new EventDate(iso, null, DatePrecision.MONTH, DateModifier.NONE, DateBasis.STATED,
                new DateSpan(m.atDay(1), m.atEndOfMonth()), "stated");
    }

    static EventDate year(int y) {
        return new EventDate(String.valueOf(y), null, DatePrecision.YEAR, DateModifier.NONE, DateBasis.STATED,
                new DateSpan(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)), "stated");
    }

    static EventDate decade(int first) {
        return new EventDate(String.valueOf(first / 10), null, DatePrecision.DECADE, DateModifier.NONE,
                DateBasis.STATED, new DateSpan(LocalDate.of(first, 1, 1), LocalDate.of(first + 9, 12, 31)), "stated");
    }

    static final EventDate UNDATED = EventDate.unknown("none");

    /** A report in article "a", written on 2022-03-08. */
    static Report a(EventType type, EventDate when) {
        return Report.of("a", "2022-03-08", type, when);
    }

    /** A report in article "b", written the day after. */
    static Report b(EventType type, EventDate when) {
        return Report.of("b", "2022-03-09", type, when);
    }

    /** A report in an article that has no date. */
    static Report undatedArticle(EventType type, EventDate when) {
        return Report.of("u", null, type, when);
    }

    /** The rule's answer for the pair, the same both ways round. */
    static void assertAllows(MergeRule rule, Report x, Report y, MergeRule.Scope scope, boolean allowed) {
        assertThat(rule.allows(x.cluster(), y.cluster(), scope)).isEqualTo(allowed);
        assertThat(rule.allows(y.cluster(), x.cluster(), scope)).as("symmetric").isEqualTo(allowed);
    }

    /** One report: its article (and that article's date, or null), type, date and what it names. */
    record Report(String doc, String reported, EventType type, EventDate when, EventStatus status, List<Place> places,
                  List<Participant> participants, String name, String key, boolean anaphoric) {

        static Report of(String doc, String reported, EventType type, EventDate when) {
            return new Report(doc, reported, type, when, EventStatus.HAPPENED, List.of(), List.of(), "", "", false);
        }

        Report with(Participant... people) {
            List<Participant> all = new ArrayList<>(participants);
            all.addAll(List.of(people));
            return new Report(doc, reported, type, when, status, places, all, name, key, anaphoric);
        }

        Report at(Place... where) {
            return new Report(doc, reported, type, when, status, List.of(where), participants, name, key, anaphoric);
        }

        Report planned() {
            return new Report(doc, reported, type, when, EventStatus.PLANNED, places, participants, name, key,
                    anaphoric);
        }

        Report named(String newName) {
            return new Report(doc, reported, type, when, status, places, participants, newName, key, anaphoric);
        }

        Report keyed(String newKey) {
            return new Report(doc, reported, type, when, status, places, participants, name, newKey, anaphoric);
        }

        Report referringBack() {
            return new Report(doc, reported, type, when, status, places, participants, name, key, true);
        }

        EventMention mention(int order) {
            DocumentDate docDate = reported == null ? DocumentDate.unknown("none")
                    : new DocumentDate(reported, DatePrecision.DAY, DateSource.HEADER, 0.9, "header", reported, false);
            Evidence e = new Evidence(doc, order * 10, order * 10 + 5, "words");
            return new EventMention(doc, order, type, status, when, places, participants, List.of(), List.of(e), name,
                    key, anaphoric, docDate, 0.7);
        }

        EventCluster cluster() {
            return new EventCluster(mention(1));
        }

        @Override
        public String toString() {
            return type + " " + (when.isKnown() ? when.value() : "undated") + " in " + doc + " (" + reported + ") "
                    + participants.stream().map(Participant::name).toList() + " @ "
                    + places.stream().map(Place::name).toList();
        }
    }
}
