package org.diplomatictimeline.extract.docdate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageFurnitureTest {

    private final PageFurniture furniture = new PageFurniture(DateWords.standard());

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Copyright 2024 The Daily Example                  | true
            (c) 2024 The Daily Example                        | true
            We use COOKIES to improve this site.              | true
            Read our cookie policy                            | true
            The minister met his counterpart on Tuesday.      | false
            Some nocookies here                               | false
            copyrighted                                       | false
            """)
    void clutterIsAWholeWordInAnyCase(String line, boolean clutter) {
        assertThat(furniture.isClutter(line)).isEqualTo(clutter);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Related                                           | true
            Read also: Talks resume in Geneva                 | true
            The minister said related talks would resume.     | false
            """)
    void relatedHeadingCountsOnlyAtTheLineStart(String line, boolean skipped) {
        assertThat(furniture.walk().skips(line)).isEqualTo(skipped);
    }
}
