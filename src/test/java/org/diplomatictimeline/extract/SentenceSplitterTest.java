package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> sentencesOf(String text) {
        return splitter.split(text, 0, text.length()).stream().map(s -> s.text(text)).toList();
    }

    @Test
    void abbreviationsAndInitialsDoNotEndSentences() {
        String text = "Mr. Okafor flew to St. Petersburg with Gen. Diallo and George W. Smith. They met the U.S. envoy.";

        assertThat(sentencesOf(text)).containsExactly(
                "Mr. Okafor flew to St. Petersburg with Gen. Diallo and George W. Smith.",
                "They met the U.S. envoy.");
    }

    @Test
    void anOrdinalDayBeforeItsMonthDoesNotEndTheSentence() {
        String text = "Die Kanzlerin trifft am 14. März den Premier in Graz. Der Besuch endet am 16. Die Gäste reisen ab.";

        assertThat(sentencesOf(text)).containsExactly("Die Kanzlerin trifft am 14. März den Premier in Graz.",
                "Der Besuch endet am 16.", "Die Gäste reisen ab.");
    }

    @Test
    void aFullStopGluedBetweenTwoSentencesEndsTheFirst() {
        String text = "Envoy Mara Velt landed in Tarvos on Monday.But she left early. See www.tarvos-news.org/Home or U.S.Navy.";

        assertThat(sentencesOf(text)).containsExactly("Envoy Mara Velt landed in Tarvos on Monday.",
                "But she left early.", "See www.tarvos-news.org/Home or U.S.Navy.");
    }

    @Test
    void closingQuotesStayWithTheirSentence() {
        String text = "“We agree,” the minister said. “The talks were useful.” She left on Monday.";

        assertThat(sentencesOf(text)).containsExactly("“We agree,” the minister said.",
                "“The talks were useful.”", "She left on Monday.");
    }

    @Test
    void lineBreaksEndParagraphsAndShortLinesAreHeadings() {
        String text = "Ministers Meet in Vienna\n\nThe two ministers met on Friday. They talked for an hour.\nA new paragraph";

        List<Sentence> sentences = splitter.split(text, 0, text.length());

        assertThat(sentences).hasSize(4);
        assertThat(sentences.get(0).heading()).isTrue();
        assertThat(sentences.get(1).heading()).isFalse();
        assertThat(sentences.get(1).paragraph()).isEqualTo(sentences.get(2).paragraph());
        assertThat(sentences.get(3).paragraph()).isGreaterThan(sentences.get(2).paragraph());
    }

    @Test
    void aLastLineCutShortIsASentenceNotAHeading() {
        String text = "Ministers Meet in Vienna\nThe two ministers met on Friday.\n"
                + "Norway and Chile restored their diplomatic relations in 2011, after a long dis";

        List<Sentence> sentences = splitter.split(text, 0, text.length());

        assertThat(sentences).hasSize(3);
        assertThat(sentences.get(0).heading()).isTrue();
        assertThat(sentences.get(2).heading()).isFalse();
    }

    @Test
    void aShortLastLineOrOneAfterAHeadingStaysAHeading() {
        String cutEarly = "The two ministers met on Friday.\nThe Chilean minister said";
        String listOfHeadings = "The two ministers met on Friday.\nRelated\nMore talks planned between the two capitals next year";

        assertThat(splitter.split(cutEarly, 0, cutEarly.length()).get(1).heading()).isTrue();
        assertThat(splitter.split(listOfHeadings, 0, listOfHeadings.length()).get(2).heading()).isTrue();
    }

    @Test
    void offsetsPointExactlyAtTheSentenceText() {
        String text = "  date 2020-01-02 First one here.  Second one?\n\n  Third!  ";

        for (Sentence s : splitter.split(text, 17, text.length())) {
            String t = text.substring(s.start(), s.end());
            assertThat(t).isEqualTo(t.strip()).isNotEmpty();
        }
        assertThat(sentencesOf(text.substring(17))).containsExactly("First one here.", "Second one?", "Third!");
    }

    @Test
    void aHardWrappedTextRunsItsSentencesOverItsLineBreaks() {
        String text = String.join("\n",
                "* Trip will be the first by a sitting Tarvosi premier",
                "OSLO, March 3 Prime Minister Mara Velt of Tarvos",
                "will visit Norway this month and meet both its king and",
                "its prime minister, marking a new step in the efforts of",
                "the two countries to settle their long dispute at sea.",
                "The visit will be the strongest sign so far of the change",
                "under the government of Jon Dahl, who took office in",
                "March 2019 after decades of quarrels over the fisheries.",
                "Velt will be in Oslo on March 19, according to a senior",
                "official of her government who asked not to be named.",
                "Talks with the king are set for the following morning at",
                "the palace, the official said, without giving details.");

        assertThat(sentencesOf(text)).contains(
                "The visit will be the strongest sign so far of the change\nunder the government of Jon Dahl, who"
                        + " took office in\nMarch 2019 after decades of quarrels over the fisheries.")
                .contains("* Trip will be the first by a sitting Tarvosi premier");
    }

    @Test
    void aTextOfOneParagraphALineKeepsItsLinesApart() {
        String text = String.join("\n",
                "Tarvos and Norway sign a fisheries deal",
                "Prime Minister Mara Velt of Tarvos and her Norwegian counterpart signed a long-awaited fisheries"
                        + " deal in Oslo on Monday, ending a dispute of two decades.",
                "Read more",
                "The deal sets quotas for cod and herring and opens a joint commission.");

        assertThat(sentencesOf(text)).containsExactly("Tarvos and Norway sign a fisheries deal",
                "Prime Minister Mara Velt of Tarvos and her Norwegian counterpart signed a long-awaited fisheries"
                        + " deal in Oslo on Monday, ending a dispute of two decades.",
                "Read more", "The deal sets quotas for cod and herring and opens a joint commission.");
    }
}
