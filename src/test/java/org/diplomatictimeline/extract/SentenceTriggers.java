package org.diplomatictimeline.extract;

import java.util.List;

/** The triggers the standard lexicon finds in one sentence written for a test. */
final class SentenceTriggers {

    private static final EventTriggerFinder FINDER = new EventTriggerFinder(TriggerLexicon.standard());
    private static final WordTokenizer TOKENIZER = new WordTokenizer();

    private SentenceTriggers() {
    }

    /** The sentence's words, as the triggers count them. */
    static List<Token> tokens(String sentence) {
        return TOKENIZER.tokenize(sentence, 0, sentence.length());
    }

    static List<Trigger> of(String sentence) {
        return FINDER.find(sentence, TOKENIZER.tokenize(sentence, 0, sentence.length()));
    }
}
