package org.diplomatictimeline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.model.EventModel;
import org.junit.jupiter.api.Test;

class WindowTitleTest {

    private static Workspace of(Path... paths) {
        return new Workspace(List.of(paths), new Corpus(List.of(), List.of()), EventModel.empty());
    }

    @Test
    void titleNamesTheSeedsAFolderOrHowManyPaths() {
        assertThat(DiplomaticTimelineApp.title(of())).isEqualTo("Diplomatic Timeline — seed corpus");
        assertThat(DiplomaticTimelineApp.title(of(Path.of("/data/articles")))).isEqualTo("Diplomatic Timeline — articles");
        assertThat(DiplomaticTimelineApp.title(of(Path.of("/a.txt"), Path.of("/b")))).endsWith("2 files and folders");
    }
}
