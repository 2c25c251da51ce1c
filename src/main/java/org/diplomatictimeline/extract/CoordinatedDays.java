package org.diplomatictimeline.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.diplomatictimeline.extract.lang.LanguageFolders;
import org.diplomatictimeline.time.Timex;
import org.diplomatictimeline.time.TimexType;

/**
 * Two days joined by "and" date one occasion as the days from the first to the last ("visits on Tuesday 15 and
 * Wednesday 16 May", "le mardi 15 et le mercredi 16 mai", "am Dienstag, dem 15., und Mittwoch, dem 16. Mai"): the
 * occasion starts on the first day, whichever of the two stands nearer its word. The joining words are each
 * language's conjunctions, determiners and OPENER prepositions (lang/&lt;code&gt;/conjunctions.txt, determiners.txt,
 * dating.tsv).
 */
final class CoordinatedDays {

    /** Days further apart than this are two occasions told together, not one occasion's days. */
    static final int MAX_DAYS = 7;

    private static final Set<String> CONJUNCTIONS = words("conjunctions.txt");
    private static final Set<String> FILLERS = fillers();

    private CoordinatedDays() {
    }

    /** {@code x} widened to the days it is joined with by a conjunction among {@code usable}; else {@code x}. */
    static Timex joined(Clause c, List<Timex> usable, Timex x) {
        if (day(x) == null) {
            return x;
        }
        for (Timex y : usable) {
            if (y == x || day(y) == null) {
                continue;
            }
            Timex first = y.start() < x.start() ? y : x;
            Timex last = first == x ? y : x;
            long apart = ChronoUnit.DAYS.between(day(first), day(last));
            if (apart > 0 && apart <= MAX_DAYS && onlyJoiners(c, first.end(), last.start())) {
                String text = c.doc().text().substring(first.start(), last.end());
                return new Timex(first.start(), last.end(), text, TimexType.DATE, first.value(), null, last.value(),
                        first.relative() || last.relative());
            }
        }
        return x;
    }

    /** Whether exactly one conjunction, with only commas, determiners and prepositions, stands in [from, to). */
    private static boolean onlyJoiners(Clause c, int from, int to) {
        int conjunctions = 0;
        for (Token k : c.tokens()) {
            if (k.start() < from || k.end() > to) {
                continue;
            }
            if (CONJUNCTIONS.contains(k.lower())) {
                conjunctions++;
            } else if (!k.lower().equals(",") && !k.lower().equals(".") && !FILLERS.contains(k.lower())) {
                // "." closes a German ordinal day ("dem 15., und")
                return false;
            }
        }
        return conjunctions == 1;
    }

    /** The single day a date expression names, or null for ranges, months, times and weeks. */
    private static LocalDate day(Timex x) {
        if (x.type() != TimexType.DATE || x.endValue() != null || x.value().length() != 10) {
            return null;
        }
        try {
            return LocalDate.parse(x.value());
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Set<String> fillers() {
        Set<String> out = new HashSet<>(words("determiners.txt"));
        out.add("the");
        out.addAll(DateScope.OPENERS);
        return Set.copyOf(out);
    }

    private static Set<String> words(String file) {
        return LanguageFolders.wordsOfAll(file);
    }
}
