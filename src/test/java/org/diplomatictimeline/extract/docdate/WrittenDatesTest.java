package org.diplomatictimeline.extract.docdate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WrittenDatesTest {

    private final WrittenDates dates = new WrittenDates(DateWords.standard());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Posted 3 March 2021. The envoys met on 04/05/2021 in the port city.        | 2021-05-04
            Posted March 3, 2021. The envoys met on 04/05/2021 in the port city.       | 2021-04-05
            Posted 3 March 2021. The talks of 04/05/2021 end on Monday, said the host. | 2021-05-04
            """)
    void anAmbiguousNumericDateIsReadInTheOrderThePageWritesItsOtherDates(String text, LocalDate expected) {
        List<WrittenDates.Found> found = dates.find(text, 0, text.length(), WeekdayCheck.of(text, 0,
                DateWords.standard()));

        assertThat(found).extracting(WrittenDates.Found::date).contains(expected);
        assertThat(found).filteredOn(f -> f.date().equals(expected)).allMatch(f -> !f.ambiguous());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The envoys met on 04/05/2021 in the port city.                                | 0
            Posted 3 March 2021. The envoys met in the port city.                         | 1
            Posted March 3, 2021. The envoys met in the port city.                        | -1
            Posted 3 March 2021, updated March 4, 2021. The envoys met in the port city.  | 0
            """)
    void thePageOrderIsKnownOnlyWhenThePageWritesOneOrder(String text, int order) {
        assertThat(dates.pageOrder(text)).isEqualTo(order);
    }
}
