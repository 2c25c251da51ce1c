package org.diplomatictimeline.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a careful reader says about a folder of articles: each article's date and key events, which events of
 * different articles are one event, which must stay apart, and which dates must never be given to an event.
 */
public record ExpectedSet(List<Article> articles, List<MergeRule> mustNotMerge, List<ForbiddenDate> forbidden) {

    public ExpectedSet {
        articles = List.copyOf(articles);
        mustNotMerge = List.copyOf(mustNotMerge);
        forbidden = List.copyOf(forbidden);
    }

    /** Every expected event of every article, in file order. */
    public List<Event> events() {
        List<Event> all = new ArrayList<>();
        articles.forEach(a -> all.addAll(a.events()));
        return all;
    }

    public Optional<Event> event(String id) {
        return events().stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The pairs of expected events (of different articles) that are the same real-world event, each once. */
    public List<MergeRule> sameEventPairs() {
        List<MergeRule> pairs = new ArrayList<>();
        for (Event e : events()) {
            for (String other : e.sameAs()) {
                boolean seen = pairs.stream().anyMatch(p -> p.a().equals(other) && p.b().equals(e.id()));
                if (!seen) {
                    pairs.add(new MergeRule(e.id(), other, "reported by two articles"));
                }
            }
        }
        return pairs;
    }

    /**
     * One article and the reader's answers for it.
     *
     * @param file the document id: the file name without extension
     */
    public record Article(String file, DocumentDateAnswer documentDate, List<Event> events) {
        public Article {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(documentDate, "documentDate");
            events = List.copyOf(events);
        }
    }

    /**
     * The date a reader gives the article.
     *
     * @param value          TIMEX3 value, or null when no reader could date it
     * @param stated         true when the article states it (header, dateline, byline), false when it must be inferred
     * @param headerConflict true when the article's header line is wrong and must be overruled
     */
    public record DocumentDateAnswer(String value, String precision, boolean stated, boolean headerConflict,
                                     String note) {
        public DocumentDateAnswer {
            note = note == null ? "" : note;
        }
    }

    /**
     * One key event of an article.
     *
     * @param types        the event types an analyst would accept
     * @param countries    ISO alpha-2 codes of the countries involved
     * @param people       names of the people involved
     * @param orgs         names of the organisations involved
     * @param date         TIMEX3 value at the reader's precision, or null when no reader could date it
     * @param end          last part of a range ("2021-05-20"), or null
     * @param dateOptional true when any date, or none, is acceptable
     * @param sameAs       ids of events of other articles that are the same real-world event
     */
    public record Event(String id, String file, List<String> types, List<String> countries, List<String> people,
                        List<String> orgs, String place, String date, String end, String precision,
                        boolean dateOptional, String status, List<String> sameAs, String note) {
        public Event {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(file, "file");
            types = List.copyOf(types);
            countries = List.copyOf(countries);
            people = List.copyOf(people);
            orgs = List.copyOf(orgs);
            sameAs = List.copyOf(sameAs);
            note = note == null ? "" : note;
            if (types.isEmpty()) {
                throw new IllegalArgumentException(id + ": no accepted types");
            }
            if (countries.isEmpty() && people.isEmpty() && orgs.isEmpty()) {
                throw new IllegalArgumentException(id + ": no actors");
            }
        }

        /** The date as the reader writes it, for messages: "2021-05-18..2021-05-20 (day)" or "undated". */
        public String dateLabel() {
            if (date == null) {
                return dateOptional ? "any date" : "undated";
            }
            return (end == null ? date : date + ".." + end) + " (" + precision + ")";
        }
    }

    /** Two expected events that must not end up as one extracted event. */
    public record MergeRule(String a, String b, String why) {
        public MergeRule {
            Objects.requireNonNull(a, "a");
            Objects.requireNonNull(b, "b");
            why = why == null ? "" : why;
        }
    }

    /**
     * A date no event of the given types may carry in that article (an announcement date, a header or boilerplate
     * date).
     *
     * @param types the types concerned; empty means any type
     * @param date  a TIMEX3 value; an event value equal to it or inside it ("2020-01-03" inside "2020-01") violates
     */
    public record ForbiddenDate(String file, List<String> types, String date, String why) {
        public ForbiddenDate {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(date, "date");
            types = List.copyOf(types);
            why = why == null ? "" : why;
        }
    }
}
