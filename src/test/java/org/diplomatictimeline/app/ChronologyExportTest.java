package org.diplomatictimeline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.diplomatictimeline.brief.BriefFixtures;
import org.diplomatictimeline.brief.format.ChronologyFormat;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventModel;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChronologyExportTest {

    private final ChronologyExport export = new ChronologyExport(Runnable::run, Runnable::run);

    @Test
    void writesTheEventsOfTheCurrentFilterAndSaysWhichFilter(@TempDir Path dir) throws IOException {
        EventModel model = BriefFixtures.model();
        EventFilter summits = EventFilter.NONE.withTypes(Set.of(EventType.SUMMIT));
        List<Event> visible = model.events().stream().filter(summits).toList();
        Path target = dir.resolve("brief.md");
        AtomicReference<String> message = new AtomicReference<>();

        export.export(new Workspace(List.of(), new Corpus(List.of(), List.of()), model), visible, summits,
                ChronologyFormat.MD, target, message::set);

        String md = Files.readString(target, StandardCharsets.UTF_8);
        assertThat(md).contains("Events: events matching types: Summit;", "Summit of Aland and Beland")
                .doesNotContain("Встреча министров");
        assertThat(message.get()).startsWith("Exported 1 dates and 0 undated events to ");
    }

    @Test
    void aFailedExportSaysSoAndWritesNothing(@TempDir Path dir) {
        Path target = dir.resolve("missing-folder").resolve("brief.pdf");
        AtomicReference<String> message = new AtomicReference<>();

        export.export(new Workspace(List.of(), new Corpus(List.of(), List.of()), BriefFixtures.model()),
                BriefFixtures.model().events(), EventFilter.NONE, ChronologyFormat.PDF, target, message::set);

        assertThat(message.get()).startsWith("Could not export to ").endsWith("Nothing was written.");
        assertThat(target).doesNotExist();
    }

    @Test
    void anEmptyFilterIsAllEvents() {
        assertThat(ChronologyExport.describe(EventFilter.NONE)).isEqualTo("all events");
        assertThat(ChronologyExport.describe(EventFilter.NONE.withText("trade"))).isEqualTo(
                "events matching text \"trade\"");
    }
}
