package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "Met X within the framework of the summit": the gathering named after a frame or occasion cue is an occasion of
 * its own beside the clause's meeting, in every language, as after "during" or "on the sidelines of". Invented
 * people and sentences.
 */
class OccasionFrameCuesTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    @ParameterizedTest
    @ValueSource(strings = {
        "President Ada Lind met Swedish Prime Minister Olle Sand on Monday within the framework of the regional"
            + " summit in Velmora.",
        "La presidenta Ada Lind se reunió el lunes con el primer ministro sueco Olle Sand en el marco de la cumbre"
            + " regional de Velmora.",
        "La présidente Ada Lind a rencontré lundi le Premier ministre suédois Olle Sand dans le cadre du sommet"
            + " régional de Velmora.",
        "La presidente Ada Lind ha incontrato lunedì il primo ministro svedese Olle Sand nell'ambito del vertice"
            + " regionale di Velmora.",
        "A presidente Ada Lind reuniu-se na segunda-feira com o primeiro-ministro sueco Olle Sand no âmbito da"
            + " cimeira regional de Velmora.",
        "Президент Ада Линд в понедельник встретилась с премьер-министром Швеции Олле Сандом в рамках"
            + " регионального саммита в Велморе."})
    void aMeetingInTheFrameOfASummitKeepsBoth(String sentence) {
        List<EventMention> found = EXTRACTOR.mentions(TestArticles.withHeader("t", "2022-03-08", sentence));

        assertThat(found).extracting(EventMention::type).contains(EventType.MEETING, EventType.SUMMIT);
    }
}
