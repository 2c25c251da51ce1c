package org.diplomatictimeline.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.corpus.format.DocumentFormat;
import org.diplomatictimeline.model.Evidence;
import org.junit.jupiter.api.Test;

/** Pasted excerpts become exact evidence spans of the document. */
class ExcerptLocatorTest {

    private final Document doc = new Document("d", "d.txt", "", "Talks in Oslo. More talks in Oslo.", null, 0,
            "UTF-8", DocumentFormat.PLAIN_TEXT, List.of());

    @Test
    void everyOccurrenceIsFoundWithExactOffsets() {
        List<Evidence> found = ExcerptLocator.findAll(doc, "  talks in Oslo ");
        assertThat(found).containsExactly(new Evidence("d", 20, 33, "talks in Oslo"));
        assertThat(ExcerptLocator.findAll(doc, "in Oslo")).extracting(Evidence::start).containsExactly(6, 26);
    }

    @Test
    void absentOrBlankTextFindsNothing() {
        assertThat(ExcerptLocator.findFirst(doc, "Paris")).isEmpty();
        assertThat(ExcerptLocator.findAll(doc, "   ")).isEmpty();
        assertThat(ExcerptLocator.findFirst(doc, "Talks")).contains(new Evidence("d", 0, 5, "Talks"));
    }
}
