package org.diplomatictimeline.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CyrillicNamesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Иван Петров                 | Ivan Petrov
            Ивана Петрова               | Ivan Petrov
            Иваном Петровым             | Ivan Petrov
            Ивану Петрову               | Ivan Petrov
            Сергея Кузнецова            | Sergey Kuznetsov
            Сергеем Кузнецовым          | Sergey Kuznetsov
            Олега Зеленского            | Oleg Zelensky
            Юрий Жуков                  | Yury Zhukov
            Евгений Щукин               | Yevgeny Shchukin
            Анной Беловой               | Anna Belova
            Marie Dupont                | Marie Dupont
            """)
    void namesInAnyCaseAreRomanisedInTheNominative(String written, String latin) {
        assertThat(CyrillicNames.display(written)).isEqualTo(latin);
    }
}
