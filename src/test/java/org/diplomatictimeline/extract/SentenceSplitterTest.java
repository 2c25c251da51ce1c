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
    void aDottedOrdinalAfterAnArticleDoesNotEndTheSentence() {
        String text = "Beide Staaten begingen den 25. Jahrestag ihrer Beziehungen. Die Feier dauert bis zum 3. Die Gäste reisen ab.";

        assertThat(sentencesOf(text)).containsExactly("Beide Staaten begingen den 25. Jahrestag ihrer Beziehungen.",
                "Die Feier dauert bis zum 3.", "Die Gäste reisen ab.");
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
                "* Ferry talks resume after a pause of two winters",
                "VARNOY, June 8 Ministers of Tarvos and Quellen meet again",
                "in the harbour town next week to finish the long-stalled",
                "deal on ferry routes and the fees both ports may charge.",
                "A deal would crown two years of patient work by the envoy",
                "Ilse Morrow, whom the regional council appointed in",
                "April 2029 after the earlier mediator resigned in anger.",
                "Both delegations arrive on the evening of June 15, a clerk",
                "of the council told reporters outside the town's old hall.",
                "The first session opens the next day in the hall itself,",
                "the clerk added, and it may run late into the night.",
                "Neither ministry would say how long the round could last.");

        assertThat(sentencesOf(text)).contains(
                "A deal would crown two years of patient work by the envoy\nIlse Morrow, whom the regional council"
                        + " appointed in\nApril 2029 after the earlier mediator resigned in anger.")
                .contains("* Ferry talks resume after a pause of two winters");
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
