package org.diplomatictimeline.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.extract.mention.MentionAssertions.lastMention;
import static org.diplomatictimeline.extract.mention.MentionAssertions.mention;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A surname that is also a one-word country or city ("Marta Jordan", "Pedro Chad"): after given names the place word
 * is the person's surname, and later alone it is that person; sentences and people invented for this test.
 */
class PlaceSurnameTest {

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Foreign Minister Marta Jordan arrived in Madrid on Monday.            | Marta Jordan
            Prime Minister Rui Montenegro met his Spanish counterpart in Porto.  | Rui Montenegro
            O primeiro-ministro Luís Montenegro recebeu o presidente em Lisboa.  | Luís Montenegro
            The envoy Pedro Chad said the talks would resume in May.             | Pedro Chad
            """)
    void aPlaceAfterGivenNamesIsASurname(String sentence, String name) {
        Mention m = mention(sentence, name);

        assertThat(m.kind()).isEqualTo(MentionKind.PERSON);
    }

    @Test
    void theSurnameAloneLaterIsThePerson() {
        Mention m = lastMention("Foreign Minister Marta Jordan arrived in Madrid on Monday. Jordan said the talks were"
                + " useful.", "Jordan");

        assertThat(m.kind()).isEqualTo(MentionKind.PERSON);
    }

    @Test
    void aPlaceAfterASurnameStaysAPlace() {
        Mention m = mention("Die Hauptstadt Kiew empfing Minister Weber. Jordan and Egypt signed the accord.", "Jordan");

        assertThat(m.kind()).isEqualTo(MentionKind.COUNTRY);
        assertThat(mention("Le Tchad a convoqué l'ambassadeur.", "Tchad").kind()).isEqualTo(MentionKind.COUNTRY);
        assertThat(mention("Die Hauptstadt Kiew empfing Minister Weber.", "Kiew").kind()).isEqualTo(MentionKind.CITY);
    }

    @Test
    void aSpellingOfTwoCountriesIsReadByTheOtherCountriesNamed() {
        Mention amman = mention("وصل الوزير إلى عمان يوم الاثنين في زيارة رسمية إلى الأردن.", "عمان");
        Mention oman = mention("وصل الوزير إلى عمان يوم الاثنين في زيارة رسمية.", "عمان");

        assertThat(amman.kind()).isEqualTo(MentionKind.CITY);
        assertThat(amman.countryCode()).isEqualTo("JO");
        assertThat(oman.kind()).isEqualTo(MentionKind.COUNTRY);
        assertThat(oman.countryCode()).isEqualTo("OM");
    }
}
