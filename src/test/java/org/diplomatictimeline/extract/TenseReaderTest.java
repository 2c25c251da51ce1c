package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The clause breaks, relative-clause tenses, planning words and plan nouns TenseReader reads from
 * lang/en/tense.tsv.
 */
class TenseReaderTest {

    private final WordTokenizer tokenizer = new WordTokenizer();
    private final TenseReader tense = new TenseReader();

    private int indexOf(List<Token> tokens, String word) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).lower().equals(word)) {
                return i;
            }
        }
        throw new AssertionError(word);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "the visit, which will start in May | visit | FUTURE",
            "the talks, which ended in May      | talks | PAST",
            "the talks in Lima                  | talks | UNKNOWN",
            "the talks; they will go on         | talks | UNKNOWN",
    })
    void theRelativeClauseAfterANounGivesItsTense(String text, String noun, Tense expected) {
        List<Token> tokens = tokenizer.tokenize(text, 0, text.length());

        assertThat(tense.after(tokens, indexOf(tokens, noun))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The ministers will say that they meet | meet | UNKNOWN",
            "The ministers will meet               | meet | FUTURE",
            "The ministers agreed to meet          | meet | FUTURE",
            "The envoy was invited to visit        | visit | FUTURE",
    })
    void aClauseBreakEndsTheSearchAndAPlanningWordBeforeToIsFuture(String text, String verb, Tense expected) {
        List<Token> tokens = tokenizer.tokenize(text, 0, text.length());

        assertThat(tense.before(tokens, indexOf(tokens, verb))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The Kiribati forum will be held from 3 to 4 May | from | FUTURE",
            "The accord is expected to be signed on 3 May    | on   | FUTURE",
            "The Kiribati forum was held on 3 May            | on   | PAST",
            "The Kiribati forum has been held on 3 May       | on   | PAST",
    })
    void aParticipleAfterBeTakesTheTenseOfTheWordsBeforeBe(String text, String word, Tense expected) {
        List<Token> tokens = tokenizer.tokenize(text, 0, text.length());

        assertThat(tense.before(tokens, indexOf(tokens, word) + 1)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The envoy backed the plan at the Oslo summit   | summit | UNKNOWN",
            "The envoy praised their peace plan at the talks | talks  | UNKNOWN",
            "The envoy announced a plan to hold a summit     | summit | FUTURE",
            "The envoy outlined the plans for a summit       | summit | FUTURE",
            "The envoy plans to attend the summit            | summit | FUTURE",
    })
    void aPlanNamedAsANounIsNoFutureUnlessItPlansWhatFollows(String text, String noun, Tense expected) {
        List<Token> tokens = tokenizer.tokenize(text, 0, text.length());

        assertThat(tense.before(tokens, indexOf(tokens, noun))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"agreed, true", "decided, true", "scheduled, true", "invited, true", "invitation, true",
            "expected, true", "trying, false", "met, false"})
    void planningWordsComeFromTheTables(String word, boolean planning) {
        assertThat(TenseReader.isPlanningWord(word)).isEqualTo(planning);
    }
}
