package org.diplomatictimeline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.diplomatictimeline.curation.CuratedModel;
import org.diplomatictimeline.curation.Curation;
import org.diplomatictimeline.curation.CurationSession;
import org.diplomatictimeline.curation.Decision;
import org.diplomatictimeline.curation.EventRef;
import org.diplomatictimeline.curation.DocumentHashes;
import org.diplomatictimeline.curation.ManualDate;
import org.diplomatictimeline.io.project.Project;
import org.diplomatictimeline.io.project.ProjectStore;
import org.diplomatictimeline.io.project.ViewSettings;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.DateSource;
import org.diplomatictimeline.model.DocumentDate;
import org.diplomatictimeline.model.DocumentInfo;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventModel;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Evidence;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Replaying an analyst's decisions over a re-extraction (renumbered, reordered events), and saving and loading the
 * project that holds them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CurationReplayBench {

    @Param({"1000", "10000"})
    public int events;

    private Curation curation;
    private CurationSession session;
    private EventModel extracted;
    private EventModel reextracted;
    private Project project;
    private ProjectStore store;
    private Path dir;
    private Path file;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        int docs = Math.max(1, events / 20);
        List<DocumentInfo> documents = new ArrayList<>();
        DocumentDate date = new DocumentDate("2019-06-01", DatePrecision.DAY, DateSource.HEADER, 1, "", null, false);
        for (int d = 0; d < docs; d++) {
            documents.add(new DocumentInfo("doc" + d, "doc" + d + ".txt", "", date));
        }
        List<Event> first = new ArrayList<>();
        for (int i = 0; i < events; i++) {
            String doc = "doc" + (i % docs);
            int base = (i / docs) * 200;
            first.add(new Event("e" + i, "Event " + i, EventType.values()[i % 10], EventStatus.HAPPENED,
                    ManualDate.of(LocalDate.of(2019, 1, 1).plusDays(i % 365), DatePrecision.DAY), null, List.of(),
                    List.of(), List.of(span(doc, base, "meeting " + i), span(doc, base + 100, "talks " + i)), 0.5));
        }
        EventModel model = new EventModel(documents, first);
        // One decision for every second event: a mix of accept, reject, title edits and notes.
        // Built directly (a session would replay after each one, which is what the benchmark itself measures).
        List<Decision> decisions = new ArrayList<>();
        for (int i = 0; i < events; i += 2) {
            EventRef ref = EventRef.of(first.get(i), DocumentHashes.NONE);
            String id = "d" + i;
            decisions.add(switch (i % 8) {
                case 0 -> new Decision.Accept(id, ref);
                case 2 -> new Decision.Reject(id, ref);
                case 4 -> new Decision.Edit(id, ref, new Decision.Title("Renamed " + i));
                default -> new Decision.Note(id, ref, "note " + i);
            });
        }
        curation = new Curation(decisions);
        extracted = model;
        // The better extractor: new ids, shuffled order.
        List<Event> second = new ArrayList<>();
        for (Event e : first) {
            second.add(e.withId("n" + e.id().substring(1) + "x"));
        }
        Collections.shuffle(second, new Random(7));
        reextracted = new EventModel(documents, second);
        project = Project.of("bench", List.of(), curation, ViewSettings.DEFAULT);
        store = new ProjectStore();
        dir = Files.createTempDirectory("bench-project");
        file = dir.resolve("bench.dtproj");
        store.save(project, file);
    }

    /** A fresh session per iteration, so the decisions added by the benchmark do not pile up for long. */
    @Setup(Level.Iteration)
    public void freshSession() {
        session = new CurationSession(extracted, DocumentHashes.NONE, curation);
        session.curated();
    }

    private static Evidence span(String doc, int start, String text) {
        return new Evidence(doc, start, start + text.length(), text);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
    }

    @Benchmark
    public CuratedModel replayOverReextraction() {
        CuratedModel curated = curation.apply(reextracted);
        if (!curated.conflicts().isEmpty()) {
            throw new IllegalStateException("conflicts in benchmark: " + curated.conflicts().size());
        }
        return curated;
    }

    /** One analyst action: record a decision and get the curated model (applied on top of the cached state). */
    @Benchmark
    public CuratedModel oneActionInASession() {
        session.note("e1", "one more");
        return session.curated();
    }

    @Benchmark
    public Project saveAndLoadProject() throws IOException {
        store.save(project, file);
        return store.load(file);
    }
}
