package org.diplomatictimeline.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.diplomatictimeline.extract.mention.MentionAssertions.FINDER;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What every result promises: offsets into the text, exact substrings, sorted, no overlaps, shareable finder. */
class MentionInvariantsTest {

    private static final String PREFIX = "HEADER LINE THAT IS NOT SEARCHED, Moscow, Putin. ";
    private static final String BODY = "Russian Foreign Minister Sergey Lavrov met his Chinese counterpart, Wang Yi, "
            + "in Sochi. Lavrov and Wang discussed the Iran nuclear deal, Syria and the Korean Peninsula. "
            + "The Kremlin said Putin would host the Chinese leader.";
    private static final String TEXT = PREFIX + BODY + " TRAILER Beijing.";

    @Test
    void offsetsPointIntoTheWholeTextAndOnlyIntoTheRange() {
        int from = PREFIX.length();
        int to = from + BODY.length();

        List<Mention> found = FINDER.find(TEXT, from, to);

        assertThat(found).isNotEmpty().allSatisfy(m -> {
            assertThat(m.start()).isGreaterThanOrEqualTo(from);
            assertThat(m.end()).isLessThanOrEqualTo(to);
            assertThat(m.text()).isEqualTo(TEXT.substring(m.start(), m.end()));
        });
    }

    @Test
    void mentionsAreSortedAndDoNotOverlap() {
        List<Mention> found = FINDER.find(TEXT, 0, TEXT.length());

        for (int i = 1; i < found.size(); i++) {
            assertThat(found.get(i).start()).isGreaterThanOrEqualTo(found.get(i - 1).end());
        }
    }

    @Test
    void resultIsImmutable() {
        List<Mention> found = FINDER.find(BODY, 0, BODY.length());

        assertThatThrownBy(() -> found.add(found.get(0))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void badRangeIsRejectedWithTheRangeInTheMessage() {
        assertThatThrownBy(() -> FINDER.find("short", 2, 10))
                .isInstanceOf(IndexOutOfBoundsException.class).hasMessageContaining("2..10");
    }

    @Test
    void emptyAndBlankRangesHaveNoMentions() {
        assertThat(FINDER.find("", 0, 0)).isEmpty();
        assertThat(FINDER.find("   \n\t ", 0, 6)).isEmpty();
    }

    @Test
    void oneFinderGivesTheSameAnswersOnManyThreads() throws Exception {
        List<Mention> expected = FINDER.find(BODY, 0, BODY.length());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Mention>>> futures = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                futures.add(pool.submit(() -> FINDER.find(BODY, 0, BODY.length())));
            }
            for (Future<List<Mention>> f : futures) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
