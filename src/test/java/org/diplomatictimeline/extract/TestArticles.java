package org.diplomatictimeline.extract;

import java.util.List;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.corpus.format.DocumentFormat;

/** Builds documents from article text written for these tests, with or without a header date line. */
final class TestArticles {

    private TestArticles() {
    }

    static Document article(String id, String body) {
        return new Document(id, id + ".txt", "", body, null, 0, "UTF-8", DocumentFormat.PLAIN_TEXT, List.of());
    }

    /** An article with the corpus' inline date line: " date 2019-06-05 " then the body. */
    static Document withHeader(String id, String headerDate, String body) {
        String prefix = " date " + headerDate + " ";
        return new Document(id, id + ".txt", "", prefix + body, headerDate, prefix.length(), "UTF-8",
                DocumentFormat.PLAIN_TEXT, List.of());
    }
}
