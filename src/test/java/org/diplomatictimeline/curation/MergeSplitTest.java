package org.diplomatictimeline.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.diplomatictimeline.curation.Fixtures.MET;
import static org.diplomatictimeline.curation.Fixtures.SIGNED;
import static org.diplomatictimeline.curation.Fixtures.TALKS;
import static org.diplomatictimeline.curation.Fixtures.event;
import static org.diplomatictimeline.curation.Fixtures.model;

import java.util.List;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Evidence;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.ParticipantKind;
import org.diplomatictimeline.model.Place;
import org.diplomatictimeline.model.PlaceKind;
import org.junit.jupiter.api.Test;

/** Merging unites evidence, splitting divides it, and no span is lost or counted twice. */
class MergeSplitTest {

    private int counter;

    private CurationSession session() {
        return new CurationSession(Fixtures.firstExtraction(), DocumentHashes.NONE, Curation.empty(),
                () -> "d" + (++counter));
    }

    private static int totalEvidence(CuratedModel curated) {
        return curated.model().events().stream().mapToInt(e -> e.evidence().size()).sum();
    }

    @Test
    void mergeUnitesEvidenceRemovesTheOtherEventAndKeepsItsNotes() {
        // given a note on the agreement
        CurationSession s = session();
        int before = totalEvidence(s.curated());
        s.note("e2", "same meeting, really");

        // when the agreement is merged into the meeting
        s.merge("e1", "e2");
        CuratedModel curated = s.curated();

        // then one event carries all three spans, the agreement is gone, the note moved
        Event merged = curated.model().event("e1").orElseThrow();
        assertThat(merged.evidence()).containsExactly(MET, TALKS, SIGNED);
        assertThat(curated.model().event("e2")).isEmpty();
        assertThat(curated.state("e1")).isEqualTo(ReviewState.EDITED);
        assertThat(curated.notesOf("e1")).containsExactly("same meeting, really");
        assertThat(totalEvidence(curated)).isEqualTo(before);
        assertThat(curated.model().events()).hasSize(3);
    }

    @Test
    void mergingEventsThatShareASpanKeepsThatSpanOnce() {
        // given two events sharing the meeting sentence
        CurationSession s = new CurationSession(model(List.of("a"),
                event("p").titled("Meet").type(EventType.MEETING).evidence(MET, TALKS).build(),
                event("q").titled("Meet again")
                        .type(EventType.MEETING).evidence(MET, SIGNED)
                        .build()), DocumentHashes.NONE, Curation.empty(),
                () -> "d" + (++counter));

        // when merged
        s.merge("p", "q");

        // then the shared span appears once
        assertThat(s.curated().model().event("p").orElseThrow().evidence()).containsExactly(MET, TALKS, SIGNED);
    }

    @Test
    void splitMovesTheChosenEvidenceToANewEventAndKeepsTheRest() {
        // given the two-span meeting
        CurationSession s = session();
        int before = totalEvidence(s.curated());

        // when the spokesman's sentence is split off
        String newId = s.split("e1", List.of(TALKS), "Spokesman on the talks");
        CuratedModel curated = s.curated();

        // then each event has its part, both edited, and the total is unchanged
        assertThat(curated.model().event("e1").orElseThrow().evidence()).containsExactly(MET);
        Event split = curated.model().event(newId).orElseThrow();
        assertThat(split.evidence()).containsExactly(TALKS);
        assertThat(split.title()).isEqualTo("Spokesman on the talks");
        assertThat(split.type()).isEqualTo(EventType.MEETING);
        assertThat(curated.state(newId)).isEqualTo(ReviewState.EDITED);
        assertThat(totalEvidence(curated)).isEqualTo(before);
    }

    @Test
    void splitAndMergeReplayOnAReextraction() {
        // given a split and then a merge of the split-off part into the agreement
        CurationSession s = session();
        String newId = s.split("e1", List.of(TALKS), "Spokesman");
        s.merge("e2", newId);

        // when replayed over renumbered events
        CuratedModel curated = s.curation().apply(model(List.of("a", "b"),
                event("k2").titled("River shipping agreement").type(EventType.AGREEMENT).evidence(SIGNED).build(),
                event("k1").titled("Russia and China meet").type(EventType.MEETING).evidence(MET, TALKS).build()));

        // then the same shape comes out
        assertThat(curated.conflicts()).isEmpty();
        assertThat(curated.model().event("k1").orElseThrow().evidence()).containsExactly(MET);
        assertThat(curated.model().event("k2").orElseThrow().evidence()).containsExactly(SIGNED, TALKS);
        assertThat(curated.model().events()).hasSize(2);
    }

    @Test
    void splittingAllOrNoneOfTheEvidenceIsRefused() {
        CurationSession s = session();
        assertThatThrownBy(() -> s.split("e1", List.of(MET, TALKS), "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s.split("e1", List.of(), "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s.split("e1", List.of(SIGNED), "x")).isInstanceOf(IllegalArgumentException.class);
        assertThat(s.history().canUndo()).isFalse();
    }

    @Test
    void removingEvidenceKeepsTheEventAndTheLastSpanCannotBeRemoved() {
        // given the two-span meeting
        CurationSession s = session();

        // when one span is removed
        s.removeEvidence("e1", TALKS);

        // then one remains, and removing that one is refused
        assertThat(s.curated().model().event("e1").orElseThrow().evidence()).containsExactly(MET);
        assertThatThrownBy(() -> s.removeEvidence("e1", MET)).hasMessageContaining("last evidence");
    }

    @Test
    void aRemovalThatWouldLeaveNoEvidenceAfterReextractionIsAConflict() {
        // given a removal decided while the meeting had two spans
        CurationSession s = session();
        s.removeEvidence("e1", TALKS);

        // when the new extraction gives the meeting only that span... and the other sentence elsewhere
        CuratedModel curated = s.curation().apply(model(List.of("a"),
                event("only").titled("Russia and China meet").type(EventType.MEETING).evidence(TALKS).build()));

        // then the decision is in conflict and the event keeps its evidence
        assertThat(curated.conflicts()).extracting(CurationConflict::reason)
                .containsExactly(CurationConflict.Reason.NOT_APPLICABLE);
        assertThat(curated.model().event("only").orElseThrow().evidence()).containsExactly(TALKS);
    }

    @Test
    void mergeWhoseSidesNowNameOneEventIsAConflict() {
        // given a merge of the meeting and the agreement
        CurationSession s = session();
        s.merge("e1", "e2");

        // when the extractor now finds them as one event already
        Evidence[] all = {MET, SIGNED, TALKS};
        CuratedModel curated = s.curation().apply(model(List.of("a"), event("one").titled("Meet")
                .type(EventType.MEETING).evidence(all).build()));

        // then it is reported, and the event is untouched
        assertThat(curated.conflicts()).extracting(CurationConflict::reason)
                .containsExactly(CurationConflict.Reason.NOT_APPLICABLE);
        assertThat(curated.model().event("one").orElseThrow().evidence()).hasSize(3);
    }

    @Test
    void mergeKeepsTheUnionOfPlaceAndParticipants() {
        // given the meeting with a place and a participant, the agreement with another participant and a place
        Participant russia = new Participant(
                "ru", "Russia", ParticipantKind.COUNTRY, "", "");
        Participant china = new Participant(
                "cn", "China", ParticipantKind.COUNTRY, "", "");
        Place beijing = new Place(
                "beijing", "Beijing", PlaceKind.CITY, "CN");
        CurationSession s = new CurationSession(model(List.of("a"),
                event("p").titled("Meet")
                        .type(EventType.MEETING).evidence(MET).build().withParticipants(List.of(russia)),
                event("q").titled("Sign")
                        .type(EventType.AGREEMENT).evidence(SIGNED).build().withParticipants(List.of(china, russia))
                        .withPlace(beijing)),
                DocumentHashes.NONE, Curation.empty(), () -> "d" + (++counter));

        // when the agreement is merged into the meeting, which had no place
        s.merge("p", "q");

        // then the merged event has the absorbed place and both participants, once each
        Event merged = s.curated().model().event("p").orElseThrow();
        assertThat(merged.place()).isEqualTo(beijing);
        assertThat(merged.participants()).containsExactly(russia, china);
    }
}
