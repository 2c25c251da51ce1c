package org.diplomatictimeline.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.diplomatictimeline.corpus.format.DocumentFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The duplicate check's shortcuts (stopping a comparison once its answer is known) decide exactly as the full
 * comparisons do, so a corpus finds the same groups with them.
 */
class DuplicateDetectorShortcutTest {

    private static final int HASHES = 128;

    @ParameterizedTest
    @ValueSource(doubles = {0.05, 0.3, 0.45, 0.7, 0.9, 0.95, 1.0})
    void similarityAtLeastIsTheSimilarityWheneverThatReachesTheThreshold(double threshold) {
        Random random = new Random(11);
        int reached = 0;
        for (int trial = 0; trial < 3000; trial++) {
            long[][] pair = overlappingSets(random, 1 + random.nextInt(300), 1 + random.nextInt(300),
                    random.nextDouble());
            double full = DuplicateDetector.similarity(pair[0], pair[1]);
            double shortcut = DuplicateDetector.similarityAtLeast(pair[0], pair[1], threshold);
            if (full >= threshold) {
                reached++;
                assertThat(shortcut).isEqualTo(full);
            } else {
                assertThat(shortcut).isLessThan(threshold);
            }
        }
        assertThat(reached).as("pairs at or above the threshold among the trials").isPositive();
    }

    @Test
    void estimateReachesAnswersAsCountingEveryEqualValueWould() {
        Random random = new Random(7);
        for (int equal = 0; equal <= HASHES; equal += 3) {
            long[] a = random.longs(HASHES).toArray();
            long[] b = a.clone();
            List<Integer> positions = new ArrayList<>();
            for (int h = 0; h < HASHES; h++) {
                positions.add(h);
            }
            Collections.shuffle(positions, random);
            for (int k = 0; k < HASHES - equal; k++) {
                b[positions.get(k)] ^= 1;
            }
            for (int fewest = 0; fewest <= HASHES + 1; fewest++) {
                assertThat(DuplicateDetector.estimateReaches(a, b, fewest)).as("%d equal, %d needed", equal, fewest)
                        .isEqualTo(equal >= fewest);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.25, 0.45 - 0.2, 0.7 - 0.2, 0.5, 0.999, 1.0})
    void fewestEqualValuesIsTheSmallestCountWhoseShareReachesTheLowestShare(double lowest) {
        int fewest = DuplicateDetector.fewestEqualValues(lowest);

        assertThat(fewest / (double) HASHES).isGreaterThanOrEqualTo(lowest);
        if (fewest > 0) {
            assertThat((fewest - 1) / (double) HASHES).isLessThan(lowest);
        }
    }

    @Test
    void storyCorpusGroupsAreThoseOfComparingEveryPairInFull() {
        List<Document> docs = storyCorpus();

        List<List<String>> found = new DuplicateDetector().find(docs).stream().map(DuplicateGroup::documentIds)
                .toList();

        assertThat(found).isNotEmpty().isEqualTo(everyPairCompared(docs, DuplicateDetector.DEFAULT_THRESHOLD));
    }

    /** Two sorted distinct sets sharing about {@code share} of the smaller one's values. */
    private static long[][] overlappingSets(Random random, int sizeA, int sizeB, double share) {
        TreeSet<Long> a = new TreeSet<>();
        TreeSet<Long> b = new TreeSet<>();
        while (a.size() < sizeA) {
            long value = random.nextLong();
            a.add(value);
            if (b.size() < sizeB && random.nextDouble() < share) {
                b.add(value);
            }
        }
        while (b.size() < sizeB) {
            b.add(random.nextLong());
        }
        return new long[][] {a.stream().mapToLong(Long::longValue).toArray(),
                b.stream().mapToLong(Long::longValue).toArray()};
    }

    /** Articles on one story: the same background paragraphs, different leads, some copied with small edits. */
    private static List<Document> storyCorpus() {
        String[] who = {"The foreign minister of Chile", "The Kenyan president", "Norway's prime minister",
            "A Japanese envoy", "The Canadian trade minister", "Egypt's foreign minister"};
        String[] where = {"Geneva", "Nairobi", "Oslo", "Hanoi", "Lima", "Cairo", "Ottawa"};
        String[] what = {"a ceasefire along the northern border", "grain exports through the ports",
            "the release of detained aid workers", "new fishing quotas in shared waters"};
        String background = " The talks follow months of shelling along the river and two failed rounds of "
                + "negotiation last spring. Aid groups say tens of thousands of people have left their homes, and "
                + "the harvest in the valley has been lost for a second year. Diplomats from several neighbouring "
                + "countries have offered to host further meetings if both sides agree.";
        List<Document> docs = new ArrayList<>();
        int n = 0;
        for (String w : who) {
            for (int p = 0; p < where.length; p += 2) {
                String lead = w + " arrived in " + where[p] + " on " + (p % 2 == 0 ? "Monday" : "Friday")
                        + " to discuss " + what[(n + p) % what.length] + " with officials from both sides, "
                        + "a spokesperson said, adding that no agreement was expected before the weekend.";
                docs.add(doc("d" + n++, lead + background));
                if (n % 3 == 0) {
                    docs.add(doc("d" + n++, lead.replace("a spokesperson said", "an aide said") + background
                            + " More talks are planned."));
                }
            }
        }
        return docs;
    }

    /** The groups of the similarity relation over every pair, closed transitively, in corpus order. */
    private static List<List<String>> everyPairCompared(List<Document> docs, double threshold) {
        int[] root = new int[docs.size()];
        long[][] shingles = new long[docs.size()][];
        for (int i = 0; i < docs.size(); i++) {
            root[i] = i;
            shingles[i] = DuplicateDetector.shingles(DuplicateDetector.words(docs.get(i).body()));
        }
        for (int i = 0; i < docs.size(); i++) {
            for (int j = i + 1; j < docs.size(); j++) {
                if (DuplicateDetector.similarity(shingles[i], shingles[j]) >= threshold) {
                    int a = find(root, i);
                    int b = find(root, j);
                    root[Math.max(a, b)] = Math.min(a, b);
                }
            }
        }
        TreeMap<Integer, List<String>> groups = new TreeMap<>();
        for (int i = 0; i < docs.size(); i++) {
            groups.computeIfAbsent(find(root, i), k -> new ArrayList<>()).add(docs.get(i).id());
        }
        return groups.values().stream().filter(ids -> ids.size() > 1).toList();
    }

    private static int find(int[] root, int i) {
        while (root[i] != i) {
            i = root[i];
        }
        return i;
    }

    private static Document doc(String id, String text) {
        return new Document(id, id + ".txt", "", text, null, 0, "UTF-8", DocumentFormat.PLAIN_TEXT, null);
    }
}
