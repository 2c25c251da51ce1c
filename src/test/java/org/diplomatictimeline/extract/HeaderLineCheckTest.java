package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.extract.TensedDates.Dated;
import org.diplomatictimeline.extract.docdate.DateCandidate;
import org.diplomatictimeline.extract.docdate.DateWords;
import org.diplomatictimeline.extract.docdate.WeekdayCheck;
import org.diplomatictimeline.extract.docdate.WrittenDates;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.DateSource;
import org.diplomatictimeline.model.DocumentDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderLineCheckTest {

    private final WrittenDates writtenDates = new WrittenDates(DateWords.standard());
    private final HeaderLineCheck check = new HeaderLineCheck(writtenDates);

    private HeaderLineCheck.Reading read(Document doc) {
        String text = doc.text();
        return check.read(doc, writtenDates.findWithoutYear(text, doc.bodyStart(), text.length()),
                WeekdayCheck.of(text, doc.bodyStart(), DateWords.standard()));
    }

    @Test
    void aDocumentWithoutHeaderHasNoReadingAndNoCandidate() {
        HeaderLineCheck.Reading reading = read(TestArticles.article("none", "The envoys met in Quito."));

        assertThat(reading.present()).isFalse();
        assertThat(reading.candidate()).isEmpty();
    }

    @Test
    void aHeaderTheBodyDoesNotQuestionIsReadAsWrittenAndOffersItselfAsACandidate() {
        HeaderLineCheck.Reading reading = read(TestArticles.withHeader("plain", "2020-02-11",
                "The finance ministers met in Lima on Monday."));

        assertThat(reading.value()).isEqualTo("2020-02-11");
        assertThat(reading.stated()).isEqualTo("2020-02-11");
        assertThat(reading.candidate()).get().satisfies(c -> {
            assertThat(c.signal()).isEqualTo(DateCandidate.Signal.HEADER_LINE);
            assertThat(c.reason()).isEqualTo("the corpus header line 2020-02-11");
        });
    }

    @Test
    void aDayHeaderIsSwappedWhenTheBodyNamesDaysOnlyNearTheSwappedReading() {
        HeaderLineCheck.Reading reading = read(TestArticles.withHeader("swap", "2021-02-06",
                "The ministry said on Wednesday that the new tariffs take effect on June 7."));

        assertThat(reading.value()).isEqualTo("2021-06-02");
        assertThat(reading.stated()).isEqualTo("2021-02-06");
    }

    @Test
    void aMonthHeaderIsAMonthCandidate() {
        HeaderLineCheck.Reading reading = read(TestArticles.withHeader("month", "2019-05", "The envoys met."));

        assertThat(reading.candidate()).get().extracting(DateCandidate::precision).isEqualTo(DatePrecision.MONTH);
    }

    @ParameterizedTest(name = "header {0}, past {1}: {2}")
    @CsvSource({
            "2016-01-01, 2016-03-09, 2016-03-09",
            "2016-03-09, 2016-03-09, 2016-03-09",
            "2016-03-22, 2016-03-09, 2016-03-22",
            "2016-03,    2016-03-31, 2016-03",
            "2016-03,    2016-04-01, 2016-04-01",
    })
    void aPastDateAfterTheHeaderOverrulesIt(String header, String past, String expected) {
        HeaderLineCheck.Reading reading = new HeaderLineCheck.Reading(header, HeaderLineCheck.HEADER_LINE, header);

        DocumentDate date = check.check(reading, List.of(new Dated(LocalDate.parse(past), "on " + past)));

        assertThat(date.value()).isEqualTo(expected);
        assertThat(date.conflict()).isEqualTo(!expected.equals(header));
        assertThat(date.source()).isEqualTo(expected.equals(header) ? DateSource.HEADER : DateSource.TEXT);
        assertThat(date.headerValue()).isEqualTo(header);
    }
}
