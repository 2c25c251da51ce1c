package org.diplomatictimeline.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one key-event rule: the chronology lists exactly what the selector chooses, in any span. */
class KeyEventSelectorTest {

    private final EventModel model = BriefFixtures.model();
    private final KeyEventSelector selector = new KeyEventSelector(model, BriefFixtures.outlets(model));

    @ParameterizedTest(name = "from {0} to {1}, {2} dates, {3} events")
    @CsvSource(nullValues = "-", value = {
            "-,          -,          -, -",
            "-,          -,          2, -",
            "-,          -,          -, 2",
            "2021-03-05, 2021-04-30, 1, -",
            "2021-03-01, 2021-03-01, -, 1"})
    void theChronologyListsExactlyTheSelectedEvents(String from, String to, Integer dates, Integer events) {
        ChronologyRequest request = new ChronologyRequest(from == null ? null : LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to), dates, events, null);

        KeyEventSelector.Selection s = selector.select(model.events(), request);
        Chronology c = new ChronologyBuilder(model, BriefFixtures.outlets(model)).build(request, BriefFixtures.MADE);

        List<Event> listed = c.dates().stream().flatMap(d -> d.events().stream()).map(ChronologyEvent::event).toList();
        assertThat(listed).containsExactlyElementsOf(s.events());
        assertThat(c.about().selection()).isEqualTo(s.selection());
        assertThat(s.eventIds()).hasSize(listed.size());
    }

    @Test
    void aSpanKeepsOnlyTheEventsThatMeetIt() {
        ChronologyRequest april = new ChronologyRequest(LocalDate.of(2021, 4, 1), LocalDate.of(2021, 4, 30), 10,
                null, null);

        KeyEventSelector.Selection s = selector.select(model.events(), april);

        assertThat(s.events()).extracting(Event::id).containsExactlyInAnyOrder("e4", "e5");
        assertThat(s.undated()).extracting(Event::id).containsExactly("e6");
        assertThat(s.datesInSpan()).isEqualTo(2);
    }

    @Test
    void theWeightiestEventIsTheOneKeyEvent() {
        KeyEventSelector.Selection s = selector.select(model.events(), new ChronologyRequest(null, null, null, 1,
                null));

        assertThat(s.events()).extracting(Event::id).containsExactly("e1");
        assertThat(s.selection()).isEqualTo("the 1 most significant events");
    }
}
