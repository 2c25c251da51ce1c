package org.diplomatictimeline.app;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.diplomatictimeline.model.DateBasis;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Evidence;
import org.diplomatictimeline.model.Participant;

/**
 * Which events the views show: an event passes when it matches every facet that has a choice (an empty set means
 * "any") and contains the free text somewhere in its title, people, place, topics or evidence.
 *
 * @param participants participant ids ("person:sergey-lavrov", "country:RU")
 * @param places    place ids ("city:sochi")
 * @param countries ISO codes of participants' or the place's country
 * @param documents document ids; an event passes if any of its evidence is in one of them
 * @param reviews   review-state labels ("accepted"); checked by {@link #passesReview}, since the state is not part
 *                  of the event but told by whoever curates (the view model asks its review-state provider)
 * @param text      free text, matched case-insensitively; blank means any
 */
public record EventFilter(Set<EventType> types, Set<String> participants, Set<String> places, Set<String> countries,
                          Set<String> topics,
                          Set<EventStatus> statuses, Set<DateBasis> bases, Set<String> documents, Set<String> reviews,
                          String text)
        implements Predicate<Event> {

    /** The filter that lets everything through. */
    public static final EventFilter NONE = new EventFilter(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
            Set.of(), Set.of(), "");

    public EventFilter {
        types = Set.copyOf(types);
        participants = Set.copyOf(participants);
        places = Set.copyOf(places);
        countries = Set.copyOf(countries);
        topics = Set.copyOf(topics);
        statuses = Set.copyOf(statuses);
        bases = Set.copyOf(bases);
        documents = Set.copyOf(documents);
        reviews = Set.copyOf(reviews);
        text = text == null ? "" : text.strip();
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    @Override
    public boolean test(Event e) {
        Objects.requireNonNull(e, "event");
        return (types.isEmpty() || types.contains(e.type()))
                && (statuses.isEmpty() || statuses.contains(e.status()))
                && (bases.isEmpty() || bases.contains(e.when().basis()))
                && (participants.isEmpty() || e.participants().stream().anyMatch(p -> participants.contains(p.id())))
                && (places.isEmpty() || e.place() != null && places.contains(e.place().id()))
                && (topics.isEmpty() || e.topics().stream().anyMatch(topics::contains))
                && (countries.isEmpty() || matchesCountry(e))
                && (documents.isEmpty() || e.evidence().stream().anyMatch(ev -> documents.contains(ev.documentId())))
                && (text.isEmpty() || matchesText(e, text.toLowerCase(Locale.ROOT)));
    }

    /** Whether an event in review state {@code state} (a label, null when unknown) passes the Review facet. */
    public boolean passesReview(String state) {
        return reviews.isEmpty() || state != null && reviews.contains(state);
    }

    private boolean matchesCountry(Event e) {
        if (e.place() != null && countries.contains(e.place().countryCode())) {
            return true;
        }
        return e.participants().stream().anyMatch(p -> countries.contains(p.countryCode()));
    }

    private static boolean matchesText(Event e, String needle) {
        if (has(e.title(), needle) || has(e.type().label(), needle)) {
            return true;
        }
        if (e.place() != null && has(e.place().name(), needle)) {
            return true;
        }
        for (Participant p : e.participants()) {
            if (has(p.name(), needle) || has(p.role(), needle)) {
                return true;
            }
        }
        for (String topic : e.topics()) {
            if (has(topic, needle)) {
                return true;
            }
        }
        for (Evidence ev : e.evidence()) {
            if (has(ev.text(), needle)) {
                return true;
            }
        }
        return e.when().value() != null && e.when().value().startsWith(needle);
    }

    /** Case-insensitive contains without lower-casing (and copying) every haystack: search runs per keystroke. */
    private static boolean has(String haystack, String needle) {
        if (haystack == null) {
            return false;
        }
        int n = needle.length();
        char first = needle.charAt(0);
        char firstUpper = Character.toUpperCase(first);
        for (int i = 0, last = haystack.length() - n; i <= last; i++) {
            char c = haystack.charAt(i);
            if ((c == first || c == firstUpper || Character.toLowerCase(c) == first)
                    && haystack.regionMatches(true, i, needle, 0, n)) {
                return true;
            }
        }
        return false;
    }

    public EventFilter withTypes(Set<EventType> v) {
        return new EventFilter(v, participants, places, countries, topics, statuses, bases, documents, reviews, text);
    }

    public EventFilter withParticipants(Set<String> v) {
        return new EventFilter(types, v, places, countries, topics, statuses, bases, documents, reviews, text);
    }

    public EventFilter withPlaces(Set<String> v) {
        return new EventFilter(types, participants, v, countries, topics, statuses, bases, documents, reviews, text);
    }

    public EventFilter withCountries(Set<String> v) {
        return new EventFilter(types, participants, places, v, topics, statuses, bases, documents, reviews, text);
    }

    public EventFilter withTopics(Set<String> v) {
        return new EventFilter(types, participants, places, countries, v, statuses, bases, documents, reviews, text);
    }

    public EventFilter withStatuses(Set<EventStatus> v) {
        return new EventFilter(types, participants, places, countries, topics, v, bases, documents, reviews, text);
    }

    public EventFilter withBases(Set<DateBasis> v) {
        return new EventFilter(types, participants, places, countries, topics, statuses, v, documents, reviews, text);
    }

    public EventFilter withDocuments(Set<String> v) {
        return new EventFilter(types, participants, places, countries, topics, statuses, bases, v, reviews, text);
    }

    public EventFilter withReviews(Set<String> v) {
        return new EventFilter(types, participants, places, countries, topics, statuses, bases, documents, v, text);
    }

    public EventFilter withText(String v) {
        return new EventFilter(types, participants, places, countries, topics, statuses, bases, documents, reviews, v);
    }
}
