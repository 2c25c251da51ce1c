package org.diplomatictimeline.extract.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicSpellingTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            قرارًا   | قرارا
            أكد     | اكد
            إعلان   | اعلان
            جدّة    | جدة
            قمـــة  | قمة
            sommet  | sommet
            """)
    void marksAndHamzaAlefsFoldToOneSpelling(String written, String folded) {
        assertThat(ArabicSpelling.fold(written)).isEqualTo(folded);
    }

    @Test
    void procliticsAreJoinedToTheFirstWordAndTheArticleTakesItsJoinedForm() {
        assertThat(LanguageFolders.withProclitics("ar", "القمة العربية"))
                .contains("القمة العربية", "والقمة العربية", "بالقمة العربية", "للقمة العربية");
        assertThat(LanguageFolders.withProclitics("fr", "sommet")).containsExactly("sommet");
    }
}
