package org.diplomatictimeline.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.diplomatictimeline.corpus.format.DocumentFormat;
import org.junit.jupiter.api.Test;

/** Same and near-same articles are grouped; different articles on one subject are not. */
class DuplicateDetectorTest {

    private static final String SUMMIT = """
            Leaders of Brazil and Argentina met in Montevideo on Thursday for a summit on river trade and \
            regional energy links. The two presidents spent most of the afternoon discussing a shared power \
            grid that would connect hydroelectric plants on both sides of the border. Officials said the talks \
            were open and practical, and that a working group of engineers would meet again in the spring. \
            The summit also touched on customs rules for grain and beef, which farmers in both countries have \
            long called too slow. A joint statement promised to cut waiting times at the main crossings by half \
            within two years. Neither leader took questions from reporters after the meeting, but both thanked \
            the host government for its hospitality and for the arrangements at the old harbour hall.""";

    private static final String OTHER_SUMMIT = """
            Leaders of Brazil and Argentina met in Montevideo on Thursday, but the real news came from the \
            finance ministers, who quarrelled in public over a currency swap line that expired last year. \
            Bankers in Sao Paulo said markets had expected a deal and were disappointed. The finance ministers \
            will meet again in Buenos Aires next week, according to a spokesman, to try once more to agree on \
            the size of the line and on the interest rate it should carry. Analysts said the dispute showed how \
            far apart the two governments remain on monetary questions despite warm words on trade.""";

    private final DuplicateDetector detector = new DuplicateDetector();

    @Test
    void sameWordsDespiteCaseSpacingPunctuationAndDateLineAreExact() {
        List<Document> docs = List.of(
                doc("a", SUMMIT),
                doc("b", " date 2021-03-04 " + SUMMIT.toUpperCase().replace(". ", ".\n\n").replace(",", " ;")),
                doc("c", OTHER_SUMMIT));

        List<DuplicateGroup> groups = detector.find(docs);

        assertThat(groups).singleElement().satisfies(g -> {
            assertThat(g.documentIds()).containsExactly("a", "b");
            assertThat(g.kind()).isEqualTo(DuplicateKind.EXACT);
            assertThat(g.similarity()).isEqualTo(1.0);
            assertThat(g.keep()).isEqualTo("a");
            assertThat(g.duplicates()).containsExactly("b");
        });
    }

    @Test
    void lightlyEditedCopyIsNear() {
        String edited = SUMMIT.replace("Thursday", "Friday").replace("spring", "summer")
                + " The next summit is planned for Asuncion.";
        List<Document> docs = List.of(doc("other", OTHER_SUMMIT), doc("orig", SUMMIT), doc("edit", edited));

        List<DuplicateGroup> groups = detector.find(docs);

        assertThat(groups).singleElement().satisfies(g -> {
            assertThat(g.documentIds()).containsExactly("orig", "edit");
            assertThat(g.kind()).isEqualTo(DuplicateKind.NEAR);
            assertThat(g.similarity()).isBetween(DuplicateDetector.DEFAULT_THRESHOLD, 0.999);
        });
    }

    @Test
    void copyWithALongAddedPassageIsNearByContainment() {
        // The Jaccard similarity is about 0.5 here, yet every sentence of the original is in the copy.
        List<Document> docs = List.of(doc("orig", SUMMIT), doc("long", SUMMIT + "\n\n" + OTHER_SUMMIT));

        List<DuplicateGroup> groups = detector.find(docs);

        assertThat(groups).singleElement().satisfies(g -> {
            assertThat(g.documentIds()).containsExactly("orig", "long");
            assertThat(g.kind()).isEqualTo(DuplicateKind.NEAR);
            assertThat(g.similarity()).isGreaterThanOrEqualTo(DuplicateDetector.CONTAINMENT);
        });
    }

    @Test
    void differentArticlesOnTheSameSubjectAreNotDuplicates() {
        assertThat(detector.find(List.of(doc("a", SUMMIT), doc("b", OTHER_SUMMIT)))).isEmpty();
    }

    @Test
    void threeCopiesMakeOneGroupInCorpusOrder() {
        List<Document> docs = List.of(doc("x", OTHER_SUMMIT), doc("c1", SUMMIT), doc("c2", SUMMIT + " Ends."),
                doc("c3", SUMMIT));

        List<DuplicateGroup> groups = detector.find(docs);

        assertThat(groups).singleElement().satisfies(g -> {
            assertThat(g.documentIds()).containsExactly("c1", "c2", "c3");
            assertThat(g.kind()).isEqualTo(DuplicateKind.NEAR);
        });
    }

    @Test
    void resultIsTheSameOnEveryRun() {
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            docs.add(doc("d" + i, (i % 3 == 0 ? SUMMIT : OTHER_SUMMIT) + " Item " + i + " of the feed."));
        }

        assertThat(detector.find(docs)).isEqualTo(detector.find(docs)).hasSize(2);
    }

    @Test
    void documentsWithoutWordsAreIgnored() {
        assertThat(detector.find(List.of(doc("a", "... --- ..."), doc("b", "... --- ...")))).isEmpty();
    }

    @Test
    void chineseTextIsComparedCharacterByCharacter() {
        String zh = "\u4E2D\u4FC4\u4E24\u56FD\u5143\u9996\u5728\u83AB\u65AF\u79D1\u4E3E\u884C\u4F1A\u8C08\uFF0C"
                + "\u53CC\u65B9\u7B7E\u7F72\u4E86\u591A\u9879\u5408\u4F5C\u6587\u4EF6\u3002";

        assertThat(DuplicateDetector.words(zh)).hasSize(25);
        assertThat(detector.find(List.of(doc("a", zh), doc("b", zh)))).hasSize(1);
    }

    private static Document doc(String id, String text) {
        int bodyStart = HeaderDateLine.find(text).map(HeaderDateLine::bodyStart).orElse(0);
        return new Document(id, id + ".txt", "", text, null, bodyStart, "UTF-8", DocumentFormat.PLAIN_TEXT, null);
    }

    @Test
    void profilingOnOtherThreadsGivesTheSameGroups() {
        String edited = SUMMIT.replace("Thursday", "Friday") + " The next summit is planned for Asuncion.";
        List<Document> docs = List.of(doc("a", SUMMIT), doc("other", OTHER_SUMMIT), doc("edit", edited),
                doc("copy", SUMMIT.toUpperCase()), doc("empty", "  "), doc("b", OTHER_SUMMIT + " Markets fell."));
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            assertThat(detector.find(docs, pool)).isEqualTo(detector.find(docs)).hasSize(2);
        } finally {
            pool.shutdown();
        }
    }
}
