package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.extract.ArticleMentions.mentions;

import java.util.List;
import org.diplomatictimeline.model.Participant;
import org.junit.jupiter.api.Test;

/**
 * In German word order a capitalised noun of the occasion may follow a name ("mit Präsident Kamal Fahmy Gespräche
 * führen"); it ends the name. Sentences written for this test.
 */
class GermanNameEndTest {

    @Test
    void anOccasionsNounAfterANameIsNotPartOfIt() {
        String body = "Bundeskanzler Hans Vogt reist am Montag nach Kairo. "
                + "Dort will er mit Präsident Kamal Fahmy Gespräche führen.";

        List<EventMention> found = mentions("2022-05-06", body);

        assertThat(found).flatExtracting(EventMention::participants).extracting(Participant::name)
                .contains("Kamal Fahmy").doesNotContain("Kamal Fahmy Gespräche");
    }
}
