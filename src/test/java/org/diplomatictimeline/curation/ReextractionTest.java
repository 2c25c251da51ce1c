package org.diplomatictimeline.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.curation.Fixtures.DOC_A;
import static org.diplomatictimeline.curation.Fixtures.MET;
import static org.diplomatictimeline.curation.Fixtures.SANCTIONS;
import static org.diplomatictimeline.curation.Fixtures.SIGNED;
import static org.diplomatictimeline.curation.Fixtures.TALKS;
import static org.diplomatictimeline.curation.Fixtures.VISIT;
import static org.diplomatictimeline.curation.Fixtures.ev;
import static org.diplomatictimeline.curation.Fixtures.event;
import static org.diplomatictimeline.curation.Fixtures.model;

import java.util.List;
import java.util.Map;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventModel;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Evidence;
import org.junit.jupiter.api.Test;

/** Decisions made on one extraction land on the same events of the next one, or show as conflicts. */
class ReextractionTest {

    private int counter;

    private CurationSession session(EventModel extracted) {
        return new CurationSession(extracted, DocumentHashes.NONE, Curation.empty(), () -> "d" + (++counter));
    }

    private static Event byTitle(CuratedModel curated, String title) {
        return curated.model().events().stream().filter(e -> e.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void decisionsLandOnTheSameEventsWhenIdsShiftOrderChangesAndAnEventIsAdded() {
        // given decisions on the first extraction
        CurationSession s = session(Fixtures.firstExtraction());
        s.reject("e4");
        s.accept("e3");
        s.editTitle("e2", "Russia-China river shipping pact");
        s.note("e1", "check the date against the ministry's site");
        Curation curation = s.curation();

        // when a better extractor renumbers, reorders and finds one more event
        EventModel second = model(List.of("a", "b"),
                event("x7").titled("Sanctions on shipping firm").type(EventType.SANCTION).evidence(SANCTIONS).build(),
                event("x1").titled("Spokesman statement").type(EventType.STATEMENT).evidence(TALKS).build(),
                event("x5").titled("Indian premier visits Moscow").type(EventType.VISIT).evidence(VISIT).build(),
                event("x9").titled("River shipping agreement").type(EventType.AGREEMENT).evidence(SIGNED).build(),
                event("x2").titled("Russia and China meet").type(EventType.MEETING).evidence(MET).build());
        CuratedModel curated = curation.apply(second);

        // then each decision finds its event again and nothing is in conflict
        assertThat(curated.conflicts()).isEmpty();
        assertThat(curated.state("x7")).isEqualTo(ReviewState.REJECTED);
        assertThat(curated.state("x5")).isEqualTo(ReviewState.ACCEPTED);
        assertThat(curated.model().event("x9").orElseThrow().title()).isEqualTo("Russia-China river shipping pact");
        assertThat(curated.state("x9")).isEqualTo(ReviewState.EDITED);
        assertThat(curated.notesOf("x2")).containsExactly("check the date against the ministry's site");
        assertThat(curated.state("x1")).isEqualTo(ReviewState.PROPOSED);
    }

    @Test
    void aDecisionWhoseEvidenceVanishedBecomesAConflictAndTouchesNothingElse() {
        // given a rejected sanctions event
        CurationSession s = session(Fixtures.firstExtraction());
        s.reject("e4");
        s.accept("e2");

        // when the new extraction no longer has any event on that sentence
        EventModel second = model(List.of("a", "b"),
                event("n1").titled("Russia and China meet").type(EventType.MEETING).evidence(MET, TALKS).build(),
                event("n2").titled("River shipping agreement").type(EventType.AGREEMENT).evidence(SIGNED).build(),
                event("n3").titled("Indian premier visits Moscow").type(EventType.VISIT).evidence(VISIT).build());
        CuratedModel curated = s.curation().apply(second);

        // then the rejection is a visible conflict, the other decision still applies, no event was rejected
        assertThat(curated.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.reason()).isEqualTo(CurationConflict.Reason.EVENT_NOT_FOUND);
            assertThat(c.decision()).isInstanceOf(Decision.Reject.class);
            assertThat(c.message()).contains("Sanctions on shipping firm");
        });
        assertThat(curated.state("n2")).isEqualTo(ReviewState.ACCEPTED);
        assertThat(curated.eventsIn(ReviewState.REJECTED)).isEmpty();
    }

    @Test
    void aWidenedSpanStillAttachesByOverlap() {
        // given an accepted agreement
        CurationSession s = session(Fixtures.firstExtraction());
        s.accept("e2");

        // when the new extractor cites a longer span around the same sentence
        Evidence wider = ev("a", DOC_A, "Monday. They signed an agreement on river shipping.");
        CuratedModel curated = s.curation().apply(model(List.of("a", "b"),
                event("z").titled("Agreement signed").type(EventType.AGREEMENT).evidence(wider).build()));

        // then the acceptance lands on it
        assertThat(curated.conflicts()).isEmpty();
        assertThat(curated.state("z")).isEqualTo(ReviewState.ACCEPTED);
    }

    @Test
    void anExcerptThatMovedInAChangedDocumentIsFoundByItsWordsNotItsOldOffsets() {
        // given an accepted agreement, decided while document a had its original text
        String oldHash = DocumentHashes.sha256(DOC_A);
        DocumentHashes before = new DocumentHashes(Map.of("a", oldHash));
        CurationSession s = new CurationSession(Fixtures.firstExtraction(), before, Curation.empty(), () -> "d1");
        s.accept("e2");

        // when the document gained a first line, shifting everything, and another event now sits at the old offsets
        String changed = "Updated at 10:00. " + DOC_A;
        DocumentHashes after = new DocumentHashes(Map.of("a", DocumentHashes.sha256(changed)));
        Evidence impostor = new Evidence("a", SIGNED.start(), SIGNED.end(),
                changed.substring(SIGNED.start(), SIGNED.end()));
        Evidence moved = ev("a", changed, SIGNED.text());
        CuratedModel curated = s.curation().apply(model(List.of("a", "b"),
                event("old-offsets").titled("Something else").type(EventType.OTHER).evidence(impostor).build(),
                event("moved").titled("River shipping agreement")
                        .type(EventType.AGREEMENT).evidence(moved).build()), after);

        // then the decision follows the words
        assertThat(curated.state("moved")).isEqualTo(ReviewState.ACCEPTED);
        assertThat(curated.state("old-offsets")).isEqualTo(ReviewState.PROPOSED);
    }

    @Test
    void decisionsFollowADocumentWhoseIdChangedButWhoseTextDidNot() {
        // given an acceptance made while the document was called "a"
        DocumentHashes before = new DocumentHashes(Map.of("a", DocumentHashes.sha256(DOC_A)));
        CurationSession s = new CurationSession(Fixtures.firstExtraction(), before, Curation.empty(), () -> "d1");
        s.accept("e2");

        // when the corpus reader now calls the same text "a-2" (another file took the name)
        DocumentHashes after = new DocumentHashes(Map.of("a-2", DocumentHashes.sha256(DOC_A),
                "a", DocumentHashes.sha256("another text")));
        Evidence renamed = new Evidence("a-2", SIGNED.start(), SIGNED.end(), SIGNED.text());
        CuratedModel curated = s.curation().apply(model(List.of("a-2", "b"),
                event("r").titled("River shipping agreement")
                        .type(EventType.AGREEMENT).evidence(renamed).build()), after);

        // then the decision found it
        assertThat(curated.conflicts()).isEmpty();
        assertThat(curated.state("r")).isEqualTo(ReviewState.ACCEPTED);
    }

    @Test
    void anEventSplitByTheExtractorMakesItsDecisionAmbiguousNotGuessed() {
        // given the two-span meeting accepted
        CurationSession s = session(Fixtures.firstExtraction());
        s.accept("e1");

        // when the extractor now gives each span its own event of the same type
        CuratedModel curated = s.curation().apply(model(List.of("a", "b"),
                event("m1").titled("Meeting").type(EventType.MEETING).evidence(MET).build(),
                event("m2").titled("Meeting").type(EventType.MEETING).evidence(TALKS).build()));

        // then nothing is accepted and the conflict names both candidates
        assertThat(curated.eventsIn(ReviewState.ACCEPTED)).isEmpty();
        assertThat(curated.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.reason()).isEqualTo(CurationConflict.Reason.AMBIGUOUS);
            assertThat(c.candidateEventIds()).containsExactlyInAnyOrder("m1", "m2");
        });
    }

    @Test
    void twoEventsOnOneSentenceAreToldApartByTheRememberedType() {
        // given one sentence that carries both a meeting and an agreement, and the agreement rejected
        EventModel first = model(List.of("a"),
                event("p").titled("Ministers meet").type(EventType.MEETING).evidence(MET).build(),
                event("q").titled("Pact").type(EventType.AGREEMENT).evidence(MET).build());
        CurationSession s = session(first);
        s.reject("q");

        // when re-extracted with new ids
        CuratedModel curated = s.curation().apply(model(List.of("a"),
                event("r").titled("Pact").type(EventType.AGREEMENT).evidence(MET).build(),
                event("s").titled("Ministers meet").type(EventType.MEETING).evidence(MET).build()));

        // then the agreement is the one rejected
        assertThat(curated.conflicts()).isEmpty();
        assertThat(curated.state("r")).isEqualTo(ReviewState.REJECTED);
        assertThat(curated.state("s")).isEqualTo(ReviewState.PROPOSED);
    }

    @Test
    void anEventCreatedFromASelectionSurvivesReextractionUnlessItsDocumentLeaves() {
        // given an event the analyst made from a selection
        CurationSession s = session(Fixtures.firstExtraction());
        Evidence selection = ev("a", DOC_A, "A spokesman said");
        String id = s.createEvent(selection, "Spokesman briefs press", EventType.STATEMENT,
                EventStatus.HAPPENED,
                EventDate.unknown("not stated"));

        // when re-extracted with the same documents, and then without document a
        CuratedModel same = s.curation().apply(model(List.of("a", "b"), event("k").titled("Visit")
                .type(EventType.VISIT).evidence(VISIT).build()));
        CuratedModel without = s.curation().apply(model(List.of("b"), event("k").titled("Visit")
                .type(EventType.VISIT).evidence(VISIT).build()));

        // then it is there and accepted, and later a document-missing conflict
        assertThat(same.model().event(id)).isPresent();
        assertThat(same.state(id)).isEqualTo(ReviewState.ACCEPTED);
        assertThat(without.model().event(id)).isEmpty();
        assertThat(without.conflicts()).extracting(CurationConflict::reason)
                .containsExactly(CurationConflict.Reason.DOCUMENT_MISSING);
    }

    @Test
    void laterDecisionsFollowAnEventThroughEarlierEditsOfItsEvidence() {
        // given evidence added to the agreement, then the agreement accepted
        CurationSession s = session(Fixtures.firstExtraction());
        s.addEvidence("e2", TALKS);
        s.accept("e2");

        // when the curation is replayed on a renumbered extraction
        CuratedModel curated = s.curation().apply(model(List.of("a", "b"),
                event("y1").titled("Russia and China meet").type(EventType.MEETING).evidence(MET).build(),
                event("y2").titled("River shipping agreement").type(EventType.AGREEMENT).evidence(SIGNED).build()));

        // then the agreement has both spans and is accepted
        assertThat(curated.conflicts()).isEmpty();
        assertThat(curated.model().event("y2").orElseThrow().evidence()).containsExactly(SIGNED, TALKS);
        assertThat(curated.state("y2")).isEqualTo(ReviewState.ACCEPTED);
    }
}
