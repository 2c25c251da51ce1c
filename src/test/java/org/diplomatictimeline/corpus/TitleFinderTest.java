package org.diplomatictimeline.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import org.diplomatictimeline.corpus.format.DocumentFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Titles: a heading-like first line, a Markdown heading, or the first sentence. */
class TitleFinderTest {

    @Test
    void furnitureTrimKeepsTheWordsBetweenPunctuationRuns() {
        assertThat(TitleFinder.trimmed("»» Envoys meet in Oslo ...")).isEqualTo("Envoys meet in Oslo");
        assertThat(TitleFinder.trimmed(":::: |")).isEmpty();
        assertThat(TitleFinder.trimmed("Talks (2021)")).isEqualTo("Talks (2021");
    }

    @Test
    void aLineOfTensOfThousandsOfColonsBeforeItsWordsIsReadAsItsWords() {
        String line = "title" + ":".repeat(70_000) + " Envoys meet";

        assertThat(TitleFinder.trimmed(":".repeat(70_000) + " Envoys meet")).isEqualTo("Envoys meet");
        assertThat(TitleFinder.isFurniture(line)).isFalse();
    }

    private final TitleFinder finder = new TitleFinder();

    static Stream<Arguments> plainTexts() {
        return Stream.of(
                arguments("Envoys Meet in Geneva\n\nThe envoys met on Monday.", "Envoys Meet in Geneva"),
                arguments("\n\n  Trade Talks Resume  \nBody text here.", "Trade Talks Resume"),
                arguments("Will the Summit Go Ahead?\nNobody knows.", "Will the Summit Go Ahead?"),
                arguments("The envoys met on Monday. They talked.", "The envoys met on Monday"),
                arguments("Mr. Ivanov arrived in Rome. He met the mayor.", "Mr. Ivanov arrived in Rome"),
                arguments("Talks ended early! Both sides left.", "Talks ended early!"),
                arguments("The minister said: \"We agree.\" Then he left.", "The minister said: \"We agree\""),
                arguments("No final stop here", "No final stop here"));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("plainTexts")
    void plainTextTitles(String text, String title) {
        assertThat(finder.find(text, 0, DocumentFormat.PLAIN_TEXT)).isEqualTo(title);
    }

    @Test
    void titleStartsAtTheBodyWhenThereIsADateLine() {
        String text = " date 2019-06-05 The ministers met in Oslo. Then they ate.";

        assertThat(finder.find(text, 17, DocumentFormat.PLAIN_TEXT)).isEqualTo("The ministers met in Oslo");
    }

    @Test
    void markdownHeadingBecomesTitleWithoutItsMarks() {
        String text = "## A *Quiet* Summit ##\n\nThe leaders met.";

        assertThat(finder.find(text, 0, DocumentFormat.MARKDOWN)).isEqualTo("A Quiet Summit");
    }

    @Test
    void longFirstSentenceIsShortenedAtAWord() {
        String text = "word ".repeat(60).strip() + ". More.";

        String title = finder.find(text, 0, DocumentFormat.PLAIN_TEXT);

        assertThat(title).hasSizeLessThanOrEqualTo(TitleFinder.MAX_TITLE).endsWith("word\u2026");
    }

    @Test
    void blankTextHasEmptyTitle() {
        assertThat(finder.find("  \n\n ", 0, DocumentFormat.PLAIN_TEXT)).isEmpty();
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "[{index}] {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            Connect with us\\n\\nNews\\n\\nEnvoys agree on a border commission\\nThe envoys met.          | Envoys agree on a border commission
            —\\n\\nThe envoys met in Oslo on Monday. They talked.                         | The envoys met in Oslo on Monday
            Monday, March 6, 2017\\n\\nEnvoys agree on a border commission\\nText.                   | Envoys agree on a border commission
            Home > Press Releases\\nEnvoys agree on a border commission\\nText.                       | Envoys agree on a border commission
            Daily Planet\\nPolitics\\n2016.04.12 10:20 GMT+2\\nEnvoys agree on a border commission   | Envoys agree on a border commission
            Daily Planet\\n  • Anna Berg\\n\\nEnvoys agree on a border commission\\nText.                 | Envoys agree on a border commission
            '|\\n(Updated\\n\\nThe envoys met in Oslo on Monday. They talked.'                    | The envoys met in Oslo on Monday
            The Daily Planet News and Opinion from Around the World\\nEnvoys agree to set up a commission\\nEnvoys agree to set up a commission\\nText. | Envoys agree to set up a commission
            """)
    void pageFurnitureAboveTheHeadlineIsPassedOver(String text, String title) {
        assertThat(finder.find(text.replace("\\n", "\n"), 0, DocumentFormat.PLAIN_TEXT)).isEqualTo(title);
    }
}
