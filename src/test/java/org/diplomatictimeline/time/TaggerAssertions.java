package org.diplomatictimeline.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

/** Shared lookups for the tagger tests: find the expression with a given text and check its offsets. */
final class TaggerAssertions {

    static final NewsTemporalTagger TAGGER = new NewsTemporalTagger();

    private TaggerAssertions() {
    }

    static LocalDate date(String iso) {
        return iso == null || iso.isEmpty() ? null : LocalDate.parse(iso);
    }

    /** Tags the sentence and returns the expression whose text is exactly {@code text}, failing if there is none. */
    static Timex find(String sentence, String anchor, String text) {
        List<Timex> all = TAGGER.tag(sentence, date(anchor));
        for (Timex t : all) {
            assertThat(sentence.substring(t.start(), t.end())).isEqualTo(t.text());
        }
        return all.stream().filter(t -> t.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no expression '" + text + "' in '" + sentence + "', found "
                        + all));
    }
}
