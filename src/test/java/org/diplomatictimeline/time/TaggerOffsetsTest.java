package org.diplomatictimeline.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.diplomatictimeline.time.TaggerAssertions.TAGGER;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class TaggerOffsetsTest {

    @Test
    void offsetsIndexTheWholeTextWhenTaggingARange() {
        String text = "Header 2018 — The talks «opened» on 13 May 2019, and closed on May 15.";
        int from = text.indexOf("The");

        List<Timex> found = TAGGER.tag(text, from, text.length(), LocalDate.of(2019, 5, 20));

        assertThat(found).extracting(Timex::text).containsExactly("13 May 2019", "May 15");
        for (Timex t : found) {
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
        }
    }

    @Test
    void surrogatePairsAndCrlfDoNotShiftOffsets() {
        String text = "😀 Talks 🇷🇺 opened\r\non 13 May 2019 😀 and ended on May 15.";

        List<Timex> found = TAGGER.tag(text, LocalDate.of(2019, 5, 20));

        assertThat(found).hasSize(2);
        for (Timex t : found) {
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
        }
    }

    @Test
    void oneTaggerServesManyThreadsWithTheSameResults() throws Exception {
        String text = "Lavrov will meet Wang on May 13, Moscow said on Thursday. Talks ran June 5-7 for two days. ".repeat(50);
        LocalDate anchor = LocalDate.of(2019, 5, 10);
        List<Timex> expected = TAGGER.tag(text, anchor);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Timex>>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> TAGGER.tag(text, anchor)));
            }
            for (Future<List<Timex>> r : results) {
                assertThat(r.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void badRangeIsRejected() {
        assertThatThrownBy(() -> TAGGER.tag("abc", 2, 9, null)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void seedArticleMeetingOnWednesdayIsTheDocumentDate() throws IOException {
        String text = Files.readString(Path.of("seeds/000_de021c3e35eb7acd.txt"), StandardCharsets.UTF_8);
        int from = text.indexOf("There are");

        List<Timex> found = TAGGER.tag(text, from, text.length(), LocalDate.of(2019, 6, 5));

        assertThat(found).filteredOn(t -> t.text().equals("Wednesday")).extracting(Timex::value)
                .containsExactly("2019-06-05");
    }

    @Test
    void seedArticleWithoutDateKeepsTheYearUnknown() throws IOException {
        String text = Files.readString(Path.of("seeds/001_b7353cf5176a3d63.txt"), StandardCharsets.UTF_8);

        List<Timex> found = TAGGER.tag(text, null);

        assertThat(found).filteredOn(t -> t.text().equals("May 13")).singleElement()
                .satisfies(t -> {
                    assertThat(t.value()).isEqualTo("XXXX-05-13");
                    assertThat(t.relative()).isTrue();
                });
    }
}
