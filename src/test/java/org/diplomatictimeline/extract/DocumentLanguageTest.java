package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.model.DocumentInfo;
import org.diplomatictimeline.model.EventModel;
import org.junit.jupiter.api.Test;

/** The extractor records each document's language, identified from the language folders' stop words. */
class DocumentLanguageTest {

    @Test
    void eachDocumentCarriesTheLanguageOfItsText() {
        EventModel model = new EventExtractor().extract(new Corpus(List.of(
                TestArticles.withHeader("fr", "2022-05-02", "Le ministre des Affaires étrangères est arrivé lundi à "
                        + "Dakar, où il a rencontré son homologue pour des entretiens sur la sécurité dans la région."),
                TestArticles.withHeader("ru", "2022-05-02", "Министр иностранных дел прибыл в Минск, где провел "
                        + "переговоры с коллегой. Стороны обсудили торговлю и вопросы безопасности в регионе."),
                TestArticles.withHeader("en", "2022-05-02", "The foreign minister arrived in Dakar on Monday and "
                        + "held talks with his counterpart on security in the region.")), List.of()));

        assertThat(model.documents()).extracting(DocumentInfo::id, DocumentInfo::language)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("fr", "fr"),
                        org.assertj.core.groups.Tuple.tuple("ru", "ru"), org.assertj.core.groups.Tuple.tuple("en", "en"));
    }
}
