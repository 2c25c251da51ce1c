package org.diplomatictimeline.extract.docdate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WeekdayNumbersTest {

    private final WeekdayNumbers reader = new WeekdayNumbers(DateWords.standard());

    private List<WeekdayNumbers.WeekdayNumber> read(String text) {
        return reader.find(text, 0, text.length());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "O ministro chegou a Ruritânia nesta sexta-feira (14) para a cúpula. | FRIDAY    | 14 | true",
            "Le ministre entame ce lundi une visite, du lundi 19 au jeudi 22 mai.  | MONDAY    | 19 | true",
            "El canciller llegó el martes 11 a Valdoria.                          | TUESDAY   | 11 | false",
            "The envoys met on Thursday 13th in Freedonia.                        | THURSDAY  | 13 | false",
            "Veja a agenda desta quinta-feira, 9. O ministro está em Valdoria.    | THURSDAY  | 9  | true",
            "Il vertice si chiude questa domenica, 12, a Valdoria.                | SUNDAY    | 12 | true",
            "Los ministros firmaron hoy, jueves 9, el acuerdo en Valdoria.        | THURSDAY  | 9  | true",
            "Heute, Mittwoch, 21. treffen sich die Minister in Valdoria.          | WEDNESDAY | 21 | true",
    })
    void aWeekdayWithABareDayOfTheMonthIsRead(String text, DayOfWeek weekday, int day, boolean thisWeek) {
        assertThat(read(text)).first().satisfies(n -> {
            assertThat(n.weekday()).isEqualTo(weekday);
            assertThat(n.day()).isEqualTo(day);
            assertThat(n.thisWeek()).isEqualTo(thisWeek);
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Le sommet s'ouvre jeudi 22 mai à Valdoria.",
            "The talks resume on Monday 10:30 local time.",
            "Les délégations arrivent lundi 9h à l'aéroport.",
            "Die Minister treffen sich am Montag 9 Uhr in Valdoria.",
            "El acuerdo se firmó el martes 11/03/2031.",
            "The vote came on Wednesday, 2031 being an election year.",
    })
    void aDayWithItsMonthATimeOrAYearIsNotABareDay(String text) {
        assertThat(read(text)).isEmpty();
    }
}
