package org.diplomatictimeline.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.time.TaggerAssertions.find;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A day and month written without a year takes the year the clause's tense and cue words point to. */
class YearlessDayTenseTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The April 9 summit in Dorvane, after which talks stalled, was their last meeting.  | 2026-02-17 | April 9     | 2025-04-09
            The April 9 summit in Dorvane, at which they will sign the accord, opens the year. | 2026-02-17 | April 9     | 2026-04-09
            Ties have cooled since the 5 May meeting of the two envoys in Lesko.                | 2026-02-17 | 5 May       | 2025-05-05
            The talks held on 21 October in Lesko ended without a deal.                         | 2026-01-12 | 21 October  | 2025-10-21
            The envoys will meet on 4 March in Lesko.                                           | 2025-11-20 | 4 March     | 2026-03-04
            Le sommet du 9 avril à Dorvane, après lequel les pourparlers ont calé, fut le dernier. | 2026-02-17 | 9 avril | 2025-04-09
            Les relations se sont refroidies depuis la rencontre du 5 mai à Lesko.              | 2026-02-17 | 5 mai       | 2025-05-05
            La cumbre del 9 de abril en Dorvane, tras la cual las conversaciones se estancaron, fue la última. | 2026-02-17 | 9 de abril | 2025-04-09
            Las relaciones se enfriaron desde la reunión del 5 de mayo en Lesko.                | 2026-02-17 | 5 de mayo   | 2025-05-05
            Der Gipfel vom 9. April in Dorvane, nach dem die Gespräche stockten, war das letzte Treffen. | 2026-02-17 | 9. April | 2025-04-09
            Seit dem Treffen am 5. Mai in Lesko herrscht Funkstille.                            | 2026-02-17 | 5. Mai      | 2025-05-05
            """)
    void yearlessDayFollowsTheClauseTense(String sentence, String anchor, String text, String expected) {
        assertThat(find(sentence, anchor, text).value()).isEqualTo(expected);
    }
}
