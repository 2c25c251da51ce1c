package org.diplomatictimeline.io.project;

import java.util.List;

/**
 * Which events the views show; empty lists mean "no restriction".
 *
 * @param reviewStates names of {@code ReviewState}s shown
 * @param eventTypes   names of {@code EventType}s shown
 * @param countries    ISO country codes; an event shows when a participant or its place matches one
 * @param query        free text the title or evidence must contain; empty for none
 */
public record ViewFilters(List<String> reviewStates, List<String> eventTypes, List<String> countries,
                          String query) {

    public static final ViewFilters NONE = new ViewFilters(List.of(), List.of(), List.of(), "");

    public ViewFilters {
        reviewStates = List.copyOf(reviewStates == null ? List.of() : reviewStates);
        eventTypes = List.copyOf(eventTypes == null ? List.of() : eventTypes);
        countries = List.copyOf(countries == null ? List.of() : countries);
        query = query == null ? "" : query;
    }
}
