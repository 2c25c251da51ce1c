package org.diplomatictimeline.extract.docdate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AsciiDigitsTest {

    @Test
    void arabicIndicDigitsBecomeAsciiDigitsOneCharForOne() {
        String text = "الأحد ٠٩ أيار ٢٠٢١";

        String folded = AsciiDigits.fold(text);

        assertThat(folded).isEqualTo("الأحد 09 أيار 2021").hasSameSizeAs(text);
    }

    @Test
    void extendedArabicIndicDigitsAreFoldedToo() {
        assertThat(AsciiDigits.fold("۲۰۱۹/۱۲/۳۱")).isEqualTo("2019/12/31");
    }

    @Test
    void aTextWithOnlyAsciiDigitsIsReturnedAsItIs() {
        String text = "Published 3 May 2020";

        assertThat(AsciiDigits.fold(text)).isSameAs(text);
    }
}
