package org.diplomatictimeline.curation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.diplomatictimeline.model.EventModel;

/** The analyst's decisions, in the order they were made; an immutable value replayed over any extraction. */
public record Curation(List<Decision> decisions) {

    public Curation {
        decisions = List.copyOf(decisions);
        Set<String> ids = new HashSet<>();
        for (Decision d : decisions) {
            if (!ids.add(d.id())) {
                throw new IllegalArgumentException("duplicate decision id " + d.id());
            }
        }
    }

    public static Curation empty() {
        return new Curation(List.of());
    }

    /** This curation with one more decision at the end. */
    public Curation with(Decision decision) {
        return insert(decisions.size(), decision);
    }

    /** This curation with a decision put back at a position (for undoing a withdrawal). */
    public Curation insert(int index, Decision decision) {
        List<Decision> list = new ArrayList<>(decisions);
        list.add(index, decision);
        return new Curation(list);
    }

    /** This curation without the decision of that id; unchanged when there is none. */
    public Curation without(String decisionId) {
        return new Curation(decisions.stream().filter(d -> !d.id().equals(decisionId)).toList());
    }

    public Optional<Decision> decision(String id) {
        return decisions.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    public int indexOf(String decisionId) {
        for (int i = 0; i < decisions.size(); i++) {
            if (decisions.get(i).id().equals(decisionId)) {
                return i;
            }
        }
        return -1;
    }

    /** The extraction with these decisions replayed over it, trusting offsets as they are. */
    public CuratedModel apply(EventModel extracted) {
        return apply(extracted, DocumentHashes.NONE);
    }

    /**
     * The extraction with these decisions replayed over it. Decisions re-attach by evidence spans; offsets into
     * a document whose hash changed are not trusted, only its excerpts. What cannot attach becomes a conflict.
     */
    public CuratedModel apply(EventModel extracted, DocumentHashes hashes) {
        return new DecisionReplay(extracted, hashes).run(decisions);
    }
}
