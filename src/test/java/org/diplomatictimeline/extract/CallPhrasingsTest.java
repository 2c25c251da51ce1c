package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A phone or video call told by an adverb after another verb of speaking ("discussed by phone"), by a plural or
 * another noun of calling, or by a verb with its subject between verb and adverb, in the languages that lacked them.
 */
class CallPhrasingsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            بحث الرئيس هاتفيا مع نظيره سبل التعاون.                  | هاتفيا
            اتصل الملك الأردني هاتفيا بالرئيس.                      | اتصل الأردني هاتفيا
            تلقى الأمير اتصالا هاتفيا من رئيس الوزراء.              | تلقى الأمير اتصالا هاتفيا
            وجرت بين الوزيرين محادثة هاتفية أمس.                    | محادثة هاتفية
            وهنأ الرئيس نظيره عبر الهاتف بفوزه.                     | عبر الهاتف
            Der Kanzler beriet telefonisch mit dem Präsidenten.     | telefonisch
            Die Ministerin gratulierte ihrem Amtskollegen per Telefon. | per telefon
            Die beiden Präsidenten wollen am Freitag telefonieren.  | telefonieren
            El presidente felicitó por teléfono a su homólogo.      | por teléfono
            Los cancilleres dialogaron telefónicamente el lunes.    | telefónicamente
            Президент позвонил своему коллеге в понедельник.        | позвонил
            Министры провели встречу по видеосвязи.                 | по видеосвязи
            Die Minister erörtern am Montag die Lage in Graz.       | erörtern
            Los cancilleres discutieron la agenda en Quito.         | discutieron
            """)
    void theCallOrTheTalksAreATrigger(String sentence, String words) {
        assertThat(SentenceTriggers.of(sentence)).anySatisfy(t -> {
            assertThat(t.type()).isIn(EventType.PHONE_CALL, EventType.TALKS);
            assertThat(words.split(" ")).allMatch(w -> t.text().toLowerCase().contains(w));
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            وقال المتحدث إن الوزارة ترد على الاستفسارات هاتفيا.
            Die Behörde ist telefonisch erreichbar.
            La oficina atiende por teléfono de lunes a viernes.
            """)
    void anAdverbOfPhoningWithoutAVerbOfSpeakingIsNoCall(String sentence) {
        assertThat(SentenceTriggers.of(sentence)).noneMatch(t -> t.type() == EventType.PHONE_CALL);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Bundeskanzler Jonas Berger beriet am Freitag telefonisch mit Präsident Tomas Renn über die Lage.
            Der Präsident Tomas Renn sprach am Freitag per Telefon mit Kanzler Jonas Berger.
            ناقش الرئيس المصري عبد الفتاح السيسي هاتفيا يوم الجمعة مع العاهل الأردني الملك عبد الله الثاني سبل التعاون.
            """)
    void theAdverbMakesTheTalksItQualifiesACall(String sentence) {
        List<Event> events = new EventExtractor().extract(new Corpus(
                List.of(TestArticles.withHeader("call", "2021-03-14", sentence)), List.of())).events();

        assertThat(events).anyMatch(e -> e.type() == EventType.PHONE_CALL);
        assertThat(events).noneMatch(e -> e.type() == EventType.TALKS);
    }
}
