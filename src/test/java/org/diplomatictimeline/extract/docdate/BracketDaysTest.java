package org.diplomatictimeline.extract.docdate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BracketDaysTest {

    private final BracketDays reader = new BracketDays(DateWords.standard());

    @Test
    void aWeekdayWithItsDayAndMonthInBracketsIsTheDayOfWriting() {
        String text = "Menteri luar negeri Valdoria bertemu mitranya di Ruritania pada Rabu (9/11). Keduanya membahas"
                + " kerja sama dagang, kata juru bicara pada Rabu (9/11).";

        assertThat(reader.read(text, 0)).hasValueSatisfying(p -> {
            assertThat(p.month()).isEqualTo(11);
            assertThat(p.day()).isEqualTo(9);
        });
    }

    @Test
    void twoDifferentBracketDaysLeaveTheDayOpen() {
        String text = "Menteri tiba di Ruritania pada Selasa (8/11) dan bertemu presiden pada Rabu (9/11).";

        assertThat(reader.read(text, 0)).isEmpty();
    }

    @Test
    void aBracketDayCalledYesterdayIsNotTheDayOfWriting() {
        String text = "Menteri luar negeri Valdoria tiba di Ruritania pada Selasa (8/11) kemarin.";

        assertThat(reader.read(text, 0)).isEmpty();
    }

    @Test
    void theNextWeekdayNamedBareBeforeTheBracketIsTheDayOfWriting() {
        String text = "Menteri Dewi Lestari menandatangani perjanjian di Istana Ruritania, Jumat. Perdana Menteri Valdoria"
                + " disambut presiden, Jumat pagi, setelah dia tiba pada Kamis (30/11) malam.";

        assertThat(reader.read(text, 0)).hasValueSatisfying(p -> {
            assertThat(p.month()).isEqualTo(12);
            assertThat(p.day()).isEqualTo(1);
        });
    }

    @Test
    void aWeekdayNamedBareThatIsNotTheNextDayLeavesTheBracketDay() {
        String text = "Presiden dijadwalkan ke Ruritania Sabtu. Menteri Dewi Lestari tiba di sana pada Kamis (30/11).";

        assertThat(reader.read(text, 0)).hasValueSatisfying(p -> {
            assertThat(p.month()).isEqualTo(11);
            assertThat(p.day()).isEqualTo(30);
        });
    }
}
