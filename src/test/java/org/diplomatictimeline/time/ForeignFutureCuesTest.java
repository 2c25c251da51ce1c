package org.diplomatictimeline.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.time.TaggerAssertions.find;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A weekday in a clause that speaks of the future resolves forwards in every language with time data: the near
 * future, plans and schedules, the future prefix of Arabic and the Portuguese future plural.
 */
class ForeignFutureCuesTest {

    // 2024-05-15 is a Wednesday: the Monday after it is the 20th, the one before it the 13th.
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Le ministre va signer l'accord lundi à Lomé.                 | lundi         | 2024-05-20
            Les deux chefs d'État vont se rencontrer lundi.              | lundi         | 2024-05-20
            La présidente signera le traité lundi à Cotonou.             | lundi         | 2024-05-20
            Le chancelier doit se rendre à Dakar lundi.                  | lundi         | 2024-05-20
            La visite d'Etat se poursuivra jusqu'à lundi.                | lundi         | 2024-05-20
            Le sommet durera deux jours et s'achèvera lundi.             | lundi         | 2024-05-20
            Le Premier ministre quittera Abidjan lundi pour Accra.       | lundi         | 2024-05-20
            La ministre présentera le plan lundi devant ses pairs.       | lundi         | 2024-05-20
            El canciller va a firmar el convenio el lunes.               | lunes         | 2024-05-20
            Os ministros assinarão o acordo na segunda-feira.            | segunda-feira | 2024-05-20
            A reunião está marcada para segunda-feira em Maputo.         | segunda-feira | 2024-05-20
            O presidente deve viajar a Bissau na segunda-feira.          | segunda-feira | 2024-05-20
            Menteri dijadwalkan bertemu mitranya pada Senin.             | Senin         | 2024-05-20
            Presiden berencana mengunjungi Dili pada Senin.              | Senin         | 2024-05-20
            سيتم توقيع الاتفاق يوم الاثنين في عمان.                      | الاثنين       | 2024-05-20
            وسيلتقي الوزير نظيره يوم الاثنين.                            | الاثنين       | 2024-05-20
            """)
    void weekdayInAFutureClauseResolvesForwards(String sentence, String text, String value) {
        assertThat(find(sentence, "2024-05-15", text).value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Le ministre a signé l'accord lundi à Lomé.                   | lundi         | 2024-05-13
            Os ministros assinaram o acordo na segunda-feira.            | segunda-feira | 2024-05-13
            O verão começou cedo: a cimeira foi na segunda-feira.        | segunda-feira | 2024-05-13
            وقع الوزيران الاتفاق يوم الاثنين.                            | الاثنين       | 2024-05-13
            """)
    void weekdayInAPastClauseStillResolvesBackwards(String sentence, String text, String value) {
        assertThat(find(sentence, "2024-05-15", text).value()).isEqualTo(value);
    }
}
