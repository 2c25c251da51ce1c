package org.diplomatictimeline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.diplomatictimeline.model.DateBasis;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.api.Test;

class EventFilterTest {

    private final AppFixtures fx = new AppFixtures();

    @Test
    void theEmptyFilterLetsEverythingThrough() {
        assertThat(EventFilter.NONE.isEmpty()).isTrue();
        assertThat(EventFilter.NONE.test(fx.talks)).isTrue();
    }

    @Test
    void reviewFacetPassesOnlyTheCheckedStatesAndNothingWhenTheStateIsUnknown() {
        EventFilter f = EventFilter.NONE.withReviews(Set.of("accepted", "edited"));

        assertThat(f.passesReview("accepted")).isTrue();
        assertThat(f.passesReview("rejected")).isFalse();
        assertThat(f.passesReview(null)).isFalse();
        assertThat(EventFilter.NONE.passesReview(null)).as("no choice means any").isTrue();
        assertThat(f.isEmpty()).isFalse();
    }

    @Test
    void typeFilterKeepsOnlyTheChosenTypes() {
        EventFilter f = EventFilter.NONE.withTypes(Set.of(EventType.VISIT, EventType.SANCTION));

        assertThat(f.test(fx.stateVisit)).isTrue();
        assertThat(f.test(fx.sanctions)).isTrue();
        assertThat(f.test(fx.talks)).isFalse();
    }

    @Test
    void countryMatchesParticipantsOrPlace() {
        assertThat(EventFilter.NONE.withCountries(Set.of("CL")).test(fx.talks)).as("participant").isTrue();
        assertThat(EventFilter.NONE.withCountries(Set.of("CH")).test(fx.talks)).as("place").isTrue();
        assertThat(EventFilter.NONE.withCountries(Set.of("FR")).test(fx.talks)).isFalse();
    }

    @Test
    void participantAndPlaceFiltersMatchByIdentity() {
        assertThat(EventFilter.NONE.withParticipants(Set.of("person:ana-ruiz")).test(fx.talks)).isTrue();
        assertThat(EventFilter.NONE.withParticipants(Set.of("person:someone-else")).test(fx.talks)).isFalse();
        assertThat(EventFilter.NONE.withPlaces(Set.of("city:geneva")).test(fx.talks)).isTrue();
        assertThat(EventFilter.NONE.withPlaces(Set.of("city:oslo")).test(fx.talks)).isFalse();
    }

    @Test
    void documentFilterMatchesAnyEvidenceDocument() {
        EventFilter visitDoc = EventFilter.NONE.withDocuments(Set.of("visit"));

        assertThat(visitDoc.test(fx.talks)).isTrue();
        assertThat(visitDoc.test(fx.stateVisit)).isTrue();
        assertThat(visitDoc.test(fx.sanctions)).isFalse();
    }

    @Test
    void freeTextSearchesTitlesPeopleAndExcerptsIgnoringCase() {
        assertThat(EventFilter.NONE.withText("OSLO").test(fx.stateVisit)).as("title").isTrue();
        assertThat(EventFilter.NONE.withText("ruiz").test(fx.talks)).as("participant").isTrue();
        assertThat(EventFilter.NONE.withText("shipping firms").test(fx.sanctions)).as("excerpt").isTrue();
        assertThat(EventFilter.NONE.withText("shipping").test(fx.talks)).isFalse();
        assertThat(EventFilter.NONE.withText("   ").isEmpty()).as("blank text is no filter").isTrue();
    }

    @Test
    void facetsCombineWithAnd() {
        EventFilter f = EventFilter.NONE.withStatuses(Set.of(EventStatus.HAPPENED))
                .withBases(Set.of(DateBasis.INFERRED));

        assertThat(f.test(fx.talks)).isFalse();
        assertThat(f.withBases(Set.of(DateBasis.STATED)).test(fx.talks)).isTrue();
        assertThat(f.withTopics(Set.of("fisheries")).withBases(Set.of()).test(fx.talks)).isTrue();
    }
}
