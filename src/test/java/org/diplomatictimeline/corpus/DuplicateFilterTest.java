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

    @Test
    void everyCopyOfAGroupIsNamedByItsOwnFileBesideTheKeptOne() {
        Corpus three = new Corpus(List.of(doc("wire", ARTICLE), doc("repost", ARTICLE), doc("mirror", ARTICLE + " ")),
                List.of());
        List<DuplicateGroup> near = List.of(new DuplicateGroup(List.of("wire", "repost", "mirror"), DuplicateKind.NEAR,
                0.925));

        Corpus result = DuplicateFilter.apply(three, near, true);

        assertThat(result.documents()).extracting(Document::id).containsExactly("wire");
        assertThat(result.problems()).extracting(LoadProblem::source)
                .containsExactly("/corpus/repost.txt", "/corpus/mirror.txt");
        assertThat(result.problems()).extracting(LoadProblem::message).containsOnly(
                "skipped: a near copy (93 % alike) of /corpus/wire.txt (File › Skip duplicate articles keeps it)");
    }

    @Test
    void aDocumentNotInTheCorpusIsNamedByItsId() {
        List<DuplicateGroup> foreign = List.of(new DuplicateGroup(List.of("gone", "repost"), DuplicateKind.EXACT, 1));

        Corpus result = DuplicateFilter.apply(corpus, foreign, false);

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo("/corpus/repost.txt");
            assertThat(p.message()).isEqualTo(
                    "looks like the same article as gone (File › Skip duplicate articles would skip it)");
        });
    }
}
