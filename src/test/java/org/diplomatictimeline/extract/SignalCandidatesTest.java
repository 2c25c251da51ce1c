package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.extract.docdate.DateCandidate;
import org.diplomatictimeline.extract.docdate.DateWords;
import org.diplomatictimeline.extract.docdate.PageFurniture;
import org.diplomatictimeline.extract.docdate.WeekdayCheck;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.time.NewsTemporalTagger;
import org.junit.jupiter.api.Test;

class SignalCandidatesTest {

    private final SignalCandidates signals = new SignalCandidates(DateWords.standard());
    private final DatelineReader datelines = new DatelineReader();
    private final NewsTemporalTagger tagger = new NewsTemporalTagger();

    private SignalCandidates.Gathered gather(Document doc, Optional<DateCandidate> header) {
        String text = doc.text();
        return signals.gather(doc, header, datelines.readAll(text, doc.bodyStart()),
                WeekdayCheck.of(text, doc.bodyStart(), DateWords.standard()),
                tagger.tag(text, doc.bodyStart(), text.length(), null),
                new PageFurniture(DateWords.standard()).lines(text, doc.bodyStart()));
    }

    @Test
    void theHeaderCandidateComesFirst() {
        DateCandidate header = new DateCandidate(LocalDate.of(2019, 5, 3), DatePrecision.DAY,
                DateCandidate.Signal.HEADER_LINE, 0.8, "the corpus header line 2019-05-03");

        SignalCandidates.Gathered gathered = gather(TestArticles.article("h",
                "NAIROBI, May 7, 2019 (Reuters) - Kenya's foreign minister said on Tuesday he will visit Kampala."),
                Optional.of(header));

        assertThat(gathered.candidates()).first().isEqualTo(header);
        assertThat(gathered.candidates()).extracting(DateCandidate::signal).contains(DateCandidate.Signal.DATELINE);
    }

    @Test
    void aDatelineWithoutYearIsAPartialDate() {
        SignalCandidates.Gathered gathered = gather(TestArticles.article("p",
                "NAIROBI, May 7 (Reuters) - Kenya's foreign minister said on Tuesday he will visit Kampala."),
                Optional.empty());

        assertThat(gathered.candidates()).isEmpty();
        assertThat(gathered.partials()).singleElement().satisfies(p -> {
            assertThat(p.month()).isEqualTo(5);
            assertThat(p.day()).isEqualTo(7);
            assertThat(p.signal()).isEqualTo(DateCandidate.Signal.DATELINE);
        });
    }

    @Test
    void aYearlessDayOfWritingTakesTheYearOfAFullDateNearIt() {
        SignalCandidates.Gathered gathered = gather(TestArticles.article("n",
                "Jakarta: Menteri Luar Negeri siang ini (14/9) berangkat ke Manila untuk menghadiri pertemuan"
                        + " para menteri pada 16 September 2016."), Optional.empty());

        assertThat(gathered.candidates()).extracting(DateCandidate::date).contains(LocalDate.of(2016, 9, 14));
    }
}
