package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventModel;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.ParticipantKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A second act of one occasion told with it is an event of its own, by the occasion's parties and on its day: a
 * declaration adopted in the clause of the meeting it was adopted at, and memoranda signed "during the visit" in a
 * passive clause that names nobody.
 */
class ActsWithTheirOccasionTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    private static EventModel extract(String id, String header, String text) {
        return EXTRACTOR.extract(new Corpus(List.of(TestArticles.withHeader(id, header, text)), List.of()));
    }

    private static long people(Event e) {
        return e.participants().stream().filter(p -> p.kind() == ParticipantKind.PERSON).count();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "de|Bundeskanzlerin Anna Berg und der polnische Präsident Piotr Nowak haben bei ihrem Treffen in Lindau "
                + "eine gemeinsame Erklärung verabschiedet.|2021-03-04",
        "en|German Chancellor Anna Berg and Polish President Piotr Nowak met in Lindau on Tuesday and adopted a "
                + "joint declaration on energy.|2021-03-02"})
    void aDeclarationAdoptedAtTheMeetingOfItsClauseIsTheMeetingsPartiesOnItsDay(String language, String text,
                                                                               String day) {
        // given: one clause telling a meeting and a declaration whose words name no party of their own
        EventModel model = extract("clause-act-" + language, "2021-03-04", text);

        // then: the declaration stands beside the meeting, by both leaders, on the meeting's day
        assertThat(model.events()).filteredOn(e -> e.type() == EventType.DECLARATION).singleElement()
                .satisfies(e -> {
                    assertThat(e.when().value()).isEqualTo(day);
                    assertThat(people(e)).isEqualTo(2);
                });
        assertThat(model.events()).anySatisfy(e -> assertThat(e.type()).isEqualTo(EventType.MEETING));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "id|Presiden Joko Widodo melakukan kunjungan kenegaraan ke Phnom Penh, Kamboja, pada hari Selasa. "
                + "Dalam kunjungan tersebut juga ditandatangani tiga MoU di bidang perikanan.",
        "ar|الرئيس المصري عبد الفتاح السيسي قام بزيارة رسمية إلى الرياض يوم الثلاثاء. "
                + "وخلال الزيارة تم توقيع خمس مذكرات تفاهم.",
        "en|President Marek Holm of Estonia paid a state visit to Riga on Tuesday. "
                + "During the visit, five memoranda were signed on education and energy.",
        "pt|O presidente Lula esteve em visita oficial a Maputo na terça-feira. "
                + "Durante a visita foram assinados cinco memorandos de entendimento."})
    void memorandaSignedDuringTheVisitAreTheVisitsActOnItsDay(String language, String text) {
        // given: a dated visit, then "during the visit ... were signed" with no party named
        EventModel model = extract("visit-act-" + language, "2021-03-04", text);

        // then: the signing is an event of the traveller's, on the visit's Tuesday
        assertThat(model.events()).filteredOn(e -> e.type() == EventType.AGREEMENT).singleElement()
                .satisfies(e -> {
                    assertThat(e.when().value()).isEqualTo("2021-03-02");
                    assertThat(people(e)).isEqualTo(1);
                });
    }
}
