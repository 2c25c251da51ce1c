package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.corpus.format.DocumentFormat;
import org.diplomatictimeline.extract.mention.MentionFinder;
import org.diplomatictimeline.model.EventModel;
import org.diplomatictimeline.time.NewsTemporalTagger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Analysing the articles on several threads gives exactly the model of the one-thread run, in corpus order. */
class ParallelExtractionTest {

    private static final MentionFinder MENTIONS = new MentionFinder();
    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    @AfterEach
    void stopPool() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(10, TimeUnit.SECONDS);
    }

    private static Document doc(String id, String date, String text) {
        String line = date == null ? "" : " date " + date + " ";
        return new Document(id, id + ".txt", "", line + text, date, line.length(), "UTF-8", DocumentFormat.PLAIN_TEXT,
                List.of());
    }

    /** Invented wire copy: several occasions, reported more than once, some articles without a date line. */
    private static Corpus corpus() {
        String[] bodies = {
            "Foreign Minister Amara Diallo of Senegal will meet his Ghanaian counterpart, Kofi Mensah, in Dakar on "
                + "Thursday to discuss a new ferry link.",
            "Senegal and Ghana signed a ferry agreement in Dakar on Friday after two days of talks between their "
                + "foreign ministers.",
            "The President of Chile arrived in Lima on Monday for a two-day state visit, the first since 2019.",
            "Norway said on Tuesday it had expelled two Russian diplomats, and Moscow vowed to respond.",
            "Talks between Armenia and Azerbaijan in Brussels were postponed until next month, officials said.",
            "Japan and Australia will hold a summit in Canberra on March 14 to sign a defence pact.",
            "On the 75th anniversary of the founding of the United Nations, leaders met in New York.",
            "Kenya recalled its ambassador from Somalia on Wednesday over a maritime dispute.",
        };
        List<Document> docs = new ArrayList<>();
        for (int copy = 0; copy < 3; copy++) {
            for (int i = 0; i < bodies.length; i++) {
                String date = (i + copy) % 4 == 3 ? null : "2021-03-0" + (1 + (i + copy) % 7);
                docs.add(doc("article-" + copy + "-" + i, date, bodies[i] + " " + bodies[(i + copy + 1) % bodies.length]));
            }
        }
        return new Corpus(docs, List.of());
    }

    @Test
    void parallelAnalysisGivesTheSameModelAsTheSequentialRun() {
        Corpus corpus = corpus();
        NewsTemporalTagger tagger = new NewsTemporalTagger();

        EventModel sequential = new EventExtractor(tagger, MENTIONS).extract(corpus);
        EventModel parallel = new EventExtractor(tagger, MENTIONS, pool).extract(corpus);

        assertThat(sequential.events()).isNotEmpty();
        assertThat(parallel.events()).containsExactlyElementsOf(sequential.events());
        assertThat(parallel.documents()).containsExactlyElementsOf(sequential.documents());
    }

    @Test
    void everyDocumentIsReportedAsAnalysed() {
        Corpus corpus = corpus();
        AtomicInteger highest = new AtomicInteger();
        AtomicInteger calls = new AtomicInteger();

        new EventExtractor(new NewsTemporalTagger(), MENTIONS, pool).extract(corpus, new ExtractionProgress() {
            @Override
            public void documentsAnalysed(int done, int total) {
                calls.incrementAndGet();
                highest.accumulateAndGet(done, Math::max);
            }
        });

        assertThat(calls.get()).isEqualTo(corpus.documents().size());
        assertThat(highest.get()).isEqualTo(corpus.documents().size());
    }

    @Test
    void aCancelledExtractionStopsWithoutAModel() {
        ExtractionProgress cancelled = new ExtractionProgress() {
            @Override
            public boolean isCancelled() {
                return true;
            }
        };

        assertThatThrownBy(() -> new EventExtractor(new NewsTemporalTagger(), MENTIONS, pool)
                .extract(corpus(), cancelled)).isInstanceOf(CancellationException.class);
    }
}
