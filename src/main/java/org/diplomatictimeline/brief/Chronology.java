package org.diplomatictimeline.brief;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A briefing chronology: the key dates oldest first, each with its events and citations, the events with no known
 * date apart, and a statement of what it contains.
 */
public record Chronology(ChronologyAbout about, List<ChronologyDate> dates, List<ChronologyEvent> undated) {

    public Chronology {
        Objects.requireNonNull(about, "about");
        dates = List.copyOf(dates);
        undated = List.copyOf(undated);
    }

    /** Every citation in number order, dated entries first, for footnote and endnote lists. */
    public List<Citation> citations() {
        return Stream.concat(dates.stream().flatMap(d -> d.events().stream()), undated.stream())
                .flatMap(e -> e.citations().stream()).toList();
    }
}
