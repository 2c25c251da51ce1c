package org.diplomatictimeline.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.corpus.format.DocumentFormat;
import org.junit.jupiter.api.Test;

/** Duplicates are skipped or kept as the user chose, and named either way. */
class DuplicateFilterTest {

    private static final String ARTICLE = "The foreign ministers of Kenya and Ghana met in Accra on Monday to discuss "
            + "a joint trade corridor, customs rules and a visa agreement that officials hope to sign next year.";

    private static Document doc(String id, String text) {
        return new Document(id, "/corpus/" + id + ".txt", "", text, null, 0, "UTF-8", DocumentFormat.PLAIN_TEXT, List.of());
    }

    private final Corpus corpus = new Corpus(List.of(
            doc("wire", ARTICLE),
            doc("other", "Brazil and Indonesia signed a memorandum on biofuels in Jakarta on Tuesday."),
            doc("repost", ARTICLE)), List.of());

    private final List<DuplicateGroup> groups = new DuplicateDetector().find(corpus.documents());

    @Test
    void skippingLeavesTheCopyOutAndNamesItAndItsOriginal() {
        Corpus result = DuplicateFilter.apply(corpus, groups, true);

        assertThat(result.documents()).extracting(Document::id).containsExactly("wire", "other");
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo("/corpus/repost.txt");
            assertThat(p.message()).startsWith("skipped:").contains("/corpus/wire.txt");
            assertThat(p.fatal()).isFalse();
        });
    }

    @Test
    void keepingLeavesEveryDocumentAndStillWarns() {
        Corpus result = DuplicateFilter.apply(corpus, groups, false);

        assertThat(result.documents()).hasSize(3);
        assertThat(result.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("looks like").contains("/corpus/wire.txt"));
    }

    @Test
    void aCorpusWithoutDuplicatesIsReturnedUnchanged() {
        Corpus unique = corpus.without(List.of("repost"));

        assertThat(DuplicateFilter.apply(unique, new DuplicateDetector().find(unique.documents()), true))
                .isSameAs(unique);
    }
}
