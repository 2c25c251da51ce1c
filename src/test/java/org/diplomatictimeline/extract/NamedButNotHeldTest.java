package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Words that name an occasion the sentence does not report: a war an accord sets out to end, talks named only as a
 * means, a signing whose object is a book, a
 * receiving whose object is no one, a summit only prepared for, a
 * war that only qualifies another noun. The sentences are written for this test.
 */
class NamedButNotHeldTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The rebels and the government signed an accord to end the long war in the east.        | MILITARY_ACTION
            Voters will approve or reject the pact that seeks to end the war with the militia.      | MILITARY_ACTION
            Los votantes aprobarán el pacto que busca terminar con la guerra en el norte.           | MILITARY_ACTION
            The council urged both parties to settle the dispute through direct political dialogue. | TALKS
            El canciller pidió resolver el conflicto mediante el diálogo.                           | TALKS
            Menteri itu mendorong penyelesaian sengketa melalui dialog.                            | TALKS
            The president visited the embassy and was photographed signing a book of condolence.   | AGREEMENT
            O presidente chegou ao palácio, onde assinou o livro de honra.                          | AGREEMENT
            The motion, tabled by six states, received 93 votes in favour.                          | MEETING
            The governor received a letter from the opposition on Monday.                          | MEETING
            Ministers met in Rabat in preparation for the regional summit.                         | SUMMIT
            I ministri si sono riuniti a Roma in preparazione del vertice.                          | SUMMIT
            Tra i temi figurava la restituzione di tre navi da guerra sequestrate.          | MILITARY_ACTION
            The court opened a trial for war crimes committed in the province.                     | MILITARY_ACTION
            """)
    void anOccasionNamedButNotReportedIsNoEvent(String sentence, EventType type) {
        assertThat(SentenceTriggers.of(sentence)).noneMatch(t -> t.type() == type);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The war between the two neighbours ended in 1998.                                | MILITARY_ACTION
            The envoys held a first round of dialogue in Oslo on Monday.                      | TALKS
            The two ministers signed a border treaty in Lima.                                | AGREEMENT
            The two ministers signed the accord on fisheries on Friday.                       | AGREEMENT
            The president received the visiting foreign minister on Monday.                   | MEETING
            Leaders gathered in Lima for the regional summit on Friday.                       | SUMMIT
            """)
    void theSameWordsStillTellTheOccasionWhereItIsReported(String sentence, EventType type) {
        assertThat(SentenceTriggers.of(sentence)).anyMatch(t -> t.type() == type);
    }
}
