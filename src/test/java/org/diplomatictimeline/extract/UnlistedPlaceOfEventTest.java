package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An event told in a place no list holds, which the text marks as a place ("in the town of X", "in X, Kenya"),
 * takes it as its place. Sentences and towns invented for this test.
 */
class UnlistedPlaceOfEventTest {

    private static List<String> places(String body) {
        return ArticleExtraction.mentions(body).stream()
                .flatMap(m -> m.places().stream().map(p -> p.name())).toList();
    }

    @Test
    void talksInAMarkedTownTakeIt() {
        assertThat(places("The foreign ministers of Kenya and Uganda held talks on Monday in the border town of "
                + "Santa Orilla.")).contains("Santa Orilla");
    }

    @Test
    void aBlastInATownWithItsCountryInAppositionTakesIt() {
        assertThat(places("On Monday, a blast in Velmorin, Niger, killed two soldiers, the army said."))
                .contains("Velmorin");
    }
}
