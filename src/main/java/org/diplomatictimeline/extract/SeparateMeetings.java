package org.diplomatictimeline.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.diplomatictimeline.extract.lang.LanguageFolders;
import org.diplomatictimeline.extract.mention.Mention;
import org.diplomatictimeline.extract.mention.MentionKind;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.ParticipantKind;

/**
 * Talks held one by one with each partner the clause names ("separate meetings with the prime ministers of India and
 * Japan", "Einzelgespräche mit Modi und Kishida"): one encounter per partner, each kept apart by its own key, since
 * every pair meets on its own. The words that say so are each language's {@code parties.tsv} kind SEPARATE.
 */
final class SeparateMeetings {

    private static final Set<String> CUES = LanguageFolders.withWordsOfKind("parties.tsv", "SEPARATE");
    private static final Set<EventType> TALKS = Set.of(EventType.MEETING, EventType.TALKS);

    private static final String KEY = "separate:";

    private SeparateMeetings() {
    }

    /**
     * Whether one side is a talk with one partner and the other the meeting of a group (two or more people besides
     * that talk's): "the four leaders met; Biden held separate talks with Modi and Kishida" tells three encounters.
     * A later "Biden met Modi" still joins the talk with Modi.
     */
    static boolean apartFromGroup(EventCluster a, EventCluster b) {
        return cutFrom(a, b) || cutFrom(b, a);
    }

    private static boolean cutFrom(EventCluster pair, EventCluster group) {
        if (!pair.key().startsWith(KEY) || !group.key().isBlank()) {
            return false;
        }
        Set<String> others = new HashSet<>(group.ids(ParticipantKind.PERSON));
        others.removeAll(pair.ids(ParticipantKind.PERSON));
        return others.size() >= 2;
    }

    /** The encounter split into one per partner named after its word, or the encounter alone. */
    static List<EventMention> split(Clause c, Trigger t, EventMention m) {
        if (!TALKS.contains(t.type()) || !cued(c, t)) {
            return List.of(m);
        }
        Set<String> partners = new LinkedHashSet<>();
        for (Mention x : c.mentions()) {
            if (x.kind() == MentionKind.PERSON && x.start() >= t.end()) {
                partners.add(x.id());
            }
        }
        List<Participant> others = m.participants().stream()
                .filter(p -> p.kind() == ParticipantKind.PERSON && !partners.contains(p.id())).toList();
        List<Participant> named = m.participants().stream()
                .filter(p -> p.kind() == ParticipantKind.PERSON && partners.contains(p.id())).toList();
        if (named.size() < 2) {
            return List.of(m);
        }
        List<EventMention> out = new ArrayList<>();
        for (Participant partner : named) {
            List<Participant> parties = new ArrayList<>(others);
            parties.add(partner);
            m.participants().stream().filter(p -> p.kind() == ParticipantKind.COUNTRY
                    && p.countryCode().equals(partner.countryCode())).forEach(parties::add);
            out.add(new EventMention(m.documentId(), m.order(), m.type(), m.status(), m.when(), m.places(),
                    parties, m.topics(), m.evidence(), m.name(), KEY + partner.id(), m.anaphoric(),
                    m.documentDate(), m.confidence()));
        }
        return out;
    }

    /** Whether the trigger's own words, or the word before it, say the talks are held one by one. */
    private static boolean cued(Clause c, Trigger t) {
        for (String w : t.text().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (CUES.contains(w)) {
                return true;
            }
        }
        return t.tokenIndex() > 0 && CUES.contains(c.tokens().get(t.tokenIndex() - 1).lower());
    }
}
