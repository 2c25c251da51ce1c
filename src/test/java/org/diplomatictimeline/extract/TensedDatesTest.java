package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.diplomatictimeline.extract.docdate.DateWords;
import org.diplomatictimeline.time.NewsTemporalTagger;
import org.junit.jupiter.api.Test;

class TensedDatesTest {

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final NewsTemporalTagger tagger = new NewsTemporalTagger();
    private final TensedDates tensed = new TensedDates(DateWords.standard());

    private TensedDates.Split split(String text) {
        return tensed.split(text, splitter.split(text, 0, text.length()), tagger.tag(text, 0, text.length(), null));
    }

    @Test
    void aFullDateToldInThePastIsPastAndOneToldAsComingIsFuture() {
        TensedDates.Split dates = split("The ministers met on March 4, 2021 in Quito. "
                + "They will meet again on June 9, 2021 in Lima.");

        assertThat(dates.past()).extracting(TensedDates.Dated::date).containsExactly(LocalDate.of(2021, 3, 4));
        assertThat(dates.future()).extracting(TensedDates.Dated::date).containsExactly(LocalDate.of(2021, 6, 9));
        assertThat(dates.past().get(0).since()).isFalse();
    }

    @Test
    void aPastDateOpenedBySinceIsMarkedAsABound() {
        TensedDates.Split dates = split("The envoys have talked every month since March 4, 2021.");

        assertThat(dates.past()).singleElement().satisfies(d -> assertThat(d.since()).isTrue());
    }

    @Test
    void aPastDateToldInThePastPerfectIsBackgroundInEveryLanguage() {
        assertThat(split("The two kingdoms had signed a first border accord on 9 May 1971.").past())
                .singleElement().satisfies(d -> assertThat(d.background()).isTrue());
        assertThat(split("Am 9. Mai 1971 hatten die beiden Königreiche ein erstes Grenzabkommen unterzeichnet.")
                .past()).singleElement().satisfies(d -> assertThat(d.boundOnly()).isTrue());
        assertThat(split("Les deux royaumes avaient signé le 9 mai 1971 un premier accord.").past())
                .singleElement().satisfies(d -> assertThat(d.background()).isTrue());
    }

    @Test
    void aPastDateWithHadAsAPlainVerbIsNotBackground() {
        TensedDates.Split dates = split("The two kingdoms had a first meeting on 9 May 1971 in Velmar.");

        assertThat(dates.past()).singleElement().satisfies(d -> assertThat(d.boundOnly()).isFalse());
    }

    @Test
    void sinceOpensTheDayOfTheOccasionItNames() {
        String fr = "Il revient pour la première fois depuis l'incendie tragique du 4 août dans le port.";
        String en = "It is his first visit since the flood of 4 August.";
        String es = "Viajó desde Velmar el 4 de agosto.";

        assertThat(tensed.openedBySince(fr, fr.indexOf("4 août"))).isTrue();
        assertThat(tensed.openedBySince(en, en.indexOf("4 August"))).isTrue();
        assertThat(tensed.openedBySince(es, es.indexOf("4 de agosto"))).isFalse();
    }

    @Test
    void aFullDateWhoseTenseIsUntoldIsKeptApartUnlessItNamesAThing() {
        assertThat(split("The lakes forum is in Suva from October 14, 2029 to October 18, 2029.").untensed())
                .isNotEmpty();
        assertThat(split("The March 3, 2011, flood is still remembered in Lautoka.").untensed()).isEmpty();
    }

    @Test
    void aDateWithoutItsYearIsNeitherPastNorFuture() {
        TensedDates.Split dates = split("The ministers met on March 4 in Quito.");

        assertThat(dates.past()).isEmpty();
        assertThat(dates.future()).isEmpty();
    }

    @Test
    void anOffsetBetweenSentencesHasNoSentence() {
        List<Sentence> sentences = splitter.split("One. Two.", 0, 9);

        assertThat(TensedDates.sentenceAt(sentences, 0)).isEqualTo(sentences.get(0));
        assertThat(TensedDates.sentenceAt(sentences, 20)).isNull();
    }
}
