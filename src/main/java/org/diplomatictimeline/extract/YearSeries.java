package org.diplomatictimeline.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.diplomatictimeline.extract.lang.LanguageFolders;
import org.diplomatictimeline.extract.mention.Mention;
import org.diplomatictimeline.extract.mention.MentionKind;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.Place;
import org.diplomatictimeline.time.Timex;

/**
 * Earlier occasions told as a series of years after their word, each year alone or with the country or place it is
 * paired with ("the third treaty, after Latvia in 1993 and Estonia in 1997", "las cumbres de Veracruz (México, 2014)
 * y Cartagena (Colombia, 2016)", "summits held there in 1979 and 2004"): one event per year, each with its own
 * party or place, instead of one event dated by the first year. Only years before the article's, joined by a
 * conjunction with nothing but names, prepositions and punctuation between them, make a series: "signed in 1979 and
 * ratified in 1980" is one act told twice, "since 2010" a span. The joining words are each language's conjunctions,
 * determiners and prepositions (lang/&lt;code&gt;/conjunctions.txt, determiners.txt, prepositions.tsv, dating.tsv).
 */
final class YearSeries {

    private static final String KEY = "years:";
    private static final Set<String> CONJUNCTIONS = LanguageFolders.wordsOfAll("conjunctions.txt");
    private static final Set<String> FILLERS = fillers();
    /** Punctuation a series may hold: "Veracruz (Mexico, 2014) and Cartagena (Colombia, 2016)". */
    private static final Set<String> MARKS = Set.of(",", "(", ")");

    private static final EventDateResolver DATES = new EventDateResolver();
    private static final ActorMapper ACTORS = new ActorMapper();

    private YearSeries() {
    }

    /** A year of the series and the mentions (countries, places) the text pairs with it. */
    private record Item(Timex year, List<Mention> names) {
    }

    /**
     * The event {@code m} of the noun {@code t} split into one per year of a series told after the noun, or the
     * event alone.
     */
    static List<EventMention> split(Clause c, Trigger t, EventMention m, List<Trigger> found) {
        if (t.isStatement() || !m.when().isKnown() || !c.docDate().isKnown()
                || c.docDate().value().length() < 4) {
            return List.of(m);
        }
        List<Item> items = items(c, t, found);
        if (items.size() < 2 || items.stream().noneMatch(i -> i.year().value().equals(m.when().value()))) {
            return List.of(m); // a single year, or years that do not date this word
        }
        Set<String> paired = new HashSet<>();
        for (Item i : items) {
            for (Mention n : i.names()) {
                ACTORS.participant(n).ifPresent(p -> paired.add(p.id()));
                ACTORS.place(n).ifPresent(p -> paired.add(p.id()));
            }
        }
        List<EventMention> out = new ArrayList<>();
        for (Item i : items) {
            EventDate when = DATES.directed(DATES.fromTimex(i.year(), null, c.docDate()), i.year(), t.status(),
                    c.docDate());
            if (!when.isKnown()) {
                return List.of(m);
            }
            List<Participant> parties = new ArrayList<>(m.participants().stream()
                    .filter(p -> !paired.contains(p.id())).toList());
            List<Place> places = new ArrayList<>(m.places().stream().filter(p -> !paired.contains(p.id())).toList());
            for (Mention n : i.names()) {
                Optional<Participant> party = ACTORS.participant(n);
                if (party.isPresent() && parties.stream().noneMatch(p -> p.id().equals(party.get().id()))) {
                    parties.add(party.get()); // "after Egypt in 1979": Egypt is the party of that year's treaty
                } else if (party.isEmpty() && ActorMapper.isPlace(n)) {
                    ACTORS.place(n).filter(p -> places.stream().noneMatch(q -> q.id().equals(p.id())))
                            .ifPresent(p -> places.add(0, p)); // "Cartagena (Colombia, 2016)": held there
                }
            }
            out.add(new EventMention(m.documentId(), m.order(), m.type(), m.status(), when, List.copyOf(places),
                    List.copyOf(parties), m.topics(), m.evidence(), m.name(), KEY + when.value(), m.anaphoric(),
                    m.documentDate(), m.confidence()));
        }
        return out;
    }

    /**
     * The encounter noun other than the clause's encounter {@code family} that a series of years follows ("the
     * 2019 summit is the third held there, after two summits in 1979 and 2004"): its occasions are told beside the
     * clause's; null when there is none.
     */
    static Trigger seriesWord(Clause c, List<Trigger> found, Trigger family) {
        if (family == null || !c.docDate().isKnown() || c.docDate().value().length() < 4) {
            return null;
        }
        return found.stream().filter(t -> t != family && "NOUN".equals(t.pos()) && !t.isStatement()
                && EventTypeProfile.encounter(t.type()) && items(c, t, found).size() >= 2)
                .reduce((a, b) -> b).orElse(null); // the nearest word before the years is the one they date
    }

    /**
     * The series told after the word {@code t}, up to the next event word of another family (an act after an
     * encounter): a later word of its own kind tells its own occasion.
     */
    private static List<Item> items(Clause c, Trigger t, List<Trigger> found) {
        EventTypeProfile.Family family = EventTypeProfile.of(t.type()).family();
        int until = found.stream().filter(o -> o.start() >= t.end()
                        && EventTypeProfile.of(o.type()).family() != family)
                .mapToInt(Trigger::start).min().orElse(Integer.MAX_VALUE);
        return items(c, t.end(), until);
    }

    /**
     * The years before the article's in {@code [from, until)} that form one series, each with the names standing
     * between it and the year before; empty unless at least two distinct years are joined as a series.
     */
    private static List<Item> items(Clause c, int from, int until) {
        String docYear = c.docDate().value().substring(0, 4);
        List<Timex> years = c.timexes().stream()
                .filter(x -> x.start() >= from && x.end() <= until && AttributiveYear.fourDigits(x.value())
                        && x.endValue() == null && !x.relative() && x.value().compareTo(docYear) < 0)
                .sorted(Comparator.comparingInt(Timex::start)).toList();
        if (years.size() < 2 || years.stream().map(Timex::value).distinct().count() != years.size()) {
            return List.of();
        }
        Set<String> prepositions = LanguageFolders.prepositions(c.language());
        List<Item> out = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            Timex y = years.get(i);
            if (i == 0) {
                out.add(new Item(y, namesBefore(c, y, from, prepositions)));
                continue;
            }
            Timex previous = years.get(i - 1);
            if (!joined(c, previous.end(), y.start(), prepositions)) {
                return out.size() >= 2 ? out : List.of(); // "signed in 1979 and ratified in 1980": no series
            }
            out.add(new Item(y, names(c, previous.end(), y.start())));
        }
        return out;
    }

    /**
     * Whether only a conjunction (or a comma), names, prepositions, determiners and brackets stand in
     * {@code [a, b)}, with at least one conjunction or comma among them.
     */
    private static boolean joined(Clause c, int a, int b, Set<String> prepositions) {
        boolean joiner = false;
        for (Token k : c.tokens()) {
            if (k.start() >= a && k.start() < b && k.end() > b) {
                // "و2004": the conjunction written onto the year it joins
                String prefix = c.doc().text().substring(k.start(), b);
                joiner |= CONJUNCTIONS.contains(prefix);
                continue;
            }
            if (k.start() < a || k.end() > b) {
                continue;
            }
            String w = k.lower();
            if (CONJUNCTIONS.contains(w) || w.equals(",")) {
                joiner = true;
            } else if (!MARKS.contains(w) && !FILLERS.contains(w) && !prepositions.contains(w)
                    && !insideName(c, k) && !capitalised(c, k)) {
                return false;
            }
        }
        return joiner;
    }

    /**
     * The names standing right before the first year, reached back over prepositions, determiners, brackets and
     * commas only ("after Egypt in 1979", "de Veracruz (México, 2014)"), not before {@code from}.
     */
    private static List<Mention> namesBefore(Clause c, Timex y, int from, Set<String> prepositions) {
        int start = y.start();
        List<Token> tokens = c.tokens();
        for (int i = tokens.size() - 1; i >= 0; i--) {
            Token k = tokens.get(i);
            if (k.end() > y.start()) {
                continue;
            }
            if (k.start() < from) {
                break;
            }
            String w = k.lower();
            if (insideName(c, k) || capitalised(c, k)) {
                start = k.start(); // "Cartagena de Indias": a place's words the gazetteer does not hold
            } else if (!MARKS.contains(w) && !FILLERS.contains(w) && !prepositions.contains(w)) {
                break;
            }
        }
        return names(c, start, y.start());
    }

    /** The country, organisation and place mentions within {@code [a, b)}. */
    private static List<Mention> names(Clause c, int a, int b) {
        return c.mentions().stream().filter(n -> n.start() >= a && n.end() <= b && paired(n)).toList();
    }

    private static boolean paired(Mention n) {
        return ActorMapper.isPlace(n) || n.kind() == MentionKind.ORGANISATION;
    }

    /** A word written with a capital inside the sentence: part of a name ("Cartagena de Indias"). */
    private static boolean capitalised(Clause c, Token k) {
        return k.start() > c.sentence().start() && Character.isUpperCase(c.doc().text().charAt(k.start()));
    }

    private static boolean insideName(Clause c, Token k) {
        return c.mentions().stream().anyMatch(n -> paired(n) && n.start() <= k.start() && k.end() <= n.end());
    }

    private static Set<String> fillers() {
        Set<String> out = new HashSet<>(LanguageFolders.wordsOfAll("determiners.txt"));
        out.add("the");
        out.addAll(DateScope.OPENERS);
        return Set.copyOf(out);
    }
}
