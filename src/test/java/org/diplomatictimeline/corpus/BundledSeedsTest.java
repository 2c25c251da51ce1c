package org.diplomatictimeline.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.diplomatictimeline.corpus.format.DocumentFormat;
import org.junit.jupiter.api.Test;

/** The seed corpus bundled in the jar loads exactly as the files of the top-level seeds/ folder. */
class BundledSeedsTest {

    private static final Path SEEDS = Path.of("seeds");

    @Test
    void bundledSeedsAreTheTwoSeedFilesByteForByte() throws IOException {
        // given the seeds folder of the project
        List<Path> files = seedFiles();

        // when the bundled seeds are read
        Corpus corpus = CorpusReader.bundledSeeds();

        // then there is one document per file, with the file's text decoded as UTF-8
        assertThat(corpus.problems()).isEmpty();
        assertThat(corpus.documents()).hasSize(2).hasSameSizeAs(files);
        for (int i = 0; i < files.size(); i++) {
            Document d = corpus.documents().get(i);
            byte[] bytes = Files.readAllBytes(files.get(i));
            assertThat(d.text()).isEqualTo(new String(bytes, StandardCharsets.UTF_8));
            assertThat(d.contentHash()).isEqualTo(ContentHash.of(bytes));
            assertThat(d.id()).isEqualTo(DocumentIds.baseName(files.get(i).getFileName().toString()));
            assertThat(d.source()).startsWith("seed:");
            assertThat(CorpusReader.isBundledSeed(d.source())).isTrue();
            assertThat(d.encoding()).isEqualTo("UTF-8");
            assertThat(d.format()).isEqualTo(DocumentFormat.PLAIN_TEXT);
        }
    }

    @Test
    void firstSeedHasItsHeaderDateAndBodyStartsAtThere() {
        Document first = CorpusReader.bundledSeeds().documents().get(0);

        assertThat(first.headerDate()).isEqualTo("2019-06-05");
        assertThat(first.body()).startsWith("There are a lot of common causes");
        assertThat(first.text().substring(0, first.bodyStart())).isEqualTo(" date 2019-06-05 ");
        assertThat(first.title())
                .isEqualTo("There are a lot of common causes on the table for the leaders of Russia and China"
                        + " as they meet in the Russian capital");
    }

    @Test
    void secondSeedHasNoHeaderDateAndItsHeadlineAsTitle() {
        Document second = CorpusReader.bundledSeeds().documents().get(1);

        assertThat(second.headerDate()).isNull();
        assertThat(second.bodyStart()).isZero();
        assertThat(second.title()).isEqualTo("China, Russia to Discuss Hotspots Amid Trump Sanctions");
    }

    @Test
    void seedIndexListsEveryFileOfTheSeedsFolder() throws IOException {
        List<String> names = seedFiles().stream().map(p -> p.getFileName().toString()).toList();

        assertThat(new SeedCatalog().names()).containsExactlyElementsOf(names);
    }

    @Test
    void readingTheSeedsFolderGivesTheSameDocumentsAsTheBundle() {
        Corpus fromFolder = new CorpusReader().read(List.of(SEEDS), ReadListener.NONE);
        Corpus bundled = CorpusReader.bundledSeeds();

        assertThat(fromFolder.problems()).isEmpty();
        assertThat(fromFolder.documents()).extracting(Document::id)
                .containsExactlyElementsOf(bundled.documents().stream().map(Document::id).toList());
        assertThat(fromFolder.documents()).extracting(Document::text)
                .containsExactlyElementsOf(bundled.documents().stream().map(Document::text).toList());
        assertThat(fromFolder.documents()).extracting(Document::contentHash)
                .containsExactlyElementsOf(bundled.documents().stream().map(Document::contentHash).toList());
    }

    private static List<Path> seedFiles() throws IOException {
        try (Stream<Path> s = Files.list(SEEDS)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }
}
