package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AnniversaryYearsTest {

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final AnniversaryYears years = new AnniversaryYears(TriggerLexicon.standard());

    private List<YearClue> clues(String text) {
        return years.clues(text, splitter.split(text, 0, text.length()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Preparations are under way for the third anniversary of the Velmar accord signed on 4 May 2011.  | 2014
            Si prepara il secondo anniversario del trattato tra Ostria e Pelana firmato il 9 marzo del 2003.  | 2005
            Les deux pays fêtent le 25e anniversaire de leurs relations, établies en 1987.                   | 2012
            Ambos gobiernos celebran el 40 aniversario del acuerdo de pesca de 1971.                           | 2011
            """)
    void aCountedAnniversaryFallsTheCountAfterTheYearItCountsFrom(String text, int year) {
        List<YearClue> found = clues(text);

        assertThat(found).extracting(YearClue::year).containsExactly(year);
        assertThat(found.get(0).current()).isTrue();
    }

    @Test
    void anAnniversaryWithoutACountOrWithoutAYearGivesNoYear() {
        assertThat(clues("The ministers marked the anniversary of the Velmar accord of 2011.")).isEmpty();
        assertThat(clues("The ministers marked the tenth anniversary of the Velmar accord.")).isEmpty();
    }

    @Test
    void aYearThatWouldLieAheadIsNotTheOneCountedFrom() {
        // the year written after the noun is the celebration's own, not its start
        assertThat(clues("Ostria will mark the 60th anniversary of its independence in 2020.")).isEmpty();
    }
}
