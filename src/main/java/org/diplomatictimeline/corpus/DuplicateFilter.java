package org.diplomatictimeline.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Applies the user's choice about duplicate articles to a corpus: skip the copies, or keep them and say so.
 *
 * <p>Either way every duplicate is named in a non-fatal {@link LoadProblem}, so the user sees which file was taken for
 * a copy of which and can change the choice; the first document of each group, in corpus order, is always kept.
 */
public final class DuplicateFilter {

    private DuplicateFilter() {
    }

    /**
     * @param groups duplicate groups of this corpus, as found by {@link DuplicateDetector#find(List)}
     * @param skip   true to leave the copies out of the corpus, false to keep them with a warning
     */
    public static Corpus apply(Corpus corpus, List<DuplicateGroup> groups, boolean skip) {
        if (groups.isEmpty()) {
            return corpus;
        }
        List<LoadProblem> problems = new ArrayList<>(corpus.problems());
        Set<String> skipped = new HashSet<>();
        // Sources by id, made once: a folder that repeats its stories has hundreds of copies, and looking each one
        // up by scanning the corpus made this quadratic on the loader thread of every opening, cached or not.
        Map<String, String> sources = sourcesById(corpus);
        for (DuplicateGroup group : groups) {
            String kept = sources.getOrDefault(group.keep(), group.keep());
            String what = group.kind() == DuplicateKind.EXACT ? "the same article as " + kept
                    : String.format(Locale.ROOT, "a near copy (%.0f %% alike) of %s", 100 * group.similarity(), kept);
            String message = skip ? "skipped: " + what + " (File › Skip duplicate articles keeps it)"
                    : "looks like " + what + " (File › Skip duplicate articles would skip it)";
            for (String id : group.duplicates()) {
                problems.add(new LoadProblem(sources.getOrDefault(id, id), message, false));
                skipped.add(id);
            }
        }
        List<Document> documents = skip
                ? corpus.documents().stream().filter(d -> !skipped.contains(d.id())).toList()
                : corpus.documents();
        return new Corpus(documents, problems);
    }

    /** Each id's source, the first document's where ids repeat (as {@link Corpus#document} finds it). */
    private static Map<String, String> sourcesById(Corpus corpus) {
        Map<String, String> sources = new HashMap<>();
        for (Document d : corpus.documents()) {
            sources.putIfAbsent(d.id(), d.source());
        }
        return sources;
    }
}
