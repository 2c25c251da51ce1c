package org.diplomatictimeline.corpus;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The documents that loaded and the problems met with those that did not. */
public record Corpus(List<Document> documents, List<LoadProblem> problems) {

    public Corpus {
        documents = List.copyOf(documents);
        problems = List.copyOf(problems);
    }

    public Optional<Document> document(String id) {
        return documents.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** This corpus without the given documents (e.g. duplicates the user chose to skip); problems are kept. */
    public Corpus without(Collection<String> ids) {
        Set<String> skip = Set.copyOf(ids);
        return new Corpus(documents.stream().filter(d -> !skip.contains(d.id())).toList(), problems);
    }

    /** The problems that made a file be skipped, without the warnings of files that loaded. */
    public List<LoadProblem> failures() {
        return problems.stream().filter(LoadProblem::fatal).toList();
    }
}
