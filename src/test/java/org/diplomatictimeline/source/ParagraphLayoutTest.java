package org.diplomatictimeline.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Evidence;
import org.junit.jupiter.api.Test;

class ParagraphLayoutTest {

    private final Document doc = TestEvents.document("a", "Title",
            "Ministers met in Geneva on Monday.\n\nThey agreed on quotas for the northern fisheries.\r\nEnd.");

    @Test
    void paragraphsFollowLineBreaksAndDropTheCarriageReturn() {
        List<Paragraph> paragraphs = ParagraphLayout.layout("a", doc.text(), List.of());

        assertThat(paragraphs).extracting(p -> doc.text().substring(p.start(), p.end()))
                .containsExactly("Ministers met in Geneva on Monday.", "",
                        "They agreed on quotas for the northern fisheries.", "End.");
    }

    @Test
    void runsCoverEachParagraphWithoutGapsAndMarkTheEvidence() {
        Event met = TestEvents.event("e1").titled("Meeting")
                .type(EventType.MEETING).onDay("2021-03-01").quoting(doc, "met in Geneva").build();

        List<Paragraph> paragraphs = ParagraphLayout.layout("a", doc.text(), List.of(met));

        Paragraph first = paragraphs.get(0);
        assertThat(first.runs()).extracting(r -> doc.text().substring(r.start(), r.end()))
                .containsExactly("Ministers ", "met in Geneva", " on Monday.");
        assertThat(first.runs()).extracting(EvidenceRun::isEvidence).containsExactly(false, true, false);
        assertThat(first.runs().get(1).covers(met)).isTrue();
    }

    @Test
    void overlappingEvidenceSplitsIntoRunsCoveredByBothEvents() {
        Event met = TestEvents.event("e1").titled("Meeting")
                .type(EventType.MEETING).onDay("2021-03-01").quoting(doc, "met in Geneva").build();
        Event place = TestEvents.event("e2").titled("Geneva")
                .type(EventType.OTHER).onDay("2021-03-01").quoting(doc, "Geneva on Monday").build();

        List<EvidenceRun> runs = ParagraphLayout.layout("a", doc.text(), List.of(met, place)).get(0).runs();

        assertThat(runs).extracting(r -> doc.text().substring(r.start(), r.end()))
                .containsExactly("Ministers ", "met in ", "Geneva", " on Monday", ".");
        assertThat(runs.get(2).events()).extracting(Event::id).containsExactly("e1", "e2");
        assertThat(runs.get(3).events()).extracting(Event::id).containsExactly("e2");
    }

    @Test
    void evidenceOfOtherDocumentsIsIgnored() {
        Document other = TestEvents.document("b", "Other", "Ministers met in Geneva on Monday.");
        Event elsewhere = TestEvents.event("e1").titled("Meeting")
                .type(EventType.MEETING).onDay("2021-03-01").quoting(other, "met in Geneva").build();

        List<Paragraph> paragraphs = ParagraphLayout.layout("a", doc.text(), List.of(elsewhere));

        assertThat(paragraphs).flatExtracting(Paragraph::runs).noneMatch(EvidenceRun::isEvidence);
    }

    @Test
    void evidenceCrossingALineBreakIsMarkedInBothParagraphs() {
        Event spans = TestEvents.event("e1").titled("Agreement")
                .type(EventType.AGREEMENT).onDay("2021-03-01").quoting(doc, "Monday.\n\nThey agreed").build();

        List<Paragraph> paragraphs = ParagraphLayout.layout("a", doc.text(), List.of(spans));

        assertThat(paragraphs.get(0).runs()).anyMatch(r -> r.isEvidence()
                && doc.text().substring(r.start(), r.end()).equals("Monday."));
        assertThat(paragraphs.get(2).runs().get(0).isEvidence()).isTrue();
    }

    @Test
    void aDateLineEndsInARunOfItsOwn() {
        Document dated = TestEvents.document("d", "T", " date 2021-03-01 Ministers met in Geneva.");
        int bodyStart = " date 2021-03-01 ".length();

        List<EvidenceRun> runs = ParagraphLayout.layout("d", dated.text(), List.of(), bodyStart).get(0).runs();

        assertThat(runs).extracting(EvidenceRun::end).startsWith(bodyStart);
    }

    @Test
    void runsMatchABruteForceCoverageForManyOverlappingSpans() {
        Random random = new Random(42);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            sb.append("Sentence number ").append(i).append(" about talks.").append(i % 7 == 0 ? "\n\n" : " ");
        }
        String text = sb.toString();
        Document d = TestEvents.document("r", "Random", text);
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int start = random.nextInt(text.length() - 30);
            int end = start + 1 + random.nextInt(30);
            events.add(TestEvents.event("e" + i).titled("E" + i)
                    .type(EventType.TALKS).onDay("2021-03-01").quoting(d, text.substring(start, end)).build()
                    .withEvidence(List.of(new Evidence("r", start, end, text.substring(start, end)))));
        }

        List<Paragraph> paragraphs = ParagraphLayout.layout("r", text, events);

        for (Paragraph p : paragraphs) {
            int pos = p.start();
            for (EvidenceRun run : p.runs()) {
                assertThat(run.start()).isEqualTo(pos);
                pos = run.end();
                for (int offset : new int[] {run.start(), run.end() - 1}) {
                    List<String> expected = events.stream()
                            .filter(e -> e.evidence().get(0).contains(offset)).map(Event::id).sorted().toList();
                    assertThat(run.events().stream().map(Event::id).sorted().toList()).isEqualTo(expected);
                }
            }
            assertThat(pos).isEqualTo(p.end());
        }
    }
}
