package org.diplomatictimeline.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.extract.mention.MentionAssertions.FINDER;
import static org.diplomatictimeline.extract.mention.MentionAssertions.assertFinds;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Countries as each language's press names them beyond CLDR's short name (names.tsv: official and long forms,
 * abbreviations, older names, Portugal's spelling, declined forms) and German cities' adjectives, in sentences
 * written for this test.
 */
class PressCountryNamesTest {

    @ParameterizedTest(name = "{2} in {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Die Außenminister Großbritanniens und Frankreichs trafen sich in Rom.      | de | Großbritanniens                  | country:GB
            Der Kanzler reist nächste Woche in die Vereinigten Staaten.                | de | Vereinigten Staaten              | country:US
            Die Delegation der Demokratischen Republik Kongo kam am Montag an.         | de | Demokratischen Republik Kongo    | country:CD
            Der Botschafter der Elfenbeinküste wurde empfangen.                        | de | Elfenbeinküste                   | country:CI
            Il ministro ha incontrato il collega della Gran Bretagna a Parigi.         | it | Gran Bretagna                    | country:GB
            La delegazione della Repubblica Democratica del Congo è arrivata ieri.     | it | Repubblica Democratica del Congo | country:CD
            Il cardinale rappresenta la Santa Sede al vertice.                         | it | Santa Sede                       | country:VA
            Os chanceleres dos EUA e da Grã-Bretanha reuniram-se em Lisboa.            | pt | EUA                              | country:US
            Os chanceleres dos EUA e da Grã-Bretanha reuniram-se em Lisboa.            | pt | Grã-Bretanha                     | country:GB
            O presidente recebeu o homólogo da República Democrática do Congo.         | pt | República Democrática do Congo   | country:CD
            O primeiro-ministro viaja ao Irão e ao Egipto na próxima semana.           | pt | Irão                             | country:IR
            O primeiro-ministro viaja ao Irão e ao Egipto na próxima semana.           | pt | Egipto                           | country:EG
            A cimeira reuniu a Polónia, a Roménia e a Eslovénia.                       | pt | Roménia                          | country:RO
            Le ministre a rencontré son homologue de la RDC à Luanda.                  | fr | RDC                              | country:CD
            Le président se rend aux Etats-Unis puis en Egypte.                        | fr | Etats-Unis                       | country:US
            Le président se rend aux Etats-Unis puis en Egypte.                        | fr | Egypte                           | country:EG
            El canciller viajó a Gran Bretaña y a Costa de Marfil.                     | es | Gran Bretaña                     | country:GB
            El canciller viajó a Gran Bretaña y a Costa de Marfil.                     | es | Costa de Marfil                  | country:CI
            Министр провёл переговоры с коллегой из США в Женеве.                      | ru | США                              | country:US
            Делегация Британии прибыла в Москву.                                       | ru | Британии                         | country:GB
            Президент встретился с лидером Южной Кореи.                                | ru | Южной Кореи                      | country:KR
            Menlu bertemu Duta Besar AS dan Inggris di Jakarta.                        | id | AS                               | country:US
            Menlu bertemu Duta Besar AS dan Inggris di Jakarta.                        | id | Inggris                          | country:GB
            Presiden menerima Menteri Luar Negeri Korsel di Istana.                    | id | Korsel                           | country:KR
            Nach einem Treffen im Berliner Kanzleramt reiste der Gast weiter.          | de | Berliner                         | city:berlin
            Die Münchner Sicherheitskonferenz beginnt am Freitag.                      | de | Münchner                         | city:munich
            وصل سلطان عمان إلى طهران في زيارة رسمية لسلطنة عمان.                      | ar | سلطنة عمان                       | country:OM
            اجتمع الوزير بنظيره من جمهورية الكونغو الديمقراطية.                       | ar | جمهورية الكونغو الديمقراطية      | country:CD
            """)
    void thePressNameOfACountryIsThatCountry(String sentence, String language, String surface, String id) {
        assertFinds(sentence, language, surface, id);
    }

    @Test
    void theLongNameOfTheCongoIsNotTheOtherCongo() {
        String sentence = "Die Delegation der Demokratischen Republik Kongo traf in Luanda ein.";

        List<Mention> found = FINDER.find(sentence, 0, sentence.length(), "de");

        assertThat(found).extracting(Mention::id).contains("country:CD").doesNotContain("country:CG");
    }
}
