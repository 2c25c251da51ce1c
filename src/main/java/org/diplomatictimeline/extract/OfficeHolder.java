package org.diplomatictimeline.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.diplomatictimeline.extract.lang.LanguageFolders;
import org.diplomatictimeline.extract.mention.Mention;
import org.diplomatictimeline.extract.mention.MentionKind;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.ParticipantKind;

/**
 * The one person an event of taking an office is about (event-types.tsv {@code holder}: an election won, an oath
 * sworn), so that the guests, the visitor or the speaker of the sentence are not made the one elected or sworn in.
 * A noun names him beside it ("X's inauguration", "the swearing-in of President X", "a posse do presidente X",
 * "the Norwegian's inauguration": the person of that country named before, "his inauguration": the person "his"
 * points back to); a verb by its subject, the nearest person before it that is not an object ("X met Y after
 * being elected": X; "critical of Y for having been re-elected": Y), or by the person right after it ("elected X
 * chancellor").
 */
final class OfficeHolder {

    /** How far, in characters, a name may stand after a noun and still be the one it is about. */
    private static final int NEAR = 45;
    /** The English object words, read for every article, less those that tie a name to an owner ("of"). */
    private static final Set<String> ENGLISH_OBJECTS = englishObjects();
    /** What stands between an owner and its noun: "X's inauguration" (parties.tsv POSSESSIVE_MARK). */
    private static final Set<String> POSSESSIVE_MARKS =
            LanguageFolders.ownWordsOfKind("en", "parties.tsv", "POSSESSIVE_MARK");

    private OfficeHolder() {
    }

    /** The person the event of {@code t} is about, when the sentence tells who; empty when it does not. */
    static Optional<Mention> of(Clause c, Trigger t) {
        List<Mention> people = new ArrayList<>();
        for (Mention m : c.mentions()) {
            if (m.kind() == MentionKind.PERSON && m.start() >= c.sentence().start() && m.end() <= c.sentence().end()) {
                people.add(m);
            }
        }
        return "NOUN".equals(t.pos()) ? ofNoun(c, t, people) : ofVerb(c, t, people);
    }

    /**
     * The participants with the holder as the only person: the others named in the sentence, and the countries
     * only they brought, are not the one taking office.
     */
    static List<Participant> narrowed(List<Participant> participants, Participant holder) {
        List<Participant> kept = new ArrayList<>();
        Set<String> dropped = new HashSet<>();
        for (Participant p : participants) {
            if (p.kind() == ParticipantKind.PERSON && !p.id().equals(holder.id())) {
                if (p.countryCode() != null && !p.countryCode().isBlank()) {
                    dropped.add(p.countryCode());
                }
            }
        }
        kept.add(holder);
        for (Participant p : participants) {
            if (p.kind() == ParticipantKind.PERSON) {
                continue;
            }
            boolean onlyTheirs = p.kind() == ParticipantKind.COUNTRY && dropped.contains(p.countryCode())
                    && !p.countryCode().equals(holder.countryCode());
            if (!onlyTheirs) {
                kept.add(p);
            }
        }
        return kept;
    }

    private static Optional<Mention> ofNoun(Clause c, Trigger t, List<Mention> people) {
        String text = c.doc().text();
        Mention owner = ownerBefore(c, t);
        if (owner != null && owner.kind() == MentionKind.PERSON) {
            return Optional.of(owner); // "X's inauguration"
        }
        if (owner != null && !owner.countryCode().isBlank()) {
            // "the Norwegian's inauguration", "Ghana's election": the person of that country named last
            String code = owner.countryCode();
            return ArgumentFinder.previousPerson(c, owner.start(), m -> code.equals(m.countryCode()));
        }
        Optional<Mention> after = nameRightAfter(text, t, people); // "the swearing-in of President X"
        if (after.isPresent()) {
            return after;
        }
        if (possessed(c, t)) {
            // "his inauguration": the one "his" points to, unless an object stands between who "his" may be too
            // ("congratulated his counterpart on his election")
            Optional<Mention> pointed = ArgumentFinder.previousPerson(c, t.start());
            int from = pointed.map(m -> Math.max(m.end(), c.sentence().start())).orElse(t.start());
            return pointed.filter(m -> !objectBetween(c, from, t.start()));
        }
        return Optional.empty();
    }

    private static Optional<Mention> ofVerb(Clause c, Trigger t, List<Mention> people) {
        String text = c.doc().text();
        Mention subject = null;
        Mention nearest = null;
        for (Mention m : people) {
            if (m.end() > t.start()) {
                continue;
            }
            if (nearest == null || m.start() > nearest.start()) {
                nearest = m;
            }
            boolean subjectLike = ArgumentFinder.subjectLike(text, m.start(),
                    LanguageFolders.ownWordsOfKind(c.language(), "parties.tsv", "OBJECT"),
                    LanguageFolders.ownWordsOfKind(c.language(), "parties.tsv", "BEFORE_NAME"));
            if (subjectLike && (subject == null || m.start() > subject.start())) {
                subject = m;
            }
        }
        if (nearest != null && relativeAfter(c, nearest, t)) {
            return Optional.of(nearest); // "met Y, who was elected in April": Y, even as an object
        }
        if (subject != null || nearest != null) {
            return Optional.of(subject != null ? subject : nearest);
        }
        return nameRightAfter(text, t, people); // "elected X chancellor"
    }

    /** The first person named within a few words after the trigger with only words between them. */
    private static Optional<Mention> nameRightAfter(String text, Trigger t, List<Mention> people) {
        return people.stream().filter(m -> m.start() >= t.end() && m.start() - t.end() <= NEAR
                && plainGap(text, t.end(), m.start())).findFirst();
    }

    /** Whether a word that makes the name after it an object (parties.tsv OBJECT) stands between two offsets. */
    private static boolean objectBetween(Clause c, int from, int to) {
        Set<String> objects = LanguageFolders.ownWordsOfKind(c.language(), "parties.tsv", "OBJECT");
        return c.tokens().stream().anyMatch(k -> k.start() >= from && k.end() <= to
                && (objects.contains(k.lower()) || ENGLISH_OBJECTS.contains(k.lower())));
    }

    private static Set<String> englishObjects() {
        Set<String> words = new HashSet<>(LanguageFolders.ownWordsOfKind("en", "parties.tsv", "OBJECT"));
        words.removeAll(LanguageFolders.ownWordsOfKind("en", "parties.tsv", "OWNER_AFTER"));
        return Set.copyOf(words);
    }

    /** Whether a relative pronoun (parties.tsv RELATIVE) opens, right after the name and its comma, the verb's clause. */
    private static boolean relativeAfter(Clause c, Mention m, Trigger t) {
        Set<String> relatives = LanguageFolders.ownWordsOfKind(c.language(), "parties.tsv", "RELATIVE");
        int i = c.tokenBefore(m.end()) + 1;
        List<Token> k = c.tokens();
        if (i + 1 >= k.size() || !k.get(i).lower().equals(",") || !relatives.contains(k.get(i + 1).lower())) {
            return false;
        }
        for (int j = i + 2; j < k.size() && k.get(j).start() < t.start(); j++) {
            if (k.get(j).lower().equals(",")) {
                return false; // the relative clause closed before the verb
            }
        }
        return true;
    }

    /** The mention that owns the noun by a possessive "'s" right before it, or null. */
    private static Mention ownerBefore(Clause c, Trigger t) {
        String text = c.doc().text();
        for (Mention m : c.mentions()) {
            if (m.end() > t.start() || t.start() - m.end() > 4) {
                continue;
            }
            String gap = text.substring(m.end(), t.start()).strip();
            if (POSSESSIVE_MARKS.contains(gap)) {
                return m;
            }
        }
        return null;
    }

    /**
     * Whether a possessive word (parties.tsv POSSESSIVE) stands right before the noun or one word before it, or the
     * noun carries a possessive ending (POSSESSIVE_ENDING: "pelantikannya").
     */
    private static boolean possessed(Clause c, Trigger t) {
        // the article's own words: Italian "su" is "on", not the Spanish "su"
        Set<String> possessives = LanguageFolders.ownWordsOfKind(c.language(), "parties.tsv", "POSSESSIVE");
        Set<String> endings = LanguageFolders.ownWordsOfKind(c.language(), "parties.tsv", "POSSESSIVE_ENDING");
        int i = c.tokenBefore(t.start());
        if (i >= 0 && possessives.contains(c.tokens().get(i).lower())) {
            return true;
        }
        if (i >= 1 && possessives.contains(c.tokens().get(i - 1).lower())) {
            return true; // "his first inauguration", "su segunda investidura"
        }
        String word = t.text().toLowerCase(Locale.ROOT);
        return endings.stream().anyMatch(e -> word.endsWith(e) && word.length() > e.length() + 3);
    }

    /** Whether nothing but words and spaces stand between two offsets: no clause break, no other sentence part. */
    private static boolean plainGap(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char ch = text.charAt(i);
            if (!Character.isLetter(ch) && ch != ' ' && ch != '\'' && ch != '’' && ch != '-') {
                return false;
            }
        }
        return true;
    }
}
