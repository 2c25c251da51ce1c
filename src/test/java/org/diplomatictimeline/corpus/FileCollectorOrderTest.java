package org.diplomatictimeline.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The names below the root, taken apart once, sort files as comparing the paths pair by pair did. */
class FileCollectorOrderTest {

    @Test
    void folderByFolderCaseInsensitivelyTiesExactly() {
        Path root = Path.of("/articles");
        List<Path> files = new ArrayList<>();
        for (String name : List.of("b.txt", "B.txt", "a/z.md", "A/y.md", "a.txt", "a/b/c.txt", "a", "a/B/c.txt",
                "doc10.txt", "doc2.txt", "Doc1.txt", "\u00e9t\u00e9.txt", "zz/a.txt")) {
            files.add(root.resolve(name));
        }
        Collections.shuffle(files, new Random(11));
        assertThat(FileCollector.sortedByNameWithin(root, files)).extracting(p -> root.relativize(p).toString())
                .containsExactly("A/y.md", "a", "a/B/c.txt", "a/b/c.txt", "a/z.md", "a.txt", "B.txt", "b.txt",
                        "Doc1.txt", "doc10.txt", "doc2.txt", "zz/a.txt", "\u00e9t\u00e9.txt");
    }

    @Test
    void randomTreesSortAsThePairwiseComparison() {
        Random random = new Random(7);
        Path root = Path.of("/r");
        for (int round = 0; round < 50; round++) {
            List<Path> files = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                Path p = root;
                int depth = 1 + random.nextInt(3);
                for (int d = 0; d < depth; d++) {
                    p = p.resolve(name(random));
                }
                if (!files.contains(p)) {
                    files.add(p);
                }
            }
            List<Path> expected = new ArrayList<>(files);
            expected.sort((a, b) -> pairwise(root, a, b));
            assertThat(FileCollector.sortedByNameWithin(root, files)).containsExactlyElementsOf(expected);
        }
    }

    private static String name(Random random) {
        String letters = "aAbB1_-";
        StringBuilder sb = new StringBuilder();
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            sb.append(letters.charAt(random.nextInt(letters.length())));
        }
        return sb.toString();
    }

    /** The comparison the collector made before: relativize both paths at every comparison. */
    private static int pairwise(Path root, Path a, Path b) {
        Path ra = root.relativize(a);
        Path rb = root.relativize(b);
        int n = Math.min(ra.getNameCount(), rb.getNameCount());
        for (int i = 0; i < n; i++) {
            String x = ra.getName(i).toString();
            String y = rb.getName(i).toString();
            int c = String.CASE_INSENSITIVE_ORDER.compare(x, y);
            if (c == 0) {
                c = x.compareTo(y);
            }
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(ra.getNameCount(), rb.getNameCount());
    }
}
