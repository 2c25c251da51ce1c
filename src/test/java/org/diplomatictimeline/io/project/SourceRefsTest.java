package org.diplomatictimeline.io.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.corpus.CorpusReader;
import org.diplomatictimeline.corpus.ReadListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Source references made from a loaded corpus agree with the check that later compares them to the files. */
class SourceRefsTest {

    @Test
    void referencesOfFreshlyReadFilesCheckAsUnchangedWhateverTheirEncoding(@TempDir Path dir) throws Exception {
        // given: one UTF-8 file and one windows-1252 file, whose decoded text differs from its bytes
        Files.writeString(dir.resolve("a.txt"), "Envoys met in Oslo on 4 March 2021 to discuss fishing rights.\n");
        Files.write(dir.resolve("b.txt"), "Les ministres se sont réunis à Genève le 5 mars 2021.\n"
                .getBytes(Charset.forName("windows-1252")));
        Corpus corpus = new CorpusReader().read(List.of(dir), ReadListener.NONE);

        // when
        List<SourceRef> refs = SourceRefs.of(corpus, false);

        // then
        assertThat(refs).hasSize(2);
        assertThat(new SourceFileCheck().check(refs))
                .extracting(SourceFileStatus::state)
                .containsOnly(SourceFileStatus.State.UNCHANGED);
    }

    @Test
    void aFileEditedAfterLoadingChecksAsChanged(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a.txt");
        Files.writeString(file, "The summit opened in Jakarta on 2 May 2022.\n");
        List<SourceRef> refs = SourceRefs.of(new CorpusReader().read(List.of(file), ReadListener.NONE), false);

        Files.writeString(file, "The summit opened in Jakarta on 3 May 2022.\n");

        assertThat(new SourceFileCheck().check(refs))
                .extracting(SourceFileStatus::state)
                .containsExactly(SourceFileStatus.State.CHANGED);
    }
}
