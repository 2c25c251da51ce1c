package org.diplomatictimeline.io.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.corpus.format.DocumentFormat;
import org.diplomatictimeline.curation.Curation;
import org.diplomatictimeline.curation.CurationSession;
import org.diplomatictimeline.curation.Decision;
import org.diplomatictimeline.curation.DocumentHashes;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.DateSource;
import org.diplomatictimeline.model.DocumentDate;
import org.diplomatictimeline.model.DocumentInfo;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventModel;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Evidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Changed and missing source files are found by hash, and what depends on them is flagged, not dropped. */
class SourceFileCheckTest {

    @TempDir
    Path dir;

    private Document document(String id, Path file, String text) {
        return new Document(id, file.toString(), id, text, null, 0, "UTF-8", DocumentFormat.PLAIN_TEXT, List.of());
    }

    @Test
    void unchangedChangedAndMissingFilesAreToldApart() throws IOException {
        // given three recorded files
        Path same = Files.writeString(dir.resolve("same.txt"), "Leaders met in Oslo.");
        Path edited = Files.writeString(dir.resolve("edited.txt"), "Talks resumed in Doha.");
        Path gone = Files.writeString(dir.resolve("gone.txt"), "A summit was called off.");
        Corpus corpus = new Corpus(List.of(document("same", same, "Leaders met in Oslo."),
                document("edited", edited, "Talks resumed in Doha."),
                document("gone", gone, "A summit was called off.")), List.of());
        List<SourceRef> refs = SourceRefs.of(corpus, false);

        // when one is edited and one deleted
        Files.writeString(edited, "Talks resumed in Doha on Monday.");
        Files.delete(gone);
        List<SourceFileStatus> statuses = new SourceFileCheck().check(refs);

        // then each is reported by name
        assertThat(statuses).extracting(SourceFileStatus::state).containsExactly(SourceFileStatus.State.UNCHANGED,
                SourceFileStatus.State.CHANGED, SourceFileStatus.State.MISSING);
        assertThat(statuses.get(1).message()).contains(edited.toString()).contains("changed");
        assertThat(statuses.get(2).message()).contains(gone.toString()).contains("missing");
        assertThat(SourceFileCheck.problemDocuments(statuses)).containsExactlyInAnyOrder("edited", "gone");
    }

    @Test
    void evidenceAndDecisionsInProblemDocumentsAreFlaggedAndKept() throws IOException {
        // given an event with evidence in a good and a missing document, and decisions on both
        Path good = Files.writeString(dir.resolve("good.txt"), "Leaders met in Oslo.");
        Path lost = Files.writeString(dir.resolve("lost.txt"), "Leaders met again.");
        List<SourceRef> refs = SourceRefs.of(new Corpus(List.of(document("good", good, "Leaders met in Oslo."),
                document("lost", lost, "Leaders met again.")), List.of()), true);
        Files.delete(lost);
        Evidence inGood = new Evidence("good", 0, 11, "Leaders met");
        Evidence inLost = new Evidence("lost", 0, 11, "Leaders met");
        DocumentDate d = new DocumentDate("2020-01-01", DatePrecision.DAY, DateSource.HEADER, 1, "", null, false);
        EventModel model = new EventModel(List.of(new DocumentInfo("good", good.toString(), "", d),
                new DocumentInfo("lost", lost.toString(), "", d)), List.of(
                new Event("e1", "Meeting", EventType.MEETING, EventStatus.HAPPENED, EventDate.unknown(""), null,
                        List.of(), List.of(), List.of(inGood, inLost), 0.5),
                new Event("e2", "Other", EventType.MEETING, EventStatus.HAPPENED, EventDate.unknown(""), null,
                        List.of(), List.of(), List.of(inGood), 0.5)));
        CurationSession session = new CurationSession(
                model, DocumentHashes.NONE, Curation.empty());
        session.accept("e1");
        session.accept("e2");

        // when checked
        List<SourceFileStatus> statuses = new SourceFileCheck().check(refs);
        Map<String, List<Evidence>> flagged = SourceFileCheck.flaggedEvidence(model, statuses);
        List<Decision> affected = SourceFileCheck.affectedDecisions(session.curation(), statuses);

        // then only the lost document's evidence and the decision on e1 are flagged; the copy is mentioned
        assertThat(flagged).containsOnlyKeys("e1");
        assertThat(flagged.get("e1")).containsExactly(inLost);
        assertThat(affected).hasSize(1).first().isInstanceOf(Decision.Accept.class);
        assertThat(statuses.get(1).message()).contains("copy");
        assertThat(model.event("e1").orElseThrow().evidence()).hasSize(2);
    }

    @Test
    void aSourceThatIsNotAFileIsHashedByItsTextAndAlwaysCopied() throws IOException {
        Document seed = new Document("seed", "org/diplomatictimeline/seeds/a.txt", "a", "Some text.", null, 0,
                "UTF-8", DocumentFormat.PLAIN_TEXT, List.of());
        SourceRef ref = SourceRefs.of(new Corpus(List.of(seed), List.of()), false).get(0);
        assertThat(ref.textCopy()).isEqualTo("Some text.");
        assertThat(ref.size()).isEqualTo(-1);
        assertThat(ref.sha256()).isEqualTo(DocumentHashes.sha256("Some text."));
    }
}
