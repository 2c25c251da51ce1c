package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.extract.TensedDates.Dated;
import org.diplomatictimeline.extract.docdate.DateWords;
import org.diplomatictimeline.extract.docdate.OfficeSpan;
import org.diplomatictimeline.extract.docdate.WrittenDates;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.DocumentDate;
import org.diplomatictimeline.time.NewsTemporalTagger;
import org.diplomatictimeline.time.Timex;
import org.junit.jupiter.api.Test;

class TextDatingTest {

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final NewsTemporalTagger tagger = new NewsTemporalTagger();
    private final TensedDates tensed = new TensedDates(DateWords.standard());
    private final TextDating dating = new TextDating(tensed, new WrittenDates(DateWords.standard()));

    private DocumentDate date(Document doc, List<YearClue> clues) {
        String text = doc.text();
        List<Sentence> sentences = splitter.split(text, doc.bodyStart(), text.length());
        List<Timex> unanchored = tagger.tag(text, doc.bodyStart(), text.length(), null);
        return dating.date(doc, sentences, unanchored, tensed.split(text, sentences, unanchored), clues);
    }

    @Test
    void anEventsFullDateOutsideTheTermsOfTheOfficeHoldersNamedIsNoYearOfWriting() {
        Document doc = TestArticles.article("o", "The two presidents signed a protocol amending the fisheries"
                + " agreement dated April 3, 2004.");
        String text = doc.text();
        List<Sentence> sentences = splitter.split(text, doc.bodyStart(), text.length());
        List<Timex> unanchored = tagger.tag(text, doc.bodyStart(), text.length(), null);
        TensedDates.Split split = tensed.split(text, sentences, unanchored);
        OfficeSpan inOffice = new OfficeSpan(YearMonth.of(2016, 9), YearMonth.of(2019, 3), "two presidents");

        DocumentDate outside = dating.date(doc, sentences, unanchored, split, List.of(), Optional.empty(),
                Optional.of(inOffice));
        DocumentDate alone = dating.date(doc, sentences, unanchored, split, List.of(), Optional.empty(),
                Optional.empty());

        assertThat(outside.isKnown()).isFalse();
        assertThat(outside.reason()).contains("not all in office");
        assertThat(alone.value()).isEqualTo("2004");
    }

    @Test
    void aPastWeekdayBeforeTheFirstDayAheadIsTheDayOfWriting() {
        DocumentDate date = date(TestArticles.article("w", "Portugal's foreign minister will meet his Brazilian "
                + "counterpart on March 22 in Lisbon, Lisbon said on Tuesday."),
                List.of(new YearClue(2021, "a clue")));

        assertThat(date.value()).isEqualTo("2021-03-16");
        assertThat(date.precision()).isEqualTo(DatePrecision.DAY);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            Velmari's cabinet on Tuesday confirmed that negotiations would restart on March 22. | 2021-03-16
            The two envoys on Tuesday met and agreed that the talks will resume on March 22.             | 2021-03-16
            The two envoys will on Tuesday sign a pact, and the talks will resume on March 22.           |
            The premier on Tuesday travels to Quito, and the talks will resume on March 22.              |
            """)
    void theVerbRightAfterAWeekdaySetBeforeItTellsItsTense(String body, String day) {
        DocumentDate date = date(TestArticles.article("v", body), List.of(new YearClue(2021, "a clue")));

        if (day == null) {
            assertThat(date.precision()).isNotEqualTo(DatePrecision.DAY);
        } else {
            assertThat(date.value()).isEqualTo(day);
        }
    }

    @Test
    void aClueAloneGivesOnlyTheYear() {
        DocumentDate date = date(TestArticles.article("y", "The ministers met in Quito."),
                List.of(new YearClue(2020, "the 75th anniversary")));

        assertThat(date.value()).isEqualTo("2020");
        assertThat(date.reason()).contains("the 75th anniversary");
    }

    @Test
    void noYearAtAllLeavesTheDateUnknown() {
        assertThat(date(TestArticles.article("u", "The ministers met in Quito."), List.of()).isKnown()).isFalse();
    }

    @Test
    void theYearHintPrefersThePastThenANamedYearThenAClue() {
        List<YearClue> clue = List.of(new YearClue(2001, "a clue"));
        Dated past = new Dated(LocalDate.of(2015, 6, 1), "June 1, 2015");
        String text = "The treaty of 2009 still holds.";
        List<Timex> named = tagger.tag(text, 0, text.length(), null);

        assertThat(TextDating.yearHint(List.of(past), named, clue)).contains(2015);
        assertThat(TextDating.yearHint(List.of(), named, clue)).contains(2009);
        assertThat(TextDating.yearHint(List.of(), List.of(), clue)).contains(2001);
        assertThat(TextDating.yearHint(List.of(), List.of(), List.of())).isEqualTo(Optional.empty());
    }
}
