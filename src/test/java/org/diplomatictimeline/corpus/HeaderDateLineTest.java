package org.diplomatictimeline.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The inline date line: found, validated, and the body located without touching the text. */
class HeaderDateLineTest {

    static Stream<Arguments> validLines() {
        return Stream.of(
                arguments(" date 2019-06-05 There are talks.", "2019-06-05", "There"),
                arguments(" date 2019-06 Talks were held.", "2019-06", "Talks"),
                arguments("date 2021-02-28 Ministers met.", "2021-02-28", "Ministers"),
                arguments(" Date: 2020-01-31 The envoy left.", "2020-01-31", "The"),
                arguments(" date 2019-06-05\nHeadline\nBody.", "2019-06-05", "Headline"),
                arguments("\tdate 2024-02-29 Leap day talks.", "2024-02-29", "Leap"));
    }

    @ParameterizedTest(name = "[{index}] {1}, body at \"{2}\"")
    @MethodSource("validLines")
    void validDateLineGivesDateAndBodyStart(String text, String date, String bodyWord) {
        Optional<HeaderDateLine> line = HeaderDateLine.find(text);

        assertThat(line).isPresent();
        assertThat(line.get().value()).isEqualTo(date);
        assertThat(line.get().warning()).isNull();
        assertThat(text.substring(line.get().bodyStart())).startsWith(bodyWord);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "' date 2019-13-45 There were talks.' | 2019-13-45",
            "' date 2023-02-29 There were talks.' | 2023-02-29",
            "' date 2019/06/05 There were talks.' | 2019/06/05",
            "' date 2019-6-5 There were talks.'   | 2019-6-5",
    })
    void malformedDateGivesNoDateButAWarningAndStillSkipsTheLine(String text, String raw) {
        HeaderDateLine line = HeaderDateLine.find(text).orElseThrow();

        assertThat(line.value()).isNull();
        assertThat(line.isValid()).isFalse();
        assertThat(line.warning()).contains(raw).contains("not a valid");
        assertThat(text.substring(line.bodyStart())).startsWith("There");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'The date 2019-06-05 was chosen.'",
            "'Dated documents matter.'",
            "' date of the summit is unknown.'",
            "''",
            "'Moscow, 2019-06-05. Talks began.'",
    })
    void textWithoutDateLineHasNone(String text) {
        assertThat(HeaderDateLine.find(text)).isEmpty();
    }

    @Test
    void dateLineAloneLeavesAnEmptyBody() {
        HeaderDateLine line = HeaderDateLine.find(" date 2019-06-05").orElseThrow();

        assertThat(line.value()).isEqualTo("2019-06-05");
        assertThat(line.bodyStart()).isEqualTo(16);
    }
}
