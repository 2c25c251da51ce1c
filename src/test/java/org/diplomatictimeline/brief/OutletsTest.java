package org.diplomatictimeline.brief;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutletsTest {

    @ParameterizedTest(name = "{0}, {1} -> {3}")
    @CsvSource(delimiter = '#', nullValues = "NULL", value = {
            "https://www.example-news.com/2020/a.html # A title                  # NULL                                 # example-news.com",
            "/data/a.md                              # A title                  # '---\nsource: https://amp.wire.example/x\n---\nText' # wire.example",
            "/data/a.md                              # Leaders meet - Daily Post # NULL                                # Daily Post",
            "/data/a.md                              # Leaders meet | Daily Post  # NULL                                # Daily Post",
            "/data/a.txt                             # Leaders meet in the capital # NULL                             # NULL",
            "/data/a.txt                             # A very long subtitle after a dash - which is a sentence and not an outlet name at all # NULL # NULL"})
    void outletComesFromTheAddressHostElseTheTitle(String source, String title, String text, String expected) {
        assertThat(Outlets.outletOf(source, title, text == null ? null : text.replace("\\n", "\n")).orElse(null))
                .isEqualTo(expected);
    }
}
