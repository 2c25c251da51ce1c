package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whole classes of events beyond meetings: ceremonies, deaths, trade and border measures, calls, anniversaries. */
class EventClassesTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    private static List<EventMention> mentions(String header, String body) {
        return EXTRACTOR.mentions(TestArticles.withHeader("t", header, body));
    }

    private static boolean involves(EventMention m, String name) {
        return m.participants().stream().anyMatch(p -> p.name().equals(name));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Norwegian Prime Minister Jonas Gahr Store laid a wreath at the war memorial on Monday.|CEREMONY|2021-03-08",
        "Jonas Gahr Store will attend a state dinner at the palace on Friday.|CEREMONY|2021-03-12",
        "Pope Francis will celebrate an open-air mass in the capital on Friday.|CEREMONY|2021-03-12",
        "Le pape François célébrera une grande messe à Kinshasa le 12 mars.|CEREMONY|2021-03-12",
        "Norway's former king died on Monday, the palace said.|DEATH|2021-03-08",
        "Norway implemented tighter export controls on Chile on Monday.|SANCTION|2021-03-08",
        "Norway and Denmark closed their airspace and land borders to Chile on Monday.|SANCTION|2021-03-08",
        "Norwegen und Dänemark schlossen am Montag ihren Luftraum und ihre Grenzen für Chile.|SANCTION|2021-03-08",
        "Norvegia e Danimarca hanno chiuso lunedì il loro spazio aereo e le frontiere con il Cile.|SANCTION|2021-03-08",
        "A Noruega e a Dinamarca fecharam na segunda-feira o seu espaço aéreo e as fronteiras ao Chile.|SANCTION|2021-03-08",
        "Норвегия и Дания в понедельник закрыли воздушное пространство и границы для Чили.|SANCTION|2021-03-08",
        "Norwegia dan Denmark menutup wilayah udara dan perbatasan mereka bagi Chili pada hari Senin.|SANCTION|2021-03-08",
        "Los dos presidentes mantuvieron el lunes un extenso diálogo vía telefónica.|PHONE_CALL|2021-03-08",
    })
    void aClassOfEventIsFoundWithItsDate(String sentence, EventType type, String date) {
        assertThat(mentions("2021-03-10", sentence)).anySatisfy(m -> {
            assertThat(m.type()).isEqualTo(type);
            assertThat(m.when().value()).isEqualTo(date);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Die Minister sprachen am Montag in Oslo über die Grenze zu Chile.",
        "I ministri hanno discusso lunedì a Oslo delle frontiere con il Cile.",
        "Министры в понедельник обсудили в Осло границы с Чили.",
    })
    void aBorderNamedWithoutClosingIsNoMeasure(String sentence) {
        assertThat(mentions("2021-03-10", sentence)).noneMatch(m -> m.type() == EventType.SANCTION);
    }

    @Test
    void anOccasionToldByANounIsTitledAsAnEventNotByTheRestOfItsSentence() {
        List<EventMention> found = mentions("2021-03-10", "Acara itu akan berlangsung di Oslo pada 12 Maret 2021.");

        assertThat(found).anySatisfy(m -> {
            assertThat(m.type()).isEqualTo(EventType.OTHER);
            assertThat(m.name()).isEmpty();
            assertThat(m.when().value()).isEqualTo("2021-03-12");
        });
        assertThat(new EventTitles().title(EventType.OTHER, List.of(), List.of(), "")).isEqualTo("Event");
    }

    @Test
    void theDeathOfAPersonNamesThePerson() {
        List<EventMention> found = mentions("2021-03-20", "King Charles III ascended the throne following the "
                + "8 March death of his mother, Queen Elizabeth II.");

        assertThat(found).anySatisfy(m -> {
            assertThat(m.type()).isEqualTo(EventType.DEATH);
            assertThat(m.when().value()).isEqualTo("2021-03-08");
        });
    }

    @Test
    void anUndatedMentionOfADeathIsNoEvent() {
        assertThat(mentions("2021-03-20", "Following news of the queen's death, the president paid tribute."))
                .noneSatisfy(m -> assertThat(m.type()).isEqualTo(EventType.DEATH));
    }

    @Test
    void anAnniversaryOfAnEventTheSentenceDatesFallsThatManyYearsLater() {
        List<EventMention> found = mentions("2021-11-06", "The trip coincides with the 50th anniversary of Norwegian "
                + "Prime Minister Trygve Bratteli's first visit to Beijing in 1971, a landmark for both countries.");

        assertThat(found).anySatisfy(m -> {
            assertThat(m.type()).isEqualTo(EventType.ANNIVERSARY);
            assertThat(m.when().value()).isEqualTo("2021");
        });
    }

    @Test
    void yearsOfRelationsAVisitMarksAreAnAnniversary() {
        List<EventMention> found = mentions("2019-06-05", "The visit marks 70 years of diplomatic relations between "
                + "China and Russia.");

        assertThat(found).anySatisfy(m -> {
            assertThat(m.type()).isEqualTo(EventType.ANNIVERSARY);
            assertThat(m.when().value()).isEqualTo("2019");
        });
    }

    @Test
    void yearsOfTensionAreNoAnniversary() {
        assertThat(mentions("2019-06-05", "The visit marks a thaw after years of tension between China and Russia."))
                .noneSatisfy(m -> assertThat(m.type()).isEqualTo(EventType.ANNIVERSARY));
    }

    @Test
    void massProtestsAreNoCeremony() {
        assertThat(mentions("2021-03-10", "Mass protests broke out in the capital on Monday."))
                .noneSatisfy(m -> assertThat(m.type()).isEqualTo(EventType.CEREMONY));
    }
}
