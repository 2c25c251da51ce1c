package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.diplomatictimeline.model.Participant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Titles of each language's titles.tsv make the unknown name after them a person taking part. */
class MoreTitlesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Le 8 mars, le président élu Anatole Kouassi a rencontré Emmanuel Macron à Paris.
            El 8 de marzo, el presidente electo Anatole Kouassi se reunió con Pedro Sánchez en Madrid.
            L'8 marzo il presidente eletto Anatole Kouassi ha incontrato Sergio Mattarella a Roma.
            No dia 8 de março, o presidente eleito Anatole Kouassi reuniu-se com Marcelo Rebelo de Sousa em Lisboa.
            Am 8. März traf der designierte Präsident Anatole Kouassi in Berlin Olaf Scholz.
            """)
    void anElectedHeadNotYetInOfficeIsAPerson(String body) {
        assertThat(ArticleExtraction.mentions(body))
                .anySatisfy(m -> assertThat(m.participants()).extracting(Participant::name)
                        .contains("Anatole Kouassi"));
    }
}
