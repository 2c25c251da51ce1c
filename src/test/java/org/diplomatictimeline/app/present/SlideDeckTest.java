package org.diplomatictimeline.app.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.diplomatictimeline.brief.Outlets;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.model.DateBasis;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.DateSource;
import org.diplomatictimeline.model.DocumentDate;
import org.diplomatictimeline.model.DocumentInfo;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventModel;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.source.TestEvents;
import org.junit.jupiter.api.Test;

/** Which events become slides, in what order, and what each slide says. */
class SlideDeckTest {

    private static final String TEXT = "The envoys met in Lisbon on 2 April 2022 and agreed on a roadmap.";
    private final Document doc = TestEvents.document("d1", "Envoys agree a roadmap", TEXT);
    private final Event early = TestEvents.event("early").titled("Envoys meet in Lisbon")
            .type(EventType.MEETING).onDay("2022-04-02").quoting(doc, "met in Lisbon").build();
    private final Event late = TestEvents.event("late").titled("Roadmap agreed")
            .type(EventType.AGREEMENT).onDay("2022-04-05").quoting(doc, "agreed on a roadmap").build();
    private final Event undated = TestEvents.event("undated").titled("Talks to resume")
            .type(EventType.TALKS).onDay("2022-04-03").quoting(doc, "envoys")
            .build().withWhen(EventDate.unknown("nothing says"));
    private final EventModel model = new EventModel(List.of(new DocumentInfo("d1", "/x/d1.txt",
            "Envoys agree a roadmap", new DocumentDate("2022-04-06", DatePrecision.DAY,
            DateSource.HEADER, 1, "header", "2022-04-06", false))), List.of(early, late, undated));
    private final SlideDeck deck = new SlideDeck(model, Outlets.none(),
            id -> Map.of("late", List.of("Stress the second round")).getOrDefault(id, List.of()));

    @Test
    void aFilteredViewPresentsEveryEventShownDatedFirstInTimeOrder() {
        List<Slide> slides = deck.slides(List.of(undated, late, early), true, null);

        assertThat(slides).extracting(Slide::event).containsExactly(early, late, undated);
        assertThat(slides.get(2).date()).isEqualTo("Undated");
    }

    @Test
    void aSlideSaysHowTheDateIsKnownWhoWhereAndCitesItsExcerpts() {
        Slide s = deck.slides(List.of(late), true, null).get(0);

        assertThat(s.title()).isEqualTo("Roadmap agreed");
        assertThat(s.date()).isEqualTo("5 April 2022");
        assertThat(s.basis()).isEqualTo("stated in the text");
        assertThat(s.participants()).isEqualTo("Norway, Ana Ruiz (Foreign Minister)");
        assertThat(s.place()).isEqualTo("Geneva");
        assertThat(s.excerpts()).singleElement().satisfies(x -> {
            assertThat(x.text()).isEqualTo("agreed on a roadmap");
            assertThat(x.citation()).contains("\u201CEnvoys agree a roadmap\u201D").contains("2022-04-06");
        });
        assertThat(s.notes()).containsExactly("Stress the second round");
    }

    @Test
    void withoutAFilterTheKeyEventsArePresentedAndTheSelectedOneIsAlwaysAmongThem() {
        List<Event> many = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            many.add(TestEvents.event("e" + i).titled("Event " + i)
                    .type(i == 0 ? EventType.AGREEMENT : EventType.STATEMENT)
                    .onDay(LocalDate.of(2022, 1, 1).plusDays(i).toString()).quoting(doc, "envoys").build());
        }
        Event chosen = many.get(37);

        List<Slide> slides = deck.slides(many, false, chosen);

        assertThat(slides.size()).isLessThan(many.size()).isGreaterThan(1);
        assertThat(slides).extracting(Slide::event).contains(chosen);
        assertThat(slides.get(SlideDeck.startIndex(slides, chosen)).event()).isEqualTo(chosen);
        assertThat(slides).extracting(s -> s.event().when().span().first()).isSorted();
    }

    @Test
    void datesWorkedOutAreSaidToBeInferred() {
        Event inferred = early.withWhen(early.when().withBasis(DateBasis.INFERRED, "from another article"));

        assertThat(deck.slides(List.of(inferred), true, null).get(0).basis()).isEqualTo("inferred");
    }

    @Test
    void theTypeScalesWithTheWindowFrom720pTo1080p() {
        assertThat(SlideView.basePx(1280, 720)).isEqualTo(SlideView.BASE_PX_AT_720);
        assertThat(SlideView.basePx(1920, 1080)).isEqualTo(SlideView.BASE_PX_AT_720 * 1.5);
        assertThat(SlideView.basePx(1920, 720)).as("the smaller ratio rules").isEqualTo(SlideView.BASE_PX_AT_720);
    }
}
