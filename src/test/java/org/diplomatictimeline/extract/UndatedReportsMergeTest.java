package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.corpus.format.DocumentFormat;
import org.diplomatictimeline.model.EventModel;
import org.junit.jupiter.api.Test;

/** Dated articles reporting an event they give no date for still extract and merge; nothing invents a date. */
class UndatedReportsMergeTest {

    private static Document doc(String id, String date, String text) {
        String line = " date " + date + " ";
        return new Document(id, id + ".txt", "", line + text, date, line.length(), "UTF-8", DocumentFormat.PLAIN_TEXT,
                List.of());
    }

    @Test
    void twoDatedArticlesAboutTheSameUndatedPlannedMeetingExtractWithoutADate() {
        // given: two dated articles about a meeting that neither dates, with the same named people
        Corpus corpus = new Corpus(List.of(
                doc("first", "2021-03-02", "Foreign Minister Amara Diallo of Senegal will meet his Ghanaian "
                        + "counterpart, Kofi Mensah, in Dakar to discuss a new ferry link."),
                doc("second", "2021-03-03", "Senegal's Foreign Minister Amara Diallo is expected to hold talks with "
                        + "Kofi Mensah in Dakar about the ferry link between the two countries.")), List.of());

        // when
        EventModel model = new EventExtractor().extract(corpus);

        // then: the planned meeting is found, and no date was invented for it
        assertThat(model.events()).filteredOn(e -> e.documentIds().contains("first"))
                .anySatisfy(e -> assertThat(e.when().isKnown()).isFalse());
    }
}
