package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.model.EventModel;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sentences any English news uses for envoys declared unwelcome, conflicts that broke out, documents handed over, a
 * leader's election, an accord taking effect, meetings told day by day, trips told by their setting off, arrival or
 * tour, relations upgraded and votes told by their voters, each written for this test: each names its event.
 */
class EnglishNewsTriggersTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            On Monday the government declared five diplomats personae non gratae.   | EXPULSION       | personae non gratae
            The consul was declared persona non grata and told to leave.            | EXPULSION       | persona non grata
            Two neighbours followed suit by expelling three diplomats each.         | EXPULSION       | expelling
            The conflict in the province broke out in March 2019.                   | MILITARY_ACTION | conflict
            Heavy fighting began in the valley in August 2021.                      | MILITARY_ACTION | fighting
            The ministers witnessed the handover of nine cooperation documents.     | AGREEMENT       | cooperation documents
            It is her first trip abroad since being elected president in May.       | ELECTION        | being elected
            The treaty entered into force on 1 May 2020.                            | ENTRY_INTO_FORCE | entered into force
            The effective date of the accord is the 3rd of June, 2021.              | ENTRY_INTO_FORCE | effective date
            The foreign minister left for Oslo on Tuesday.                          | VISIT           | left for
            The queen departs for Lisbon on Sunday evening.                         | VISIT           | departs for
            The president will arrive on Monday.                                    | VISIT           | arrive
            On his arrival in Quito the envoy laid a wreath.                        | VISIT           | arrival in
            The king toured three northern provinces last week.                     | VISIT           | toured
            The chancellor began a tour of the Gulf states on Friday.               | VISIT           | tour of
            The premier embarked on a four-nation tour on Sunday.                   | VISIT           | tour
            Ties between the two states were upgraded in 2016.                      | RELATIONS       | Ties
            Voters in the island nation went to the polls on Sunday.                | ELECTION        | went to the polls
            The party lost the by-election held on 3 May.                           | ELECTION        | by-election
            The ministers adopted a final declaration on Friday.                    | AGREEMENT       | declaration
            """)
    void anEnglishNewsSentenceNamesItsEvent(String sentence, EventType type, String words) {
        // the trigger holds the words ("declared five diplomats personae non gratae" is one trigger)
        assertThat(SentenceTriggers.of(sentence)).filteredOn(t -> t.type() == type)
                .extracting(Trigger::text).anySatisfy(text -> assertThat(text).contains(words));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The minister said the conflict had many causes.                 | MILITARY_ACTION
            The mayor thanked the fighting spirit of the volunteers.        | MILITARY_ACTION
            The envoy said he would never expel anyone from the talks.      | EXPULSION
            The band is on a concert tour this summer.                      | VISIT
            The envoy praised the close ties between the two towns.         | RELATIONS
            """)
    void aWordWithoutItsCueNamesNoEvent(String sentence, EventType type) {
        assertThat(SentenceTriggers.of(sentence)).noneMatch(t -> t.type() == type);
    }

    @Test
    void anAccordTakingEffectOnNoDateTheTextGivesIsNoEvent() {
        String body = "The accord will take effect once both parliaments ratify it.";
        EventModel model = EXTRACTOR.extract(new Corpus(List.of(TestArticles.withHeader("d", "2021-05-20", body)),
                List.of()));

        assertThat(model.events()).noneMatch(e -> e.type() == EventType.ENTRY_INTO_FORCE);
    }

    @Test
    void anAccordTakingEffectOnADayIsAnEventOfThatDay() {
        String body = "The ceasefire accord took effect on 4 June, a day after it was signed in the capital.";
        EventModel model = EXTRACTOR.extract(new Corpus(List.of(TestArticles.withHeader("d", "2021-06-10", body)),
                List.of()));

        assertThat(model.events()).filteredOn(e -> e.type() == EventType.ENTRY_INTO_FORCE)
                .singleElement().satisfies(e -> assertThat(e.when().value()).isEqualTo("2021-06-04"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The two presidents recalled their meetings on 4 May in Oslo, and 9 July in Lisbon.
            The two presidents recalled their meetings in Oslo on 4 May and in Lisbon on 9 July.
            """)
    void meetingsOnTwoDaysInTwoPlacesAreTwoEvents(String body) {
        EventModel model = EXTRACTOR.extract(new Corpus(List.of(TestArticles.withHeader("d", "2021-08-10", body)),
                List.of()));

        assertThat(model.events()).filteredOn(e -> EventTypeProfile.encounter(e.type()))
                .extracting(e -> e.when().value() + " " + e.place().name())
                .containsExactlyInAnyOrder("2021-05-04 Oslo", "2021-07-09 Lisbon");
    }

    @Test
    void oneMeetingOnOneDayInOnePlaceStaysOne() {
        String body = "The two presidents recalled their meeting on 4 May in Oslo with warm words.";
        EventModel model = EXTRACTOR.extract(new Corpus(List.of(TestArticles.withHeader("d", "2021-08-10", body)),
                List.of()));

        assertThat(model.events()).filteredOn(e -> EventTypeProfile.encounter(e.type())).hasSize(1);
    }
}
