package org.diplomatictimeline.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.extract.mention.MentionAssertions.FINDER;
import static org.diplomatictimeline.extract.mention.MentionAssertions.assertFinds;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Spellings of known people, places and organisations in a language folder's names.tsv (with Arabic proclitics and
 * Russian case forms) meet the gazetteer's entries, in sentences written for this test.
 */
class LocalNamesTest {

    @ParameterizedTest(name = "{2} in {1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            وصل الرئيس السوري بشار الأسد إلى جدة مساء أمس.         | ar | بشار الأسد       | person:bashar-al-assad
            وصل الرئيس السوري بشار الأسد إلى جدة مساء أمس.         | ar | جدة              | city:jeddah
            زار الوزير دمشق وبغداد الأسبوع الماضي.                 | ar | وبغداد           | city:baghdad
            اجتمع الوزراء في مقر جامعة الدول العربية.              | ar | جامعة الدول العربية | org:arab-league
            Le pape François se rendra à Kinshasa en janvier.       | fr | pape François    | person:pope-francis
            Встреча с Макроном прошла в Париже.                    | ru | Макроном         | person:emmanuel-macron
            Вопрос обсудят в Совете Безопасности ООН и в ШОС.      | ru | ШОС              | org:sco
            Selenskyj sprach am Montag vor dem Sicherheitsrat.      | de | Selenskyj        | person:volodymyr-zelensky
            Jokowi bertemu Sekretaris Jenderal PBB di Jakarta.      | id | PBB              | org:un
            El papa Francisco llegó a Lima el jueves.               | es | papa Francisco   | person:pope-francis
            Делегации встретились в Ташкенте в пятницу.             | ru | Ташкенте         | city:tashkent
            Первая встреча прошла в Сиане два года назад.           | ru | Сиане            | city:xian
            Министр прибыл в Ханой из Еревана.                      | ru | Еревана          | city:yerevan
            Переговоры в Израиле отложили.                          | ru | Израиле          | country:IL
            Президент поговорил по телефону с Джо Байденом.         | ru | Джо Байденом     | person:joe-biden
            Министр встретился с Фумио Кисидой в Токио.             | ru | Фумио Кисидой    | person:fumio-kishida
            Премьер говорил с японским коллегой Фумио Кисидой.      | ru | Фумио Кисидой    | person:fumio-kishida
            استقبل الوزير نظيره ناصر بوريطة في مقر الوزارة.        | ar | ناصر بوريطة      | person:nasser-bourita
            التقى الوزير سامح شكرى بنظيره في القاهرة.              | ar | سامح شكرى        | person:sameh-shoukry
            """)
    void localSpellingsNameTheGazetteersEntries(String sentence, String language, String surface, String id) {
        assertFinds(sentence, language, surface, id);
    }

    @Test
    void aPlacePrepositionOfTheLanguageIsNoNameParticle() {
        String sentence = "Presiden bertemu Perdana Menteri Papua Nugini, James Marape di Ruang Garuda.";

        List<Mention> found = FINDER.find(sentence, 0, sentence.length(), "id");

        assertThat(found).extracting(Mention::text).contains("James Marape").doesNotContain("James Marape di Ruang Garuda");
    }

    @Test
    void otherParticlesStillJoinNamesInThatLanguage() {
        String sentence = "Presiden menerima Menteri Luar Negeri Marta von der Berg di Istana Merdeka.";

        assertThat(FINDER.find(sentence, 0, sentence.length(), "id")).extracting(Mention::text)
                .anyMatch(t -> t.endsWith("Marta von der Berg"));
    }
}
