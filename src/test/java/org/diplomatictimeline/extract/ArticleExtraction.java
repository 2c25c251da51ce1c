package org.diplomatictimeline.extract;

import java.util.List;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventModel;

/** One extractor for the tests that read a single article written for them, dated by its header line. */
final class ArticleExtraction {

    /** The header date of the tests' articles when the test does not choose one. */
    static final String DAY = "2021-03-10";

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    private ArticleExtraction() {
    }

    /** The event mentions of one article dated {@link #DAY}. */
    static List<EventMention> mentions(String body) {
        return EXTRACTOR.mentions(TestArticles.withHeader("t", DAY, body));
    }

    /** The event model of one article dated {@link #DAY}. */
    static EventModel model(String body) {
        return EXTRACTOR.extract(new Corpus(List.of(TestArticles.withHeader("t", DAY, body)), List.of()));
    }

    /** The event mentions of one article dated {@code headerDate}. */
    static List<EventMention> mentions(String headerDate, String body) {
        return EXTRACTOR.mentions(TestArticles.withHeader("t", headerDate, body));
    }

    /** The event model of one article dated {@code headerDate}. */
    static EventModel model(String headerDate, String body) {
        return EXTRACTOR.extract(new Corpus(List.of(TestArticles.withHeader("w", headerDate, body)), List.of()));
    }

    /** The events of one article dated {@code headerDate}. */
    static List<Event> events(String headerDate, String body) {
        return model(headerDate, body).events();
    }
}
