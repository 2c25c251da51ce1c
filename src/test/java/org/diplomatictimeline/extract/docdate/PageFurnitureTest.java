package org.diplomatictimeline.extract.docdate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
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

    @Test
    void furnitureLinesStartWhereTheWalkSkipsALine() {
        String text = "Envoys meet in Quito\nThe envoys met on 3 May 2021.\n\nRelated\nTalks resume, 2 May 2021\n"
                + "A paragraph of prose that is longer than any teaser of a list of related articles could be, so the"
                + " list of teasers ends here, before this paragraph of running text.\nWe use cookies.";
        PageFurniture.Walk walk = furniture.walk();
        PageFurniture.Lines lines = furniture.lines(text, 0);
        for (int start = 0; start < text.length(); start = text.indexOf('\n', start) + 1) {
            int end = text.indexOf('\n', start) < 0 ? text.length() : text.indexOf('\n', start);
            assertThat(lines.startsAt(start)).as(text.substring(start, end))
                    .isEqualTo(walk.skips(text.substring(start, end)));
            if (end == text.length()) {
                break;
            }
        }
        assertThat(lines.startsAt(text.indexOf("Related"))).isTrue();
        assertThat(lines.startsAt(text.indexOf("A paragraph"))).isFalse();
        assertThat(lines.startsAt(text.indexOf("We use"))).isTrue();
    }
}
