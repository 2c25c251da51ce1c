package org.diplomatictimeline.extract;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplomatictimeline.extract.lang.LanguageFolders;
import org.diplomatictimeline.extract.mention.Mention;
import org.diplomatictimeline.extract.mention.MentionKind;
import org.diplomatictimeline.model.Place;

/**
 * Names events as the text does: a forum's proper name with its place, an anniversary's subject and year, the
 * object of "attended", and whether "the next round" announces another occasion.
 */
final class EventNamer {

    private final AnniversaryResolver anniversaries;

    EventNamer(AnniversaryResolver anniversaries) {
        this.anniversaries = anniversaries;
    }

    /** Words before an occasion that make it another round ("the next round", "a second meeting"): ANOTHER rows. */
    static final Set<String> ANOTHER = LanguageFolders.withWordsOfKind("dating.tsv", "ANOTHER");

    /** Words after one of those that make it a time, not an occasion ("the next day"): ANOTHER_NOT rows. */
    private static final Set<String> NOT_ANOTHER = LanguageFolders.withWordsOfKind("dating.tsv", "ANOTHER_NOT");

    /** Whether a word just before the trigger ("the next round of", "a second meeting") makes it another one. */
    static boolean announcesAnotherRound(Clause c, Trigger t) {
        for (int i = t.tokenIndex() - 1; i >= 0 && i >= t.tokenIndex() - 8; i--) {
            String w = c.tokens().get(i).lower();
            String next = c.tokens().get(i + 1).lower();
            if (ANOTHER.contains(w) && !NOT_ANOTHER.contains(next)) {
                return true; // "the next round of the strategic dialogue", not "the next day"
            }
            if (w.equals(",") || w.equals(";")) {
                return false;
            }
        }
        return false;
    }

    AnniversaryResolver.Anniversary anniversary(Clause c, Trigger t) {
        String text = c.doc().text();
        String before = text.substring(c.sentence().start(), t.start());
        String after = text.substring(t.end(), c.sentence().end());
        Set<String> codes = new LinkedHashSet<>();
        for (Mention m : c.mentions()) {
            if (m.start() >= t.end() && m.countryCode() != null && !m.countryCode().isBlank()
                    && m.kind() != MentionKind.PERSON && m.kind() != MentionKind.TOPIC) {
                codes.add(m.countryCode().toUpperCase());
            }
        }
        AnniversaryResolver.Anniversary a = anniversaries.resolve(before, after, codes);
        if (a.ordinal() == 0) {
            // "الذكرى الـ30", "peringatan ke-75": the languages that write the number after the word
            int written = OccasionNumber.of(text, c.sentence().start(), c.sentence().end(), t.start(), t.end())
                    .orElse(0);
            if (written > 0) {
                a = new AnniversaryResolver.Anniversary(written, a.founding(), a.subject());
            }
        }
        int carried = OccasionNumber.countNoun(text.substring(t.start(), t.end()));
        if (carried > 0) {
            // "o segundo centenário", "the fifth centenary": the noun is the count, the ordinal before it its
            // multiple. A bare or "first" centenary counts nothing of its own, as a bare "anniversary" does not: in
            // news it is the occasion a visit's day or programme is told around, whose own date the clause seldom
            // gives (decision 0131).
            int times = a.ordinal() >= 2 && a.ordinal() < 10 ? a.ordinal() : 0;
            a = new AnniversaryResolver.Anniversary(times * carried, a.founding(), a.subject());
        }
        Matcher count = COUNT_BEFORE.matcher(before);
        if (t.pos().equals("COUNT") && count.find()) {
            // "marks 70 years of diplomatic relations": the number before the trigger is the ordinal
            a = new AnniversaryResolver.Anniversary(Integer.parseInt(count.group(1)), a.founding(), a.subject());
        }
        if (a.year().isPresent() || a.ordinal() == 0) {
            return a;
        }
        // "the 50th anniversary of the prime minister's 1973 visit", "... of his visit to Beijing in 1973": the year
        // inside what is commemorated is the year counted from.
        Matcher own = YEAR_IN_SUBJECT.matcher(a.subject());
        if (own.find() && Integer.parseInt(own.group(1)) + a.ordinal() <= latestYear(c)) {
            return stated(a, Integer.parseInt(own.group(1)));
        }
        Integer best = null;
        // "the 73rd anniversary of the relations they established in 1948", "established relations in 1958, and
        // ... the 65th anniversary of those relations": the founding year stated in the sentence itself.
        String sentence = text.substring(c.sentence().start(), c.sentence().end());
        if (!FOUNDING_VERB.matcher(sentence).find()) {
            return a;
        }
        Matcher y = STATED_YEAR.matcher(sentence);
        int anchor = t.start() - c.sentence().start();
        int bestDistance = Integer.MAX_VALUE;
        while (y.find()) {
            int year = Integer.parseInt(y.group(1));
            int distance = Math.abs(y.start() - anchor);
            if (year >= 1800 && year + a.ordinal() <= 2100 && distance < bestDistance) {
                best = year;
                bestDistance = distance;
            }
        }
        if (best == null) {
            return a;
        }
        return stated(a, best);
    }

    /** The anniversary counted from a year the text states. */
    private static AnniversaryResolver.Anniversary stated(AnniversaryResolver.Anniversary a, int year) {
        String label = a.subject().isBlank() ? "what began in " + year : a.subject();
        return new AnniversaryResolver.Anniversary(a.ordinal(), Optional.of(new AnniversaryResolver.Founding(
                "text", label.toLowerCase(Locale.ROOT), LocalDate.of(year, 1, 1), label,
                List.of())), a.subject());
    }

    /**
     * The last year an anniversary can fall in: a few years past the article's ("the 70th anniversary of the 1945
     * victory in 2015" counts from 1945, not from 2015).
     */
    private static int latestYear(Clause c) {
        String v = c.docDate() == null ? "" : c.docDate().value();
        return v != null && v.length() >= 4 && v.substring(0, 4).chars().allMatch(Character::isDigit)
                ? Integer.parseInt(v.substring(0, 4)) + 5 : 2100;
    }

    private static final Pattern COUNT_BEFORE = Pattern.compile("(?<!\\d)(\\d{1,3})\\W*$");

    private static final Pattern YEAR_IN_SUBJECT = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b");

    /** Words telling a founding ("established", "set up"): FOUNDING rows of dating.tsv, '+' joining a phrase. */
    static final Pattern FOUNDING_VERB = Pattern.compile("(?i)\\b("
            + LanguageFolders.alternation("dating.tsv", "FOUNDING") + ")\\b");

    /** A year after a preposition that dates a founding ("in 1948"): YEAR_PREPOSITION rows of dating.tsv. */
    static final Pattern STATED_YEAR = Pattern.compile("(?i)\\b(?:"
            + LanguageFolders.alternation("dating.tsv", "YEAR_PREPOSITION") + ")\\s+(\\d{4})\\b");

    /** A forum's name with the place written before it when the name itself carries none. */
    String withPlace(Clause c, String name, Trigger t) {
        if (name.isBlank()) {
            return name;
        }
        for (Mention m : c.mentions()) {
            if (ActorMapper.isPlace(m) && m.end() <= t.start() && m.kind() != MentionKind.COUNTRY) {
                if (name.contains(m.text())) {
                    return name;
                }
                String between = c.doc().text().substring(m.end(), t.start());
                if (between.length() < 40 && !between.contains(".")) {
                    return m.text() + " " + name;
                }
            }
        }
        return name;
    }

    /** Articles of every language folder (determiners.txt): "El Foro", "Le Sommet" are no names. */
    private static final Set<String> DETERMINERS = LanguageFolders.wordsOfAll("determiners.txt");

    /** Words that join a name to its complement (title-links.txt): "Summit of the Americas", "Foro de Cooperación". */
    private static final Set<String> LINKS = LanguageFolders.wordsOfAll("title-links.txt");

    /** How many words a name may run on after its type's word ("Foro de Cooperación Económica de Asia Pacífico"). */
    private static final int NAME_TAIL = 8;

    /**
     * "[Place] International Economic Forum", "Foro de Cooperación Económica de Asia Pacífico": the capitalised
     * words ending at the trigger, or, when the trigger itself is capitalised, running on after it through joining
     * words. The type's word alone ("Summit", "KTT", "El Foro"), or with only a word capitalised because it opens
     * the sentence ("Le sommet", "Первый саммит"), is no proper name.
     */
    String properName(Clause c, Trigger t) {
        String text = c.doc().text();
        List<Token> k = c.tokens();
        int i = t.tokenIndex() - 1;
        int start = t.start();
        while (i >= 0 && Character.isUpperCase(text.charAt(k.get(i).start()))
                && !DETERMINERS.contains(k.get(i).lower())) {
            start = k.get(i).start();
            i--;
        }
        boolean capitalised = Character.isUpperCase(text.charAt(t.start()));
        if (start == t.start() && !capitalised) {
            return "";
        }
        int end = capitalised ? tailEnd(c, t) : t.end();
        int words = t.tokenIndex() - i; // the trigger and the capitalised words before it
        if (end == t.end() && (words == 1 || words == 2 && i < 0 && !capitalised
                && capitalisedByPosition(c, k.get(0)))) {
            return "";
        }
        return text.substring(start, end);
    }

    /** Where a capitalised name runs on after its trigger: a joining word, an article, then capitalised words. */
    private static int tailEnd(Clause c, Trigger t) {
        String text = c.doc().text();
        List<Token> k = c.tokens();
        int last = c.tokenBefore(t.end());
        int end = t.end();
        for (int j = last + 1; j < k.size() && j <= last + NAME_TAIL; j++) {
            if (end > t.end() && Character.isUpperCase(text.charAt(k.get(j).start()))) {
                end = k.get(j).end(); // only after a joining word: "the Summit President X attended" is no tail
                continue;
            }
            boolean link = LINKS.contains(k.get(j).lower());
            int next = link && j + 1 < k.size() && DETERMINERS.contains(k.get(j + 1).lower()) ? j + 2 : j + 1;
            if (!link || next >= k.size() || !Character.isUpperCase(text.charAt(k.get(next).start()))) {
                break;
            }
            end = k.get(next).end();
            j = next;
        }
        return end;
    }

    /**
     * Whether a sentence's first word is capitalised only for opening it: a plain word ("Le", "Первый"), not an
     * acronym ("BRICS", "G20") nor a name the mentions know ("Pacific", "Shanghai").
     */
    static boolean capitalisedByPosition(Clause c, Token first) {
        String w = c.doc().text().substring(first.start(), first.end());
        if (w.length() < 2 || !w.substring(1).chars().allMatch(Character::isLowerCase)) {
            return false;
        }
        return c.mentions().stream().noneMatch(m -> m.start() <= first.start() && m.end() > first.start());
    }

    String objectPhrase(Clause c, Trigger t) {
        StringBuilder b = new StringBuilder(t.text());
        for (int i = t.tokenIndex() + 1, n = 0; i < c.tokens().size() && n < 7; i++, n++) {
            String w = c.tokens().get(i).lower();
            if (w.length() == 1 && !Character.isLetterOrDigit(w.charAt(0))) {
                break;
            }
            b.append(' ').append(c.doc().text(), c.tokens().get(i).start(), c.tokens().get(i).end());
        }
        return b.toString();
    }
}
