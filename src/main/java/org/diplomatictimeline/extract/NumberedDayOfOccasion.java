package org.diplomatictimeline.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.diplomatictimeline.model.DateBasis;
import org.diplomatictimeline.model.DateModifier;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.DateSpan;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.time.Timex;

/**
 * An occasion placed by one of its days: "on 12 July, day two of the summit", "le 4 mai, deuxième jour de la visite".
 * The date is the numbered day, not the occasion's first: an occasion whose second day is the 12th began on the
 * 11th, so it runs from then to at least that day, inferred. The day words are each language's OCCASION_DAY rows of
 * {@code dating.tsv}, which {@link SequenceDay} reads the other way ("on the second day" of an occasion told before).
 * The occasion's last day, or its first, tells no more than the date itself.
 */
final class NumberedDayOfOccasion {

    /** At most this many words between the day phrase and the occasion's word ("of the Vilnius"). */
    private static final int MAX_WORDS_BETWEEN = 4;

    private NumberedDayOfOccasion() {
    }

    /** The days of the occasion {@code t} names when a day-precise date right before it is told as its n-th day. */
    static Optional<EventDate> of(Clause c, Trigger t, List<Timex> usable) {
        Optional<SequenceDay.Cue> found = SequenceDay.find(c.tokens());
        if (found.isEmpty() || found.get().ordinal() < 2 || found.get().end() > t.start()
                || !onlyWordsBetween(c.tokens(), found.get().end(), t.start())) {
            return Optional.empty();
        }
        SequenceDay.Cue cue = found.get();
        String text = c.doc().text();
        return usable.stream()
                .filter(x -> x.end() <= cue.start() && appositive(text.substring(x.end(), cue.start())))
                .filter(x -> x.value() != null && x.value().matches("\\d{4}-\\d{2}-\\d{2}"))
                .reduce((a, b) -> b)
                .map(x -> daysFrom(x, cue.ordinal(), t));
    }

    private static EventDate daysFrom(Timex x, int ordinal, Trigger t) {
        LocalDate day = LocalDate.parse(x.value());
        LocalDate first = day.minusDays(ordinal - 1L);
        return new EventDate(first.toString(), day.toString(), DatePrecision.DAY, DateModifier.NONE,
                DateBasis.INFERRED, new DateSpan(first, day), "'" + x.text() + "' is day " + ordinal + " of the "
                + t.type().label().toLowerCase(Locale.ROOT) + ", so it began " + (ordinal - 1)
                + (ordinal == 2 ? " day" : " days") + " before");
    }

    /** Only words, no more than a few and no punctuation, between the day phrase and the occasion's word. */
    private static boolean onlyWordsBetween(List<Token> tokens, int from, int to) {
        List<Token> between = tokens.stream().filter(k -> k.start() >= from && k.end() <= to).toList();
        return between.size() <= MAX_WORDS_BETWEEN
                && between.stream().allMatch(k -> Character.isLetter(k.lower().codePointAt(0)));
    }

    /**
     * Whether the text between a date and the day phrase sets the phrase beside the date: a comma or dash, with at
     * most one short word such as an article ("12 July, day two"; "le 12, le deuxième jour"; "am 12. Juli, dem").
     */
    private static boolean appositive(String between) {
        String s = between.strip();
        if (s.isEmpty() || ",–—-".indexOf(s.charAt(0)) < 0) {
            return false;
        }
        String rest = s.substring(1).strip();
        return rest.isEmpty() || rest.length() <= 4 && rest.codePoints().allMatch(Character::isLetter);
    }
}
