package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BoilerplateFilterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final BoilerplateFilter filter = new BoilerplateFilter();

    private List<String> kept(String text) {
        return filter.keepArticle(text, splitter.split(text, 0, text.length())).stream().map(s -> s.text(text))
                .toList();
    }

    @Test
    void widgetsRelatedListsAndCopyrightLinesAreDropped() {
        String text = """
                The prime ministers of Norway and Chile met in Oslo on Tuesday.
                Share this article
                Facebook Twitter WhatsApp
                RELATED ARTICLES
                Chile Signs Trade Pact With Peru
                Oslo Hosts Arctic Council Session
                They agreed to open a joint research station.
                Read more
                12 Comments
                Leave a comment
                © 2021 Northern Daily. All rights reserved.
                """;

        assertThat(kept(text)).containsExactly("The prime ministers of Norway and Chile met in Oslo on Tuesday.",
                "They agreed to open a joint research station.");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            (c) 2021 Northern Daily                                  | false
            COPYRIGHT NORTHERN DAILY                                 | false
            Northern Daily, ALL RIGHTS RESERVED                      | false
            The ministers discussed human rights in Oslo.            | true
            The talks (the third this year) ended on Tuesday.        | true
            The copyrighted report was published on Tuesday.         | true
            """)
    void aShortCopyrightLineIsDroppedInAnyCaseAndOtherLinesAreKept(String line, boolean keptExpected) {
        String text = "The prime ministers of Norway and Chile met in Oslo on Tuesday.\n\n" + line.strip() + "\n";

        assertThat(kept(text).contains(line.strip())).isEqualTo(keptExpected);
    }

    @Test
    void aParagraphRepeatedWordForWordCountsOnce() {
        String text = """
                The foreign ministers of Kenya and Ghana will meet in Accra next week to discuss trade.
                Officials expect a joint statement.
                The foreign ministers of Kenya and Ghana will meet in Accra next week to discuss trade.
                """;

        assertThat(kept(text)).containsExactly(
                "The foreign ministers of Kenya and Ghana will meet in Accra next week to discuss trade.",
                "Officials expect a joint statement.");
    }

    @Test
    void aLinkedHeadlineAfterItsLabelIsDropped() {
        String text = """
                The presidents of Peru and Chile met in Arica on Monday.

                Read also: Chile and Bolivia resume talks. Ministers meet in La Paz

                Lire aussi : Le Pérou signe un accord avec l'Équateur

                They agreed to reopen the border crossing.
                """;

        assertThat(kept(text)).containsExactly("The presidents of Peru and Chile met in Arica on Monday.",
                "They agreed to reopen the border crossing.");
    }

    @Test
    void whatFollowsTheOpenerOfACommentSectionIsNotTheArticle() {
        String text = """
                The foreign ministers of Peru and Iceland met in Reykjavik on Tuesday to discuss fisheries.
                They agreed to hold a second round of talks in Lima in the spring of next year.
                Leave a Reply
                Fill in your details below to comment.
                The president of Fiji told a rally on Thursday that the islands need more aid.
                """;

        assertThat(kept(text)).containsExactly(
                "The foreign ministers of Peru and Iceland met in Reykjavik on Tuesday to discuss fisheries.",
                "They agreed to hold a second round of talks in Lima in the spring of next year.");
    }

    @Test
    void aCommentLinkBesideTheHeadlineDoesNotEndTheArticle() {
        String text = """
                Ministers meet in Reykjavik
                Post a comment
                The foreign ministers of Peru and Iceland met in Reykjavik on Tuesday to discuss fisheries.
                """;

        assertThat(kept(text)).contains(
                "The foreign ministers of Peru and Iceland met in Reykjavik on Tuesday to discuss fisheries.");
    }
}
