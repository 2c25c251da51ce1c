package org.diplomatictimeline.extract;

import java.util.HashSet;
import java.util.Set;
import org.diplomatictimeline.extract.lang.LanguageFolders;
import org.diplomatictimeline.model.Evidence;
import org.diplomatictimeline.model.ParticipantKind;

/**
 * A sitting told as done without a date of its own, whose sentence tells it as one more act of the occasion just
 * told ("He also met the speaker, X", "Afterwards she received Y", "Il a aussi rencontré Z") and which names a
 * partner that occasion does not: another item of that occasion's programme, not the occasion told again. The cue
 * words are each language folder's {@code clauses.tsv} ALSO and SEQUENCE rows; without a cue, a done sitting told
 * after a dated one is most often that one told again ("present at the talks were ...") and stays undated.
 */
final class AnotherSitting {

    static final Set<String> CUES = cues();

    private static final WordTokenizer TOKENIZER = new WordTokenizer();

    private AnotherSitting() {
    }

    private static Set<String> cues() {
        Set<String> out = new HashSet<>(LanguageFolders.withWordsOfKind("clauses.tsv", "ALSO"));
        out.addAll(LanguageFolders.withWordsOfKind("clauses.tsv", "SEQUENCE"));
        return Set.copyOf(out);
    }

    private static final Set<String> ALSO = Set.copyOf(LanguageFolders.withWordsOfKind("clauses.tsv", "ALSO"));

    /** Whether every sentence telling the cluster has an ALSO word ("also", "anche", "также"): one act more. */
    static boolean toldAsAlso(EventCluster c) {
        return !c.members.isEmpty() && c.members.stream().allMatch(m -> !m.evidence().isEmpty()
                && words(m.evidence().get(0)).stream().anyMatch(ALSO::contains));
    }

    private static java.util.List<String> words(Evidence e) {
        String text = e.text();
        return TOKENIZER.tokenize(text, 0, text.length()).stream().map(t -> t.lower()).toList();
    }

    /** Whether every sentence telling the sitting has a word that tells it as another act. */
    static boolean toldAsAnother(EventCluster sitting) {
        return !sitting.members.isEmpty() && sitting.members.stream()
                .allMatch(m -> !m.evidence().isEmpty() && cued(m.evidence().get(0)));
    }

    private static boolean cued(Evidence e) {
        String text = e.text();
        return TOKENIZER.tokenize(text, 0, text.length()).stream().anyMatch(t -> CUES.contains(t.lower()));
    }

    /** Whether the sitting names a person the occasion does not: a partner of its own. */
    static boolean newPartner(EventCluster sitting, EventCluster occasion) {
        Set<String> told = occasion.ids(ParticipantKind.PERSON);
        return sitting.ids(ParticipantKind.PERSON).stream()
                .anyMatch(p -> told.stream().noneMatch(o -> ArgumentAgreement.samePerson(o, p)));
    }
}
