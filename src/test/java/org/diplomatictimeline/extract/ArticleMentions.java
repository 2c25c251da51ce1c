package org.diplomatictimeline.extract;

import java.util.List;
import org.diplomatictimeline.model.EventType;

/** The event mentions of one article written for a test, and the first of a type among them. */
final class ArticleMentions {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    private ArticleMentions() {
    }

    /** The event mentions of an article whose date line reads {@code header}. */
    static List<EventMention> mentions(String header, String body) {
        return EXTRACTOR.mentions(TestArticles.withHeader("t", header, body));
    }

    /** The first mention of {@code type}; the test fails when there is none. */
    static EventMention first(List<EventMention> found, EventType type) {
        return found.stream().filter(m -> m.type() == type).findFirst().orElseThrow();
    }
}
