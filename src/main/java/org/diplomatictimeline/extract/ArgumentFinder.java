package org.diplomatictimeline.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.diplomatictimeline.extract.lang.LanguageFolders;
import org.diplomatictimeline.extract.mention.Mention;
import org.diplomatictimeline.extract.mention.MentionKind;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.ParticipantKind;
import org.diplomatictimeline.model.Place;

/**
 * Finds an event's arguments in its clause: participants (people, countries, organisations), the person "he" or
 * "she" points back to, the target of sanctions, and topics; a statement's speaker is {@link SpeakerFinder}'s.
 */
final class ArgumentFinder {

    private final ActorMapper actors = new ActorMapper();

    /**
     * Prepositions after which a country or organisation is not a party ("talks in Russia"): the NON_ACTOR rows of
     * lang/&lt;code&gt;/prepositions.tsv ("of" is none: "the leaders of Russia and China" names the actors).
     */
    static final Set<String> NON_ACTOR_PREPOSITIONS = LanguageFolders.withWordsOfKind("prepositions.tsv", "NON_ACTOR");

    /** Prepositions after a talks word naming its subject ("talks on Syria"): TOPIC rows of prepositions.tsv. */
    private static final Set<String> TOPIC_PREPOSITIONS = LanguageFolders.withWordsOfKind("prepositions.tsv", "TOPIC");

    /** Prepositions naming whom sanctions hit ("sanctions on Iran"): TARGET rows of prepositions.tsv. */
    private static final Set<String> TARGET_PREPOSITIONS = LanguageFolders.withWordsOfKind("prepositions.tsv",
            "TARGET");

    /** Pronouns pointing back to a person named before ("he", "his"): ANAPHOR rows of parties.tsv. */
    static final Set<String> PRONOUNS = LanguageFolders.withWordsOfKind("parties.tsv", "ANAPHOR");

    /** The starts of talks words after which the countries named are subjects ("will discuss Venezuela"). */
    private static final Set<String> TOPIC_VERBS = LanguageFolders.withWordsOfKind("parties.tsv", "TOPIC_VERB");

    /**
     * The article's own words of one kind in its language's parties.tsv: "il" is a pronoun in French and an article in
     * Italian, so these are read for articles of that language alone.
     */
    private static Set<String> own(Clause c, String kind) {
        return LanguageFolders.ownWordsOfKind(c.language(), "parties.tsv", kind);
    }

    List<String> topics(Clause c, Trigger t) {
        Set<String> topics = new LinkedHashSet<>();
        for (Mention m : c.mentions()) {
            if (m.kind() == MentionKind.TOPIC) {
                topics.add(m.name());
            } else if (t != null && m.kind() == MentionKind.COUNTRY && m.start() > t.end()
                    && (topicVerb(t) || c.governedBy(m, TOPIC_PREPOSITIONS))) {
                topics.add(m.name());
            }
        }
        return List.copyOf(topics);
    }

    private static boolean topicVerb(Trigger t) {
        String word = t.text().toLowerCase(Locale.ROOT);
        return TOPIC_VERBS.stream().anyMatch(word::startsWith);
    }

    Optional<Participant> actorOf(Mention m, boolean subjectPosition) {
        if ((m.kind() == MentionKind.CITY || m.kind() == MentionKind.VENUE) && subjectPosition) {
            return actors.country(m.countryCode()); // "Moscow said": the capital speaks for its government
        }
        return actors.participant(m);
    }

    void addImpliedCountries(List<Participant> participants) {
        for (Participant p : List.copyOf(participants)) {
            if (p.kind() == ParticipantKind.PERSON) {
                actors.country(p.countryCode()).ifPresent(participants::add);
            }
        }
    }

    boolean mentionsPronoun(Clause c, int[] segment) {
        return c.tokens().stream().anyMatch(k -> k.start() >= segment[0] && k.end() <= segment[1]
                && (PRONOUNS.contains(k.lower()) || own(c, "PRONOUN").contains(k.lower())));
    }

    /**
     * The person "he", "she" or "his" most likely refers to: the most recent person named as a subject (not after
     * "with", "to", "by", "his counterpart" and the like), else the most recent person named.
     */
    static Optional<Mention> previousPerson(Clause c, int before) {
        return previousPerson(c, before, m -> true);
    }

    /** The person "he" refers to among those that pass {@code eligible}. */
    static Optional<Mention> previousPerson(Clause c, int before, Predicate<Mention> eligible) {
        Mention best = null;
        Mention bestSubject = null;
        int limit = Math.max(0, c.sentence().start() - 800);
        List<Mention> candidates = new ArrayList<>(c.allMentions());
        candidates.addAll(c.mentions());
        String text = c.doc().text();
        for (Mention m : candidates) {
            if (m.kind() == MentionKind.PERSON && m.end() <= before && m.start() >= limit && eligible.test(m)) {
                if (best == null || m.start() > best.start()) {
                    best = m;
                }
                if ((bestSubject == null || m.start() > bestSubject.start())
                        && subjectLike(text, m.start(), own(c, "OBJECT"), own(c, "BEFORE_NAME"))) {
                    bestSubject = m;
                }
            }
        }
        return Optional.ofNullable(bestSubject != null ? bestSubject : best);
    }

    /** English words that leave the name after them an object ("met X"), for every article: OBJECT rows. */
    private static final Set<String> OBJECT_MARKERS = LanguageFolders.ownWordsOfKind("en", "parties.tsv", "OBJECT");

    /**
     * Whether the words just before a name leave it as a clause's subject rather than an object; {@code objectWords}
     * are the article's own language's (parties.tsv, kind OBJECT: "avec", "con"); {@code beforeName} are its
     * lower-case words that stand between a verb and a name ("rencontrer le président X"), looked past like titles.
     */
    static boolean subjectLike(String text, int start, Set<String> objectWords, Set<String> beforeName) {
        int i = start - 1;
        while (true) {
            while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == ',')) {
                i--;
            }
            int end = i + 1;
            while (i >= 0 && Character.isLetter(text.charAt(i))) {
                i--;
            }
            if (end == i + 1) {
                return true; // start of text or a sentence mark: a subject
            }
            String word = text.substring(i + 1, end);
            if (Character.isUpperCase(word.charAt(0)) && i >= 0 && text.charAt(i) == ' ') {
                continue; // "Iranian President" before the name: a title, look further back
            }
            String lower = word.toLowerCase(Locale.ROOT);
            if (beforeName.contains(lower) && i >= 0 && text.charAt(i) == ' ') {
                continue; // "le président" before the name: look further back for the verb or preposition
            }
            return !OBJECT_MARKERS.contains(lower) && !objectWords.contains(lower);
        }
    }

    /** Who is sanctioned: "sanctions on X" / "against X", or the subject of "X was hit with sanctions". */
    Optional<Participant> sanctionTarget(Clause c, Trigger t, int[] segment) {
        Mention best = null;
        for (Mention m : c.mentions()) {
            if (m.start() < segment[0] || m.end() > segment[1] || m.countryCode().isBlank()
                    || m.kind() == MentionKind.TOPIC || m.kind() == MentionKind.PERSON) {
                continue;
            }
            if (m.start() > t.start() && c.governedBy(m, TARGET_PREPOSITIONS)) {
                best = m;
                break;
            }
        }
        if (best == null) {
            boolean passive = c.tokens().stream().anyMatch(k -> k.start() >= segment[0] && k.end() <= segment[1]
                    && EventStatusRules.PASSIVE.contains(k.lower()));
            if (passive) {
                best = c.mentions().stream().filter(m -> m.start() >= segment[0] && m.end() <= t.start()
                        && m.kind() == MentionKind.COUNTRY).findFirst().orElse(null);
            }
        }
        return best == null ? Optional.empty() : actors.country(best.countryCode());
    }

    static List<Participant> dedupe(List<Participant> participants) {
        Map<String, Participant> byId = new LinkedHashMap<>();
        for (Participant p : participants) {
            byId.putIfAbsent(p.id(), p);
        }
        return List.copyOf(byId.values());
    }

    /** The place an actor's mention stands for, when it is one ("the Kremlin" → Moscow). */
    Optional<Place> place(Mention m) {
        return actors.place(m);
    }

    /** The parties of a trigger's event in its segment, with "he" or "she" resolved to a person named before. */
    List<Participant> participants(Clause c, Trigger t, int[] segment) {
        List<Participant> participants = new ArrayList<>();
        boolean talks = t.type() == EventType.TALKS && topicVerb(t);
        for (Mention m : c.mentions()) {
            if (m.start() < segment[0] || m.end() > segment[1] || c.insideForeignAttribution(t, m.start())
                    || NonParty.agencyCredit(c.doc().text(), m) || NonParty.datelinePlace(c.doc(), m)) {
                continue;
            }
            if (talks && m.start() > t.end() && m.kind() == MentionKind.COUNTRY) {
                continue; // "will discuss Venezuela, Syria": subjects of talks, not parties to them
            }
            boolean placeGoverned = c.governedBy(m, NON_ACTOR_PREPOSITIONS)
                    || c.governedBy(m, PlaceRanker.TRAVEL_PREPOSITIONS);
            actorOf(m, m.metonym() && !placeGoverned)
                    .filter(p -> !c.governedBy(m, NON_ACTOR_PREPOSITIONS) || m.kind() == MentionKind.PERSON)
                    .ifPresent(participants::add);
        }
        boolean anyPerson = participants.stream().anyMatch(p -> p.kind() == ParticipantKind.PERSON);
        boolean personBefore = anyPerson && c.mentions().stream().anyMatch(m -> m.kind() == MentionKind.PERSON
                && m.start() >= segment[0] && m.end() <= t.start());
        // With no person named, "he" anywhere stands for one; with persons named only after the trigger ("He will
        // meet President X", "Il doit rencontrer le président X") they are its objects, and a pronoun before it
        // still stands for its subject.
        int pronounsTo = anyPerson ? t.start() : segment[1];
        // An office said instead of a name may itself be read as a nameless person ("глава государства"): only
        // a person named outside it is a subject of its own.
        int[] epithet = epithetBefore(c, segment[0], t.start());
        boolean namedBefore = epithet != null && anyPerson && c.mentions().stream().anyMatch(m -> m.kind()
                == MentionKind.PERSON && m.start() >= segment[0] && m.end() <= t.start()
                && (m.end() <= epithet[0] || m.start() >= epithet[1]));
        if (!personBefore && (mentionsPronoun(c, new int[] {segment[0], pronounsTo}) || invertedPronoun(c, t))
                || epithet != null && !namedBefore) {
            boolean office = epithet != null && !namedBefore;
            int before = office ? epithet[0] : t.start(); // never the office itself
            // "the head of state" is the head named before, not the aide who reports his plans
            Optional<Mention> person = office ? previousPerson(c, before, Mention::headOfStateOrGovernment)
                    .or(() -> previousPerson(c, before)) : previousPerson(c, before);
            person.flatMap(actors::participant).ifPresent(participants::add);
        }
        return participants;
    }

    /**
     * Where the office of a person stands for his name between {@code from} and {@code to}, or null ("on 26 July the
     * head of state will meet ...", parties.tsv kind EPITHET): as the subject before the trigger it is the person
     * named before, as a pronoun would be. After the trigger it is an object, often another person.
     */
    private static int[] epithetBefore(Clause c, int from, int to) {
        List<Token> k = c.tokens();
        for (String phrase : own(c, "EPITHET")) {
            String[] w = phrase.split("\\+");
            for (int i = 0; i + w.length <= k.size(); i++) {
                if (k.get(i).start() < from || k.get(i + w.length - 1).end() > to) {
                    continue;
                }
                int j = 0;
                while (j < w.length && k.get(i + j).lower().equals(w[j])) {
                    j++;
                }
                if (j == w.length) {
                    return new int[] {k.get(i).start(), k.get(i + w.length - 1).end()};
                }
            }
        }
        return null;
    }

    /**
     * Whether the article's own subject pronoun stands right after a verb trigger, as languages that put the verb
     * second write it ("Am Montag trifft er den Papst"): the pronoun is the subject, not an object after it.
     */
    private static boolean invertedPronoun(Clause c, Trigger t) {
        if (!"VERB".equals(t.pos())) {
            return false;
        }
        Set<String> pronouns = own(c, "PRONOUN");
        return c.tokens().stream().filter(k -> k.start() >= t.end()).findFirst()
                .filter(k -> pronouns.contains(k.lower())).isPresent();
    }

    /** The country of a place, as a participant ("a visit to Hanoi": Vietnam hosts it). */
    Optional<Participant> country(String code) {
        return actors.country(code);
    }

    /** English pair words, for every article; another language's own (parties.tsv) only for its own articles. */
    private static final Set<String> PAIR = LanguageFolders.ownWordsOfKind("en", "parties.tsv", "PAIR");
    private static final Set<String> DEFINITE = LanguageFolders.ownWordsOfKind("en", "parties.tsv", "DEFINITE");
    private static final Set<String> PARTIES = LanguageFolders.ownWordsOfKind("en", "parties.tsv", "PARTIES");

    /** Articles a pair word may stand before its noun with ("entrambi i leader", "both the leaders"). */
    private static final Set<String> ARTICLES = LanguageFolders.wordsOfAll("determiners.txt");

    /**
     * Whether the clause names the parties as a pair ("the two ministers", "both sides", "the leaders witnessed",
     * "los dos mandatarios", "entrambi i leader") instead of by name; "the leaders of Russia and China" names them.
     * Italian "leader" is an English singular, hence the article's own words only beside the English ones.
     */
    boolean namesThePair(Clause c) {
        List<Token> k = c.tokens();
        Set<String> pair = own(c, "PAIR");
        Set<String> parties = own(c, "PARTIES");
        for (int i = 0; i + 1 < k.size(); i++) {
            String w = k.get(i).lower();
            boolean isPair = PAIR.contains(w) || pair.contains(w);
            if (i + 2 < k.size() && isPair && ARTICLES.contains(k.get(i + 1).lower())
                    && (PARTIES.contains(k.get(i + 2).lower()) || parties.contains(k.get(i + 2).lower()))) {
                return true;
            }
            if (!PARTIES.contains(k.get(i + 1).lower()) && !parties.contains(k.get(i + 1).lower())) {
                continue;
            }
            if (isPair || DEFINITE.contains(w) && (i + 2 >= k.size() || !k.get(i + 2).lower().equals("of"))) {
                return true;
            }
        }
        return false;
    }
}
