package org.diplomatictimeline.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folders expand to their files in a stable order, without hidden, own, temporary or asset files. */
class FileCollectorTest {

    @TempDir
    Path dir;

    private final FileCollector collector = new FileCollector();

    @Test
    void foldersExpandRecursivelyInNameOrder() throws IOException {
        touch("b.txt", "sub/a.txt", "A.md", "sub/deeper/z.txt", "c.html");

        List<Path> files = collector.collect(List.of(dir)).files();

        assertThat(files).extracting(p -> dir.relativize(p).toString())
                .containsExactly("A.md", "b.txt", "c.html", "sub/a.txt", "sub/deeper/z.txt");
    }

    @Test
    void hiddenOwnAndTemporaryFilesAreSkippedInFolders() throws IOException {
        touch("article.txt", ".hidden.txt", ".git/config.txt", "project.dtimeline", "events.json", "draft.txt~",
                "download.crdownload", "Thumbs.db");

        List<Path> files = collector.collect(List.of(dir)).files();

        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("article.txt");
    }

    @Test
    void savedPageAssetsAreSkippedAndCounted() throws IOException {
        touch("page.html", "page_files/app.js", "page_files/logo.png", "photo.jpg", "style.css");

        FileCollector.Collected collected = collector.collect(List.of(dir));

        assertThat(collected.files()).extracting(p -> p.getFileName().toString()).containsExactly("page.html");
        assertThat(collected.problems()).singleElement().satisfies(p -> {
            assertThat(p.fatal()).isFalse();
            assertThat(p.message()).startsWith("skipped 2 files that are not documents");
        });
    }

    @Test
    void aFileNamedExplicitlyIsKeptEvenIfHidden() throws IOException {
        touch(".notes.txt");

        List<Path> files = collector.collect(List.of(dir.resolve(".notes.txt"))).files();

        assertThat(files).hasSize(1);
    }

    @Test
    void eachFileOnceEvenWhenNamedTwiceOrReachedThroughALink() throws IOException {
        touch("a.txt");
        Files.createSymbolicLink(dir.resolve("link.txt"), dir.resolve("a.txt"));

        List<Path> files = collector.collect(List.of(dir.resolve("a.txt"), dir)).files();

        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("a.txt");
    }

    @Test
    void aLinkLoopEndsTheWalkOfThatBranchOnly() throws IOException {
        touch("sub/a.txt");
        Files.createSymbolicLink(dir.resolve("sub/loop"), dir);

        FileCollector.Collected collected = collector.collect(List.of(dir));

        assertThat(collected.files()).extracting(p -> p.getFileName().toString()).containsExactly("a.txt");
        assertThat(collected.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("loops back"));
    }

    @Test
    void aBrokenLinkIsNamed() throws IOException {
        Files.createSymbolicLink(dir.resolve("dangling.txt"), dir.resolve("nowhere.txt"));

        FileCollector.Collected collected = collector.collect(List.of(dir));

        assertThat(collected.files()).isEmpty();
        assertThat(collected.problems()).singleElement().satisfies(p -> {
            assertThat(p.source()).endsWith("dangling.txt");
            assertThat(p.message()).contains("does not exist");
        });
    }

    private void touch(String... names) throws IOException {
        for (String name : names) {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "Talks\n\nThe ministers met.");
        }
    }
}
