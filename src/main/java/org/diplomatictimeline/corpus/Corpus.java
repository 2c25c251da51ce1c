package org.diplomatictimeline.corpus;

import java.util.List;
import java.util.Optional;

/** The documents that loaded and the problems met with those that did not. */
public record Corpus(List<Document> documents, List<LoadProblem> problems) {

    public Corpus {
        documents = List.copyOf(documents);
        problems = List.copyOf(problems);
    }

    public Optional<Document> document(String id) {
        return documents.stream().filter(d -> d.id().equals(id)).findFirst();
    }
}
