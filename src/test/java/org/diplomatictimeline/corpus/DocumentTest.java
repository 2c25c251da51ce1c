package org.diplomatictimeline.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.diplomatictimeline.corpus.format.DocumentFormat;
import org.junit.jupiter.api.Test;

/** The document record: its old constructor still works, its hash and pages are checked. */
class DocumentTest {

    private static final String TEXT = " date 2019-06-05 The envoys met.";

    @Test
    void oldConstructorHashesTheTextsUtf8Bytes() {
        Document d = new Document("a", "a.txt", "T", TEXT, "2019-06-05", 17, "UTF-8", DocumentFormat.PLAIN_TEXT,
                List.of());

        assertThat(d.contentHash()).isEqualTo(ContentHash.of(TEXT.getBytes(StandardCharsets.UTF_8)));
        assertThat(d.body()).isEqualTo("The envoys met.");
    }

    @Test
    void malformedHashIsRejected() {
        assertThatThrownBy(() -> new Document("a", "a.txt", "T", TEXT, null, 0, "UTF-8", DocumentFormat.PLAIN_TEXT,
                List.of(), "not-a-hash")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pageStartsMustLieInTheText() {
        assertThatThrownBy(() -> new Document("a", "a.pdf", "T", "short", null, 0, "UTF-8", DocumentFormat.PDF,
                List.of(0, 99))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pageAtGivesTheOneBasedPageOfAnOffset() {
        Document d = new Document("a", "a.pdf", "T", "page one\n\npage two", null, 0, "UTF-8", DocumentFormat.PDF,
                List.of(0, 10));

        assertThat(d.pageAt(0)).isEqualTo(1);
        assertThat(d.pageAt(9)).isEqualTo(1);
        assertThat(d.pageAt(10)).isEqualTo(2);
        assertThat(new Document("b", "b.txt", "", "x", null, 0, null, null, null).pageAt(0)).isZero();
    }
}
