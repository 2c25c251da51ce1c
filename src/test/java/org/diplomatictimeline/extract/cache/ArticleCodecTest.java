package org.diplomatictimeline.extract.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.diplomatictimeline.corpus.CorpusReader;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.extract.ArticleAnalysis;
import org.diplomatictimeline.extract.ArticleCache;
import org.diplomatictimeline.extract.EventExtractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An article's analysis survives the round trip through bytes; bytes that are not one fail as an IOException. */
class ArticleCodecTest {

    private static List<ArticleAnalysis> seedAnalyses;

    /** The seed articles' analyses, as the cache is handed them. */
    @BeforeAll
    static void analyseSeeds() {
        List<ArticleAnalysis> kept = new ArrayList<>();
        ArticleCache capture = new ArticleCache() {
            @Override
            public Optional<ArticleAnalysis> find(Document doc) {
                return Optional.empty();
            }

            @Override
            public synchronized void store(Document doc, ArticleAnalysis analysis) {
                kept.add(analysis);
            }
        };
        new EventExtractor(Runnable::run, capture).extract(CorpusReader.bundledSeeds());
        seedAnalyses = List.copyOf(kept);
    }

    @Test
    void everySeedArticleReadsBackEqual() throws IOException {
        assertThat(seedAnalyses).isNotEmpty();
        assertThat(seedAnalyses).anySatisfy(a -> assertThat(a.mentions()).isNotEmpty());
        for (ArticleAnalysis a : seedAnalyses) {
            assertThat(ArticleCodec.decode(ArticleCodec.encode(a))).isEqualTo(a);
        }
    }

    @Test
    void everyCutShortEncodingIsRejected() {
        byte[] whole = ArticleCodec.encode(seedAnalyses.stream().max(
                Comparator.comparingInt(a -> a.mentions().size())).orElseThrow());
        for (int length = 0; length < whole.length; length++) {
            byte[] prefix = Arrays.copyOf(whole, length);
            assertThatThrownBy(() -> ArticleCodec.decode(prefix)).as("first %d bytes", length)
                    .isInstanceOf(IOException.class);
        }
    }

    @Test
    void garbledBytesFailAsAnIoExceptionOrReadBackAValidAnalysis() {
        byte[] whole = ArticleCodec.encode(seedAnalyses.get(0));
        Random random = new Random(20261205);
        for (int round = 0; round < 2_000; round++) {
            byte[] garbled = whole.clone();
            for (int k = 0; k <= random.nextInt(4); k++) {
                garbled[random.nextInt(garbled.length)] = (byte) random.nextInt(256);
            }
            try {
                // A change inside a string's bytes can still be a valid analysis: what it must never do is throw
                // anything but IOException (the cache turns that into a miss).
                assertThat(ArticleCodec.decode(garbled)).isNotNull();
            } catch (IOException expected) {
                assertThat(expected).hasMessageContaining("");
            }
        }
    }
}
