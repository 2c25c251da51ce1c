package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.corpus.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Long sentences are cut into bounded pieces, so assembly costs time linear in a sentence's length. */
class ClauseSegmenterTest {

    private static String endlessSentence(int minLength) {
        StringBuilder b = new StringBuilder();
        while (b.length() < minLength) {
            b.append("the foreign minister of Norway met the prime minister of Chile in Oslo and said that talks ")
                    .append("on trade with Peru would continue on Monday, ");
        }
        return b.toString();
    }

    @Test
    void aHundredKilobyteSentenceWithoutFullStopIsCutIntoContiguousBoundedPieces() {
        String text = endlessSentence(100_000);
        List<Sentence> pieces = ClauseSegmenter.bounded(text, List.of(new Sentence(0, text.length(), 0, false)),
                ClauseSegmenter.MAX_SPAN);

        assertThat(pieces).hasSizeGreaterThan(text.length() / ClauseSegmenter.MAX_SPAN);
        assertThat(pieces).allSatisfy(p -> assertThat(p.end() - p.start()).isLessThanOrEqualTo(
                ClauseSegmenter.MAX_SPAN));
        assertThat(pieces.get(0).start()).isZero();
        assertThat(pieces.get(pieces.size() - 1).end()).isEqualTo(text.length());
        for (int i = 1; i < pieces.size(); i++) {
            assertThat(pieces.get(i).start()).isEqualTo(pieces.get(i - 1).end());
        }
    }

    @Test
    void aLongSentenceIsCutJustAfterAClauseMark() {
        String text = endlessSentence(5_000);
        List<Sentence> pieces = ClauseSegmenter.bounded(text, List.of(new Sentence(0, text.length(), 0, false)),
                ClauseSegmenter.MAX_SPAN);

        assertThat(pieces.subList(0, pieces.size() - 1))
                .allSatisfy(p -> assertThat(text.charAt(p.end() - 1)).isEqualTo(','));
    }

    @Test
    void sentencesOfOrdinaryLengthAreKeptAsTheyAre() {
        String text = "Norway and Chile signed a trade deal. The ministers met in Oslo.";
        List<Sentence> sentences = List.of(new Sentence(0, 36, 0, false), new Sentence(37, text.length(), 0, false));

        assertThat(ClauseSegmenter.bounded(text, sentences, ClauseSegmenter.MAX_SPAN)).isEqualTo(sentences);
    }

    @Test
    void everyEventOfAnEndlessSentenceIsEvidencedByABoundedPiece() {
        Document doc = TestArticles.withHeader("long", "2020-01-06", endlessSentence(100_000));

        List<EventMention> mentions = new EventExtractor().mentions(doc);

        assertThat(mentions).isNotEmpty();
        assertThat(mentions).allSatisfy(m -> assertThat(m.evidence()).allSatisfy(e ->
                assertThat(e.end() - e.start()).isLessThanOrEqualTo(ClauseSegmenter.MAX_SPAN)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            На полях саммита президент проведет встречу с премьером.        | На полях
            Di sela-sela KTT, Presiden bertemu Perdana Menteri Jepang.      | Di sela-sela
            Am Rande des Gipfels traf der Kanzler den Premier.              | Am Rande
            والتقى الرئيس على هامش القمة رئيس الوزراء.                        | على هامش
            The two leaders met on the sidelines of the summit.             | on the sidelines of
            """)
    void aSidelinesCueOfAnyLanguageFolderIsFound(String sentence, String cue) {
        int end = ClauseSegmenter.sidelinesEnd(sentence, new Sentence(0, sentence.length(), 0, false));

        assertThat(end).isEqualTo(sentence.indexOf(cue) + cue.length());
    }

    @Test
    void aSouthernPlaceIsNoSidelines() {
        String sentence = "Presiden berkunjung ke Sulawesi di selatan pulau itu.";

        assertThat(ClauseSegmenter.sidelinesEnd(sentence, new Sentence(0, sentence.length(), 0, false))).isEqualTo(-1);
    }
}
