package org.diplomatictimeline.brief.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MarkdownChronologyWriterTest {

    private final String md = Written.text(ChronologyFormat.MD);

    @Test
    void hasAHeadingPerDateAndAnUndatedSection() {
        assertThat(md).contains("## 1 March 2021\n", "## 10 March 2021\n", "## April 2021\n", "## Undated\n");
        assertThat(md.indexOf("## 1 March 2021")).isLessThan(md.indexOf("## 10 March 2021"));
        assertThat(md).startsWith("# Chronology, 2021-03-01 to 2021-04-30\n\n> Events: all events");
    }

    @Test
    void everyFootnoteReferenceHasItsDefinition() {
        Matcher refs = Pattern.compile("\\[\\^(\\d+)](?!:)").matcher(md);
        int count = 0;
        while (refs.find()) {
            assertThat(md).contains("\n[^" + refs.group(1) + "]: ");
            count++;
        }
        assertThat(count).isEqualTo(9);
    }
}
