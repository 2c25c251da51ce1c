package org.diplomatictimeline.extract.mention;

import static org.diplomatictimeline.extract.mention.MentionAssertions.assertFinds;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The adjectives of nationality of French, Spanish, Italian and Portuguese name their country in every gender and
 * number ("son homologue seychellois", "las delegaciones camerunesas", "i ministri lettoni", "o chefe de Estado
 * zambiano"), for the countries of the world and not only the great powers, in sentences written for this test.
 */
class RomanceDemonymsTest {

    @ParameterizedTest(name = "{2} in {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Le président a rencontré son homologue seychellois à Victoria.           | fr | seychellois   | country:SC
            La ministre a reçu la délégation ougandaise lundi.                        | fr | ougandaise    | country:UG
            Les dirigeants malgaches et comoriens se sont réunis à Moroni.            | fr | comoriens     | country:KM
            Le chef de l'Etat a accueilli le Premier ministre lituanien.              | fr | lituanien     | country:LT
            Les autorités érythréennes ont salué la visite.                           | fr | érythréennes  | country:ER
            El presidente recibió a su homólogo camerunés en el palacio.              | es | camerunés     | country:CM
            Las delegaciones tanzanas firmaron el acuerdo.                            | es | tanzanas      | country:TZ
            El canciller se reunió con el primer ministro letón.                      | es | letón         | country:LV
            Los ministros eslovenos llegaron el martes.                               | es | eslovenos     | country:SI
            Il premier ha incontrato il suo omologo lettone a Riga.                   | it | lettone       | country:LV
            I ministri ruandesi sono arrivati ieri.                                   | it | ruandesi      | country:RW
            La presidente ha ricevuto la delegazione mozambicana.                     | it | mozambicana   | country:MZ
            Il capo dello Stato ha accolto il premier slovacco.                       | it | slovacco      | country:SK
            O Presidente recebeu o seu homólogo zambiano no palácio.                  | pt | zambiano      | country:ZM
            As autoridades cazaques anunciaram a visita.                              | pt | cazaques      | country:KZ
            O chefe da diplomacia reuniu-se com o ministro ganês.                     | pt | ganês         | country:GH
            Os negociadores sudaneses chegaram a Adis Abeba.                          | pt | sudaneses     | country:SD
            """)
    void anAdjectiveOfNationalityNamesItsCountry(String sentence, String language, String surface, String id) {
        assertFinds(sentence, language, surface, id);
    }

    @ParameterizedTest(name = "{2} in {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Le président sud-soudanais a rencontré son homologue soudanais.           | fr | sud-soudanais | country:SS
            Le ministre nigérien a reçu son homologue nigérian à Niamey.              | fr | nigérian      | country:NG
            El presidente nigerino recibió a su homólogo nigeriano.                   | es | nigeriano     | country:NG
            """)
    void neighboursWithCloseNamesKeepTheirOwnAdjective(String sentence, String language, String surface, String id) {
        assertFinds(sentence, language, surface, id);
    }
}
